import type { Browser, Page } from 'playwright-core';
import { signInAs, snap, startJourney, stopJourney } from '../support/browser';
import type { TestHost } from '../support/start-host';

let host: TestHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ host, browser, page } = await startJourney());
}, 60000);
afterAll(() => stopJourney({ host, browser }));

describe('a community admin adjusts the catalog in the H5 build', () => {
  it('changes an item’s window, sees the change audited, and finds it in the handbook', async () => {
    await signInAs(page, host.url, 'demo-admin');
    await page.goto(`${host.url}/#/pages/me/index`);
    await page.locator('.me [data-entry="catalog-admin"]').click();
    await page.locator('.catalog-admin .catalog-admin__row[data-code="MS-01"]').click();

    const form = page.locator('.adjust-item');
    await form.locator('[data-key="window"] input').fill('一楼3号窗口');
    await form.locator('[data-key="contactPhone"] input').fill('电话');
    await form.locator('.adjust-item__save').click();
    await expect(form.locator('[data-key="contactPhone"] .adjust-item__error').innerText()).resolves.toContain('电话号码');
    await form.locator('[data-key="contactPhone"] input').fill('028-86001888');
    await form.locator('.adjust-item__save').click();
    await form.getByText('办理窗口：（无） → 一楼3号窗口').waitFor();
    await page.waitForTimeout(400);
    await snap(page, 'admin-adjust-item');

    await page.goBack();
    await page.locator('.catalog-admin .catalog-admin__row[data-code="MS-01"]').getByText('已调整').waitFor();
    await page.locator('.catalog-admin').getByText('服务事项手册').click();
    await page.locator('.handbook-page .handbook-page__chip[data-field="MS"]').click();
    const book = page.locator('.handbook-page .handbook');
    await book.locator('#item-MS-01').waitFor();
    await expect(book.locator('.cover').innerText()).resolves.toContain('锦华街道 西园社区');
    await expect(book.locator('#item-MS-01').innerText()).resolves.toContain('一楼3号窗口');
    await expect(book.locator('#item-MS-01').innerText()).resolves.toContain('028-86001888');
    await page.waitForTimeout(400);
    await snap(page, 'admin-handbook');
  });

  it('adds a local item that residents of the community then find by pinyin', async () => {
    await page.goto(`${host.url}/#/pkg-admin/catalog/index`);
    await page.locator('.catalog-admin').getByText('新增本社区事项').click();
    const editor = page.locator('.local-item');
    const fill = async (key: string, value: string) => {
      const box = editor.locator(`[data-key="${key}"]`);
      await box.locator('input, textarea').first().fill(value);
    };
    await editor.getByText('养老', { exact: true }).click();
    await fill('code', 'LXY-01');
    await fill('title', '西园长者食堂就餐登记');
    await fill('summary', '西园社区长者食堂为辖区老年人提供午餐，登记后凭卡就餐。');
    await fill('audience', '辖区60周岁以上老年人');
    await fill('conditions', '年满60周岁\n居住在西园社区');
    await fill('materials', '居民身份证\n老年人优待证（如有）');
    await fill('steps', '登记申请｜老年人或家属\n办理就餐卡｜社区养老服务专干｜3个工作日');
    await fill('promisedLimit', '3个工作日');
    await fill('window', '长者食堂服务台');
    await fill('hours', '周一至周五 10:30-13:00');
    await fill('contactRole', '社区养老服务专干');
    await fill('keywords', '长者食堂 助餐 老年餐');
    await fill('policyBasis', '《中华人民共和国老年人权益保障法》 国家和社会应当采取措施，健全保障老年人权益的各项制度。');
    await editor.locator('.btn-primary').click();

    await page.locator('.catalog-admin .admin-chip', { hasText: '本社区事项' }).click();
    const row = page.locator('.catalog-admin .catalog-admin__row[data-code="LXY-01"]');
    await row.getByText('本社区').waitFor();
    await page.waitForTimeout(400);
    await snap(page, 'admin-local-item');

    await signInAs(page, host.url, 'demo-resident');
    await page.getByText('办事', { exact: true }).click();
    await page.locator('.catalog .catalog__input input').fill('zzst');
    const first = page.locator('.catalog .item-row').first();
    await expect(first.locator('.item-row__title').innerText()).resolves.toBe('西园长者食堂就餐登记');
    await first.click();
    await page.locator('.item').getByText('长者食堂服务台', { exact: false }).first().waitFor();
    await page.locator('.item .item__limits').getByText('本社区承诺：3个工作日').waitFor();
  });

  it('takes a resident’s 纠错 on an item to the admin, who closes it with a note', async () => {
    await signInAs(page, host.url, 'demo-resident');
    await page.goto(`${host.url}/#/pages/item/index?code=MS-01`);
    const item = page.locator('.item');
    // No document sets the item's own limit: 以当地规定为准; the publicity step quotes its document.
    await item.locator('.item__limits').getByText('以当地规定为准').waitFor();
    await item.getByText('街道办事处 · “公示期为7天”（《最低生活保障审核确认办法》）').waitFor();
    await item.locator('.item__report-open').click();
    await item.locator('.item__report-chip[data-section="办理窗口"]').click();
    await expect(item.locator('.item__report-quote').innerText()).resolves.toBe('引用：一楼3号窗口');
    await item.locator('.item__report-problem textarea').fill('窗口已经搬到二楼了，请更新。');
    await item.locator('.item__report-submit').click();
    await item.getByText('已提交，感谢指正', { exact: false }).waitFor();
    await page.waitForTimeout(400);
    await snap(page, 'item-report-mistake');
    expect(await host.store.count('catalog_reports')).toBe(1);

    await signInAs(page, host.url, 'demo-admin');
    await page.goto(`${host.url}/#/pages/me/index`);
    await page.locator('.me [data-entry="catalog-admin"]').click();
    await page.locator('.catalog-admin [data-action="review"]').getByText('纠错与复核（1）').click();
    const review = page.locator('.review');
    const card = review.locator('.review__report').first();
    await card.getByText('窗口已经搬到二楼了，请更新。').waitFor();
    await card.getByText('引用：一楼3号窗口').waitFor();
    await card.locator('.review__note textarea').fill('已核实，窗口改为二楼民生服务窗口。');
    await card.locator('.review__resolve-button').click();
    await review.getByText('暂无待处理的纠错').waitFor();
    await review.locator('[data-tab="resolved"]').click();
    await review.getByText('处理说明：已核实，窗口改为二楼民生服务窗口。', { exact: false }).waitFor();
    // 社会救助法 adopted: the 低保 item is listed for review with the reason.
    await review.locator('.review__due[data-code="MS-01"]').getByText('《中华人民共和国社会救助法》已通过', { exact: false }).waitFor();
    await page.waitForTimeout(400);
    await snap(page, 'admin-review');
  });
});
