import type { Browser, Page } from 'playwright-core';
import { signInAsNewcomer, snap, startJourney, stopJourney } from '../support/browser';
import type { TestHost } from '../../scripts/harness/test-host';

let host: TestHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ host, browser, page } = await startJourney());
}, 60000);
afterAll(() => stopJourney({ host, browser }));

describe('a newcomer arrives without a QR code', () => {
  it('signs in with a new openid, chooses a community, and fills in the profile with validation', async () => {
    await signInAsNewcomer(page, host.url, 'newcomer-e2e', '东桥社区');

    await page.goto(`${host.url}/#/pages/me/index`);
    await page.locator('.me .me__name', { hasText: '新居民' }).waitFor();
    await page.locator('.me .profile-editor__open').click();
    const inputs = page.locator('.me .profile-editor input');
    await inputs.nth(0).fill('张阿姨');
    await inputs.nth(1).fill('12345');
    await page.locator('.me .profile-editor__save').click();
    await page.locator('.me .profile-editor__error', { hasText: '请填写11位手机号码' }).waitFor();
    await snap(page, 'profile-error');

    await inputs.nth(1).fill('13912345678');
    await page.locator('.me .profile-editor__save').click();
    await page.locator('.me .me__name', { hasText: '张阿姨' }).waitFor();
    await expect(page.locator('.me .me__profile').innerText()).resolves.toContain('139****5678');
    expect(await host.store.get('users', 'newcomer-e2e')).toMatchObject({ name: '张阿姨', communityId: 'cm-dongqiao', phone: '13912345678' });
    await snap(page, 'profile-saved');
  });
});
