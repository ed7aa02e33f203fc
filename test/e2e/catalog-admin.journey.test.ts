import { $, need } from '../../scripts/harness/journey-driver';
import { useJourney } from '../support/use-journey';

const journey = useJourney();

const row = (code: string) => $('.catalog-admin .catalog-admin__row', { text: new RegExp(`${code}\\s*$`) });
const action = (label: string) => $('.catalog-admin .catalog-admin__action', { text: label });
const adjustField = (label: string) => $('.adjust-item .adjust-item__field', { text: new RegExp(`^${label}`) });
const localField = (label: string) => $('.local-item .local-item__field', { text: new RegExp(`^${label}`) });

/** A complete local item, as an admin types it: field label → text. */
const LOCAL_ITEM: Record<string, string> = {
  事项编码: 'LXY-01',
  事项名称: '西园长者食堂就餐登记',
  一句话简介: '西园社区长者食堂为辖区老年人提供午餐，登记后凭卡就餐。',
  服务对象: '辖区60周岁以上老年人',
  办理条件: '年满60周岁\n居住在西园社区',
  所需材料: '居民身份证\n老年人优待证（如有）',
  本社区承诺时限: '3个工作日',
  办理窗口: '长者食堂服务台',
  办理时间: '周一至周五 10:30-13:00',
  联系人: '社区养老服务专干',
  检索词: '长者食堂 助餐 老年餐',
  政策依据: '《中华人民共和国老年人权益保障法》 国家和社会应当采取措施，健全保障老年人权益的各项制度。',
};

/** The first row's title once the list has settled on a filtered result (fewer rows than the whole catalog). */
async function firstTitleSoon(phone: typeof journey.driver): Promise<string | undefined> {
  for (let i = 0; i < 50; i++) {
    const titles = await phone.texts('.catalog-admin .catalog-admin__title');
    if (titles.length > 0 && titles.length < 20) return titles[0];
    await new Promise((r) => setTimeout(r, 100));
  }
  return undefined;
}

