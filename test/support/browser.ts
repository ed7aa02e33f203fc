import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startTestHost, type TestHost } from '../../scripts/harness/test-host';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = resolve(__dirname, '../../.tmp/screenshots');

/** Debian's Chromium, headless, with the flags this sandbox needs (no downloads, no background traffic). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium fonts-wqy-microhei`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A phone-sized page, as residents see the H5 build. */
export async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  return context.newPage();
}

export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
}

/** Signs in on the dev login screen as one of the listed demo users. */
export async function signInAs(page: Page, baseUrl: string, openid: string): Promise<void> {
  await page.goto(`${baseUrl}/#/pages/login/index`);
  await page.locator(`[data-openid="${openid}"]`).click();
  await page.waitForURL(/pages\/home\/index/);
}

/** Signs in on the dev login screen as a new openid and chooses a community on the welcome screen. */
export async function signInAsNewcomer(page: Page, baseUrl: string, openid: string, communityName: string): Promise<void> {
  await page.goto(`${baseUrl}/#/pages/login/index`);
  await page.locator('.login input').fill(openid);
  await page.locator('.login .btn-primary').click();
  await page.locator('.page', { hasText: '欢迎使用社区服务通' }).waitFor();
  await page.getByText(communityName).first().click();
  await page.locator('.home__community', { hasText: communityName }).waitFor();
}

export interface Journey {
  host: TestHost;
  browser: Browser;
  page: Page;
}

/** A host serving the H5 build, a browser and one phone page: what every journey starts from. */
export async function startJourney(hostOptions: Parameters<typeof startTestHost>[0] = {}): Promise<Journey> {
  const host = await startTestHost({ staticDir: true, ...hostOptions });
  const browser = await launchBrowser();
  const page = await phonePage(browser);
  page.setDefaultTimeout(10000);
  return { host, browser, page };
}

export async function stopJourney(journey: Partial<Journey>): Promise<void> {
  await journey.browser?.close();
  await journey.host?.close();
}
