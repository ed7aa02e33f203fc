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

  it('asks for an item online: initials search, the item, its form checked as typed, then 我的 → 我的申请', async () => {
    await page.goto(`${host.url}/#/pages/home/index`);
    await page.getByText('办事', { exact: true }).click();
    await page.locator('.catalog .catalog__chip', { hasText: '全部' }).click();
    const input = page.locator('.catalog .catalog__input input');
    await input.fill('zdshbz');
    const first = page.locator('.catalog .item-row').first();
    await expect(first.locator('.item-row__title').innerText()).resolves.toBe('最低生活保障申请');
    await first.click();

    await page.locator('.item .item__apply').click();
    const form = page.locator('.request-form');
    await form.locator('[data-key="householdSize"]').waitFor();
    await form.locator('.request-form__submit').click();
    // Checked on the device before anything is sent: one message per field.
    await expect(form.locator('[data-key="householdSize"] .form-field__error').innerText()).resolves.toBe('请填写共同生活家庭人口');
    await expect(form.locator('[data-key="hardship"] .form-field__error').innerText()).resolves.toBe('请选择主要困难');
    await form.locator('[data-key="householdSize"] input').fill('30');
    await expect(form.locator('[data-key="householdSize"] .form-field__error').innerText()).resolves.toBe('共同生活家庭人口不能大于20');
    await snap(page, 'request-form-errors');
    expect(await host.store.count('service_requests')).toBe(0);

    await form.locator('[data-key="householdSize"] input').fill('3');
    await form.locator('[data-key="hardship"] [data-option="因病"]').click();
    await form.locator('[data-key="hardship"] [data-option="无稳定收入"]').click();
    await form.locator('[data-key="phone"] input').fill('13800000001');
    expect(await form.locator('.form-field__error').count()).toBe(0);
    await form.locator('.request-form__submit').dblclick();

    const detail = page.locator('.request-detail');
    await detail.getByText('提交成功').waitFor();
    await expect(detail.locator('.request-detail__title').innerText()).resolves.toBe('最低生活保障申请');
    await detail.getByText('因病、无稳定收入').waitFor();
    await page.waitForTimeout(400);
    await snap(page, 'request-submitted');
    // A double tap made one request.
    expect(await host.store.count('service_requests')).toBe(1);

    await page.goto(`${host.url}/#/pages/me/index`);
    await page.locator('.me [data-entry="my-requests"]').click();
    const row = page.locator('.my-requests .my-requests__row').first();
    await row.waitFor();
    await expect(row.innerText()).resolves.toMatch(/最低生活保障申请[\s\S]*已提交[\s\S]*编号 \d{8}-\d{4}/);
    await page.waitForTimeout(400);
    await snap(page, 'my-requests');
  });

  it('lets a grid worker switch to the worker view, which adds the 社区工作 items residents do not see', async () => {
    await page.goto(`${host.url}/#/pages/home/index`);
    await page.getByText('办事', { exact: true }).click();
    await page.locator('.catalog .item-row').first().waitFor();
    expect(await page.locator('.catalog .catalog__views').count()).toBe(0);

    await signInAs(page, host.url, 'demo-grid-worker');
    await page.getByText('办事', { exact: true }).click();
    await page.locator('.catalog .catalog__chip', { hasText: '全部' }).click();
    const input = page.locator('.catalog .catalog__input input');
    await input.fill('枫桥经验');
    await page.getByText('没有找到相关事项').waitFor();
    await page.locator('.catalog .catalog__view[data-view="worker"]').click();
    const row = page.locator('.catalog .item-row[data-code="ZZ-08"]');
    await row.getByText('社区工作').waitFor();
    await page.waitForTimeout(400);
    await snap(page, 'catalog-worker-view');
    await page.locator('.catalog .catalog__view[data-view="resident"]').click();
    await page.getByText('没有找到相关事项').waitFor();
    await input.fill('');
    await signInAs(page, host.url, 'demo-resident');
  });

  it('opens 办事 and a viewed item from the device with no network, saying it is offline', async () => {
    await page.goto(`${host.url}/#/pages/me/index`);
    await page.locator('.me').waitFor();
    await page.context().setOffline(true);
    try {
      await page.getByText('办事', { exact: true }).click();
      await page.locator('.catalog .offline-hint').waitFor();
      await expect(page.locator('.catalog .offline-hint').innerText()).resolves.toContain('离线');
      const input = page.locator('.catalog .catalog__input input');
      await input.fill('ylbx');
      const first = page.locator('.catalog .item-row').first();
      await expect(first.locator('.item-row__title').innerText()).resolves.toContain('养老保险');
      await page.waitForTimeout(400);
      await snap(page, 'catalog-offline');
      await first.click();
      await page.locator('.item .offline-hint').waitFor();
      await page.locator('.item .item__basis').waitFor();
      await page.waitForTimeout(400);
      await snap(page, 'item-offline');
    } finally {
      await page.context().setOffline(false);
    }
  });
});
