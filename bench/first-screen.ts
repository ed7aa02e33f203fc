import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from '../scripts/harness/browser';
import { startTestHost } from '../scripts/harness/test-host';

/**
 * Time to content of the catalog home in the H5 build, in headless Chromium with 4× CPU throttling and a cold
 * HTTP cache: from navigation until the nine fields and the frequently used items are on screen.
 */
export async function benchFirstScreen(runs = 5): Promise<Record<string, number>> {
  if (!existsSync(resolve(__dirname, '../dist/h5/index.html'))) throw new Error('dist/h5 not built: run npm run build:h5');
  const host = await startTestHost({ staticDir: true });
  const browser = await launchBrowser();
  try {
    // Sign in once to get the stored dev token, then measure fresh contexts that only share that storage.
    const login = await browser.newContext();
    const page = await login.newPage();
    await page.goto(`${host.url}/#/pages/login/index`);
    await page.locator('[data-openid="demo-resident"]').click();
    await page.waitForURL(/pages\/home\/index/);
    const storageState = await login.storageState();
    await login.close();

    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ storageState, viewport: { width: 390, height: 844 } });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const started = Date.now();
      await tab.goto(`${host.url}/#/pages/home/index`);
      await tab.locator('.home .home__field').first().waitFor();
      await tab.locator('.home .item-row').first().waitFor();
      times.push(Date.now() - started);
      await context.close();
    }
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(runs / 2)]!, bestMs: times[0]!, worstMs: times[runs - 1]! };
  } finally {
    await browser.close();
    await host.close();
  }
}
