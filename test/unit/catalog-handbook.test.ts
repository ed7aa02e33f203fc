import { CATALOG_ITEMS } from '../../cloudfunctions/core/catalog/content/index';
import { DOCUMENTS } from '../../cloudfunctions/core/catalog/content/documents';
import { appendixDocs, reviewSpan } from '../../cloudfunctions/core/catalog/handbook/appendix';
import { renderHandbook, type HandbookEntry } from '../../cloudfunctions/core/catalog/handbook/render';
import { itemRuleIssues } from '../../types/functions/catalog-admin';
import { TEST_NOW } from '../../scripts/harness/test-now';

const entries: HandbookEntry[] = CATALOG_ITEMS.map((item) => ({ item, place: null, local: false }));
const render = (list: HandbookEntry[], label: string | null = null) =>
  renderHandbook({ communityLabel: label, entries: list, centers: [], generatedAt: TEST_NOW, appendix: appendixDocs(list), reviewed: reviewSpan(list) });
const city = render(entries);
const itemHtml = (code: string) => city.html.slice(city.html.indexOf(`id="item-${code}"`), city.html.indexOf('</article>', city.html.indexOf(`id="item-${code}"`)));

describe('the printable handbook', () => {
  it('has a cover, a table of contents linking every item and the appendix, and every item once (all 87, 社区工作 included)', () => {
    expect(city.html).toContain('<section class="cover">');
    expect(city.html).toContain('共 87 项服务事项');
    expect(city.html).toMatch(/居民可办 \d+ 项 · 居民可查 \d+ 项 · 社区工作 \d+ 项/);
    expect(city.html).toContain('编印日期：2026年11月25日');
    expect(city.html).toContain('内容复核：2026年12月2日');
    // Readers are told when it was printed and reviewed, never an internal version stamp.
    expect(city.html).not.toContain('版本');
    expect(city.html).toContain('<a href="#appendix">');
    for (const item of CATALOG_ITEMS) {
      expect(city.html).toContain(`<a href="#item-${item.code}">`);
      expect(city.html.split(`id="item-${item.code}"`)).toHaveLength(2);
    }
  });

  it('leaves the table of contents out of one field read in the app, where its links would leave the page', () => {
    const { html } = renderHandbook({ communityLabel: null, entries, centers: [], generatedAt: TEST_NOW, appendix: appendixDocs(entries), reviewed: reviewSpan(entries), contents: false });
    expect(html).not.toContain('<nav class="toc">');
    expect(html).not.toContain('href="#');
    expect(html).toContain('id="item-MS-01"');
  });

  it('groups by center, then by field, in the order of the three centers', () => {
    const body = city.html.slice(city.html.indexOf('<section class="center">'));
    const centers = [...body.matchAll(/<section class="center"><h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(centers).toEqual(['党群服务中心', '综治中心（群众工作站）', '新时代文明实践站']);
  });

  it('prints each item in full: kind, quoted limits or 以当地规定为准, materials, steps, citations with number and dates', () => {
    const ms01 = itemHtml('MS-01');
    for (const text of ['居民可办', '《社会救助暂行办法》', '国务院令第649号', '2014年5月1日起施行', '家庭经济状况核对授权书', '社区民政专干', '“公示期为7天”（《最低生活保障审核确认办法》）', '可网上申请', '共同生活家庭人口', '以当地规定为准', '以社区公布的开放时间为准']) {
      expect(ms01).toContain(text);
    }
    // No total computed from steps: a limit appears only where a document sets it.
    expect(city.html).not.toMatch(/\d+个工作日<\/td>/);
  });

  it('prints the 政策依据 appendix: every cited document once, with issuer, number and dates', () => {
    const appendix = city.html.slice(city.html.indexOf('id="appendix"'));
    const cited = [...new Set(CATALOG_ITEMS.flatMap((i) => i.policyBasis.map((b) => b.docId)))];
    expect(appendixDocs(entries)).toHaveLength(cited.length);
    for (const id of cited) expect(appendix).toContain(DOCUMENTS[id as keyof typeof DOCUMENTS].title);
    expect(appendix).toContain('国务院、中央军事委员会令第788号');
    expect(appendix).toContain('2024年10月1日起施行');
    expect(appendix).toContain('国卫基层发〔2017〕13号（文号据公开报道）');
    expect(appendix).not.toContain('《国家基本公共卫生服务规范（2011年版）》');
    expect(appendix).toContain('1998年4月29日通过');
  });

  it('uses the community’s center hours and the community’s own promise when it set one', () => {
    const [first] = CATALOG_ITEMS;
    const place = { center: first!.center, address: '西园路18号', hours: '周一至周六 8:30-17:30', phone: '028-86001801' };
    const { html } = render([{ item: { ...first!, promisedLimit: '5个工作日' }, place, local: false }], '锦华街道 西园社区');
    expect(html).toContain('周一至周六 8:30-17:30');
    expect(html).toContain('本社区承诺：5个工作日');
  });

  it('has print CSS: A4 pages, a page per center, item headings kept with their facts', () => {
    expect(city.html).toMatch(/@page \{ size: A4/);
    expect(city.html).toMatch(/\.handbook \.center \{ break-before: page/);
    expect(city.html).toMatch(/\.handbook \.item \.head \{ break-inside: avoid/);
  });

  it('escapes text', () => {
    const [first] = CATALOG_ITEMS;
    const { html } = render([{ item: { ...first!, title: '<script>alert(1)</script>' }, place: null, local: true }], '<b>x</b>');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('本社区事项');
  });
});

describe('rules for local items', () => {
  it('hold for every city item, so a community item is held to the same standard', () => {
    expect(CATALOG_ITEMS.flatMap((item) => itemRuleIssues(item).map((i) => `${item.code}: ${i.message}`))).toEqual([]);
  });
});
