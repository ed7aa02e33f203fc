import type { Browser, Page } from 'playwright-core';
import { launchBrowser, phonePage, signInAs, snap } from '../support/browser';
import { startTestHost, type TestHost } from '../support/start-host';

let host: TestHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  host = await startTestHost({ staticDir: true });
  browser = await launchBrowser();
  page = await phonePage(browser);
  page.setDefaultTimeout(10000);
}, 60000);
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

describe('resident reads a service item in the H5 build', () => {
  it('signs in, searches by pinyin initials, opens the item and sees its policy basis', async () => {
    await signInAs(page, host.url, 'demo-resident');
    await page.getByText('西园社区').first().waitFor();
    await page.getByText('九大服务领域').waitFor();
    await snap(page, 'home');

    await page.getByText('办事', { exact: true }).click();
    const input = page.locator('.catalog .catalog__input input');
    await input.waitFor();
    await input.fill('ylbx');
    await page.getByText('“ylbx”的搜索结果', { exact: false }).waitFor();
    await snap(page, 'catalog-search');
    const first = page.locator('.catalog .item-row').first();
    const title = await first.locator('.item-row__title').innerText();
    expect(title).toContain('养老保险');

    await first.click();
    await page.locator('.item .item__basis').waitFor();
    await expect(page.locator('.item .item__basis-title').first().innerText()).resolves.toMatch(/^《.+》/);
    await expect(page.locator('.item .item__title').innerText()).resolves.toBe(title);
    await page.getByText('所需材料').waitFor();
    await page.getByText('办理流程').waitFor();
    await page.waitForTimeout(400); // the H5 page slides in
    await snap(page, 'item-detail');
  });

  it('filters by a field from the home page and offers the fields when nothing matches', async () => {
    await page.goto(`${host.url}/#/pages/home/index`);
    await page.locator('.home__field[data-field="YL"]').click();
    await page.locator('.catalog__chip--on', { hasText: '养老' }).waitFor();
    const rows = page.locator('.catalog .item-row');
    await rows.first().waitFor();
    const texts = await rows.allInnerTexts();
    expect(texts.length).toBeGreaterThan(3);
    for (const t of texts) expect(t).toContain('养老');

    const input = page.locator('.catalog .catalog__input input');
    await input.fill('火星移民');
    await page.getByText('没有找到相关事项').waitFor();
    await snap(page, 'catalog-empty');
  });
});