describe('a community admin adjusts the catalog', () => {
  it('changes an item’s window, sees the change audited, and finds it in the handbook', async () => {
    const phone = journey.driver;
    await need(phone, 'signIn').asDemo('demo-admin');
    await phone.open('pages/me/index');
    await phone.tap($('.me .entry-list__row', { text: '服务事项管理' }));
    // The filter searches like residents do: a short name or its initials find the item first.
    for (const q of ['低保', 'db']) {
      await phone.type('.catalog-admin .catalog-admin__filter', q);
      await expect(firstTitleSoon(phone)).resolves.toBe('最低生活保障申请');
    }
    await phone.type('.catalog-admin .catalog-admin__filter', '');
    await phone.tap(row('MS-01'));

    await phone.type(adjustField('办理窗口').find('.adjust-item__input'), '一楼3号窗口');
    await phone.type(adjustField('联系电话').find('.adjust-item__input'), '电话');
    await phone.tap('.adjust-item .adjust-item__save');
    await expect(phone.text(adjustField('联系电话').find('.adjust-item__error'))).resolves.toContain('电话号码');
    await phone.type(adjustField('联系电话').find('.adjust-item__input'), '028-86001888');
    await phone.tap('.adjust-item .adjust-item__save');
    await phone.waitFor($('.adjust-item .audit-list__change', { text: '办理窗口：设为 一楼3号窗口' }));
    // The trail names the account by its role and unit, not by a name anyone can change.
    await expect(phone.text($('.adjust-item .audit-list__head'))).resolves.toContain('社区管理员（西园社区）');
    await phone.snap('admin-adjust-item');

    await phone.back();
    await phone.waitFor(row('MS-01').find('.tag', { text: '已调整' }));
    await phone.tap(action('服务事项手册'));
    await phone.tap($('.handbook-page .handbook-page__chip', { text: /^民生$/ }));
    await phone.waitFor($('.handbook-page .handbook-page__bar', { text: '本领域' }));
    // The handbook is one rich-text block (as in WeChat): its text holds the cover and the adjusted item.
    const book = await phone.text('.handbook-page .handbook-page__doc');
    expect(book).toContain('锦华街道 西园社区');
    expect(book).toMatch(/最低生活保障申请[\s\S]*一楼3号窗口/);
    expect(book).toContain('028-86001888');
    await phone.snap('admin-handbook');
  });

  it('adds a local item that residents of the community then find by pinyin', async () => {
    const phone = journey.driver;
    await phone.open('pkg-admin/catalog/index');
    await phone.tap(action('新增本社区事项'));
    const fill = (label: string, value: string) => phone.type(localField(label).find('.local-item__input'), value);
    await phone.tap($('.local-item .local-item__chips .admin-chip', { text: /^养老$/ }));
    for (const [label, value] of Object.entries(LOCAL_ITEM)) await fill(label, value);
    // 办理流程 step by step, a box per part (no "环节｜办理人｜时限" lines to type on a phone); a third step added and removed.
    const step = (n: number) => $('.local-item .step-editor__step', { text: new RegExp(`^第${n}步`) });
    await phone.type(step(1).find('.step-editor__title'), '登记申请');
    await phone.type(step(1).find('.step-editor__actor'), '老年人或家属');
    await phone.type(step(2).find('.step-editor__title'), '办理就餐卡');
    await phone.type(step(2).find('.step-editor__actor'), '社区养老服务专干');
    await phone.type(step(2).find('.step-editor__limit'), '3个工作日');
    await phone.tap('.local-item .step-editor__add');
    await phone.tap(step(3).find('.step-editor__remove'));
    await phone.waitFor(step(3), { gone: true });
    await phone.tap('.local-item .btn-primary');

    await phone.tap($('.catalog-admin .admin-chip', { text: '本社区事项' }));
    await phone.waitFor(row('LXY-01').find('.tag', { text: '本社区' }));
    await phone.snap('admin-local-item');

    await need(phone, 'signIn').asDemo('demo-resident');
    await phone.switchTab('pages/catalog/index');
    await phone.type('.catalog .catalog__input', 'zzst');
    const first = $('.catalog .item-row');
    await phone.waitFor($('.catalog .item-row', { text: '西园长者食堂就餐登记' }));
    await expect(phone.text(first.find('.item-row__title'))).resolves.toBe('西园长者食堂就餐登记');
    await phone.tap(first);
    await phone.waitFor($('.item .item__text', { text: '长者食堂服务台' }));
    await phone.waitFor($('.item .item__limits .item__limit', { text: '本社区承诺：3个工作日' }));
  });

  it('takes a resident’s 纠错 on an item to the admin, who closes it with a note', async () => {
    const { driver: phone, host } = journey;
    await need(phone, 'signIn').asDemo('demo-resident');
    await phone.open('pages/item/index', { code: 'MS-01' });
    // No document sets the item's own limit: 以当地规定为准; the publicity step quotes its document.
    await phone.waitFor($('.item .item__limits .item__limit', { text: /以当地规定为准/ }));
    await phone.waitFor($('.item .item__step .muted', { text: '街道办事处 · “公示期为7天”（《最低生活保障审核确认办法》）' }));
    await phone.tap('.item .item__report-open');
    await phone.tap($('.item .item__report-chip', { text: '办理窗口' }));
    await expect(phone.text('.item .item__report-quote')).resolves.toBe('引用：一楼3号窗口');
    await phone.type('.item .item__report-problem', '窗口已经搬到二楼了，请更新。');
    await phone.tap('.item .item__report-submit');
    await phone.waitFor($('.item .item__report-done', { text: /已提交，感谢指正/ }));
    await phone.snap('item-report-mistake');
    expect(await host.store.count('catalog_reports')).toBe(1);

    await need(phone, 'signIn').asDemo('demo-admin');
    await phone.open('pages/me/index');
    await phone.tap($('.me .entry-list__row', { text: '服务事项管理' }));
    await phone.tap(action('纠错与复核（1）'));
    const card = $('.review .review__report', { text: /窗口已经搬到二楼了，请更新。/ });
    await phone.waitFor(card.find('.review__quote', { text: '引用：一楼3号窗口' }));
    await phone.type(card.find('.review__note'), '已核实，窗口改为二楼民生服务窗口。');
    await phone.tap(card.find('.review__resolve-button'));
    await phone.waitFor($('.review .muted', { text: '暂无待处理的纠错' }));
    await phone.tap($('.review .review__tabs .admin-chip', { text: '已处理' }));
    await phone.waitFor($('.review .review__resolution', { text: /处理说明：已核实，窗口改为二楼民生服务窗口。/ }));
    // 社会救助法 adopted: the 低保 item is listed for review with the reason.
    await phone.waitFor($('.review .review__due', { text: /MS-01|最低生活保障/ }).find('.review__reason', { text: /《中华人民共和国社会救助法》已通过/ }));
    await phone.snap('admin-review');
  });
});
