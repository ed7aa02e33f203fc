import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import gcoord from 'gcoord';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './browser';
import { $, toTarget, type Capabilities, type JourneyDriver, type PageRef, type Target, type TargetLike, type WaitOptions } from './journey-driver';

/** Taro H5 slides a page in over ~300 ms: screenshots and going back wait this long for it to settle. */
const SETTLE_MS = 400;
/** Taro H5 hides the previous page ~300 ms after a navigation; going back sooner would hide it for good. */
const BACK_SETTLE_MS = 500;
const DEFAULT_TIMEOUT_MS = 10_000;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The journey driver for the H5 build in headless Chromium: one phone, i.e. one browser context (own storage, so
 * its own sign-in). `page` is left public for benchmarks that measure the DOM itself; journeys never use it.
 */
export class PlaywrightDriver implements JourneyDriver {
  readonly platform = 'h5';
  readonly can: Capabilities;

  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    private readonly baseUrl: string,
  ) {
    this.can = {
      signIn: {
        asDemo: (openid) => this.signInAs(openid),
        asNewcomer: (openid, communityName) => this.signInAsNewcomer(openid, communityName),
        signOut: async () => {
          await this.tap('.me .me__logout');
          await this.waitFor('.login');
        },
      },
      location: {
        at: async ({ lng, lat }) => {
          // A browser's GPS reports WGS-84; the H5 build converts it to the map's GCJ-02.
          const [longitude, latitude] = gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84) as [number, number];
          await this.context.grantPermissions(['geolocation'], { origin: this.baseUrl });
          await this.context.setGeolocation({ longitude, latitude });
        },
        refuse: () => this.context.clearPermissions(),
      },
      network: { offline: (on) => this.context.setOffline(on) },
      qr: {
        // The H5 QR is an SVG image; the component also states what it encodes for tests (the link or the code).
        read: async (target) => {
          const qr = this.locate(target);
          await qr.waitFor();
          const text = (await qr.getAttribute('data-link')) ?? (await qr.getAttribute('data-code'));
          if (!text) throw new Error(`${toTarget(target).toString()} is not a QR code with data-link or data-code`);
          return text;
        },
      },
      photos: {
        // Taro's H5 chooseImage clicks a hidden file input: the browser's file chooser, answered here.
        pickNext: async (photos) => {
          this.page.once('filechooser', (chooser) => void chooser.setFiles(photos.map((p) => ({ name: p.name, mimeType: p.mimeType, buffer: p.buffer }))));
        },
      },
      tabBar: {
        waitForBadge: async (path, text, options = {}) => {
          const badge = (await this.tabButton(path)).locator('.taro-tabbar-badge');
          const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
          if (text === null) await badge.waitFor({ state: 'detached', timeout });
          else await badge.filter({ hasText: new RegExp(`^${escapeRegExp(text)}$`) }).waitFor({ timeout });
        },
      },
    };
  }

  /** A phone on the H5 build served at `baseUrl`, in `context` (a context of its own: `close()` closes it). */
  static async start(context: BrowserContext, baseUrl: string): Promise<PlaywrightDriver> {
    const page = await context.newPage();
    page.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
    return new PlaywrightDriver(page, context, baseUrl);
  }

  async open(path: string, query: Record<string, string> = {}): Promise<void> {
    const search = new URLSearchParams(query).toString();
    await this.page.goto(`${this.baseUrl}/#/${path}${search ? `?${search}` : ''}`);
  }

  async switchTab(path: string): Promise<void> {
    await (await this.tabButton(path)).click();
  }

  async back(): Promise<void> {
    await this.page.waitForTimeout(BACK_SETTLE_MS);
    await this.page.goBack();
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }

  async currentPage(): Promise<PageRef> {
    const hash = new URL(this.page.url()).hash.replace(/^#\/?/, '');
    const [path = '', search = ''] = hash.split('?');
    return { path, query: Object.fromEntries(new URLSearchParams(search)) };
  }

  async tap(target: TargetLike): Promise<void> {
    await this.locate(target).click();
  }

  async doubleTap(target: TargetLike): Promise<void> {
    await this.locate(target).dblclick();
  }

  async type(target: TargetLike, value: string): Promise<void> {
    const el = this.locate(target);
    await el.waitFor();
    // Taro wraps each field in its own element (taro-input-core, taro-textarea-core): fill the field inside.
    const native = await el.evaluate((node) => ['INPUT', 'TEXTAREA'].includes(node.tagName));
    await (native ? el : el.locator('input, textarea').first()).fill(value);
  }

  async text(target: TargetLike): Promise<string> {
    return (await this.locate(target).innerText()).trim();
  }

  async texts(target: TargetLike): Promise<string[]> {
    return (await this.all(toTarget(target)).allInnerTexts()).map((t) => t.trim());
  }

  count(target: TargetLike): Promise<number> {
    return this.all(toTarget(target)).count();
  }

  async waitFor(target: TargetLike, options: WaitOptions = {}): Promise<void> {
    await this.locate(target).waitFor({ state: options.gone ? 'hidden' : 'visible', ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}) });
  }

  async snap(name: string): Promise<void> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await this.page.waitForTimeout(SETTLE_MS);
    await this.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  /** Every visible match: pages earlier in Taro's stack stay in the DOM, hidden, and never count. */
  private all(target: Target): Locator {
    const scope = target.within ? this.locate(target.within) : this.page.locator('body');
    const matches = scope.locator(target.selector).filter({ visible: true });
    const { text } = target.filter;
    return text === undefined ? matches : matches.filter({ hasText: text });
  }

  /** The one element a Target names: the nth match (the first by default), as automator's `page.$` returns. */
  private locate(target: TargetLike): Locator {
    const t = toTarget(target);
    return this.all(t).nth(t.filter.nth ?? 0);
  }

  /** Taro H5's tab bar, in the order of app.config's `tabBar.list` (which Taro keeps on `window.__taroAppConfig`). */
  private async tabButton(path: string): Promise<Locator> {
    const paths = await this.page.evaluate(() => {
      const config = (window as unknown as { __taroAppConfig?: { tabBar?: { list: Array<{ pagePath: string }> } } }).__taroAppConfig;
      return (config?.tabBar?.list ?? []).map((tab) => tab.pagePath.replace(/^\//, ''));
    });
    const index = paths.indexOf(path.replace(/^\//, ''));
    if (index < 0) throw new Error(`${path} is not a tab page (tabs: ${paths.join(', ') || 'none found'})`);
    return this.page.locator('.weui-tabbar__item').nth(index);
  }

  private async signInAs(openid: string): Promise<void> {
    await this.open('pages/login/index');
    // The dev login screen is H5 only, so its data attribute may be used here.
    await this.page.locator(`[data-openid="${openid}"]`).click();
    await this.page.waitForURL(/pages\/home\/index/);
    // The URL changes as the relaunch starts: wait for 首页 itself, or a page opened next may be hidden by it.
    await this.waitFor('.home .home__community');
  }

  private async signInAsNewcomer(openid: string, communityName: string): Promise<void> {
    await this.open('pages/login/index');
    await this.type('.login .login__input', openid);
    await this.tap('.login .btn-primary');
    // A newcomer first meets the privacy guide and agrees to it, as anyone does on first use.
    await this.tap('.privacy-gate .privacy-gate__agree');
    await this.tap($('.home__choice', { text: communityName }));
    await this.waitFor($('.home .home__community', { text: communityName }));
  }
}
