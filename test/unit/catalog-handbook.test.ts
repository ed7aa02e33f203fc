import { CATALOG_ITEMS } from '../../cloudfunctions/core/catalog/content/index';
import { renderHandbook } from '../../cloudfunctions/core/catalog/handbook/render';
import { itemRuleIssues } from '../../types/functions/catalog-admin';
import { TEST_NOW } from '../../scripts/harness/test-now';

const city = renderHandbook({ communityLabel: null, entries: CATALOG_ITEMS.map((item) => ({ item, place: null, local: false })), centers: [], version: 'v1', generatedAt: TEST_NOW });

describe('the printable handbook', () => {
  it('has a cover, a table of contents linking every item, and every item once', () => {
    expect(city.html).toContain('<section class="cover">');
    expect(city.html).toContain('共 87 项服务事项');
    expect(city.html).toContain('编印日期：2026年11月25日');
    for (const item of CATALOG_ITEMS) {
      expect(city.html).toContain(`<a href="#item-${item.code}">`);
      expect(city.html.split(`id="item-${item.code}"`)).toHaveLength(2);
    }
  });

  it('groups by center, then by field, in the order of the three centers', () => {
    const body = city.html.slice(city.html.indexOf('<section class="center">'));
    const centers = [...body.matchAll(/<section class="center"><h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(centers).toEqual(['党群服务中心', '综治中心（群众工作站）', '新时代文明实践站']);
    const governance = body.slice(body.indexOf('综治中心（群众工作站）</h2>'), body.indexOf('新时代文明实践站</h2>'));
    expect([...governance.matchAll(/<h3>([^<]+)<\/h3>/g)].map((m) => m[1])).toEqual(['综治', '民生', '卫健', '托育', '养老', '城市管理']);
  });

  it('prints each item in full: policy basis, materials, steps with actors and limits', () => {
    const item = city.html.slice(city.html.indexOf('id="item-MS-01"'), city.html.indexOf('id="item-MS-02"'));
    for (const text of ['《社会救助暂行办法》', '国务院令第649号', '家庭经济状况核对授权书', '社区民政专干', '10个工作日', '可网上申请', '共同生活家庭人口']) expect(item).toContain(text);
  });

  it('has print CSS: A4 pages, a page per center, item headings kept with their facts', () => {
    expect(city.html).toMatch(/@page \{ size: A4/);
    expect(city.html).toMatch(/\.handbook \.center \{ break-before: page/);
    expect(city.html).toMatch(/\.handbook \.item \.head \{ break-inside: avoid/);
  });

  it('escapes text', () => {
    const [first] = CATALOG_ITEMS;
    const { html } = renderHandbook({ communityLabel: '<b>x</b>', entries: [{ item: { ...first!, title: '<script>alert(1)</script>' }, place: null, local: true }], centers: [], version: 'v', generatedAt: TEST_NOW });
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
