import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOT_DIR } from './browser';
import { BADGE_PROBE, deepQuery, OFFLINE_REQUEST, READ_BADGE, type AutomatorElement, type AutomatorMiniProgram, type AutomatorPage } from './automator-api';
import { $, toTarget, type Capabilities, type JourneyDriver, type PageRef, type Target, type TargetLike, type WaitOptions } from './journey-driver';

/**
 * The journey driver for the weapp build in WeChat DevTools, through miniprogram-automator (its mapping is noted in
 * journey-driver.ts). The build it drives reaches the test host over HTTP (HUB_TRANSPORT=http, see
 * scripts/test-devtools.ts), so journeys keep their host: its store, clock and timers.
 *
 * DevTools runs one simulator, so the phones of a journey take turns on it: each keeps its own sign-in (the dev
 * token in storage) and the page it was on; when another phone acts, the simulator is handed over (its token set and
 * its page relaunched). Capabilities: signIn (the host's dev login, its token put in storage), location and network
 * (wx methods mocked), tabBar (badges read back from wrapped wx calls). No qr: the weapp draws codes on a canvas.
 */

const TOKEN_KEY = 'devToken'; // src/api/session.ts
const DEFAULT_TIMEOUT_MS = 10_000;
const POLL_MS = 200;
const HOME = 'pages/home/index';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
const matches = (text: string, want: string | RegExp | undefined) => want === undefined || (typeof want === 'string' ? fold(text).includes(want) : want.test(fold(text)));

/** The one simulator and whose turn it is. */
export class AutomatorSession {
  private active: AutomatorDriver | null = null;
  private readonly phones: AutomatorDriver[] = [];
  constructor(
    readonly mp: AutomatorMiniProgram,
    /** The test host's URL: its dev login gives each phone its token. */
    readonly hostUrl: string,
    /** Tab pages in tab-bar order (app.json), to read badges by index. */
    readonly tabs: readonly string[],
  ) {}

  phone(): AutomatorDriver {
    const driver = new AutomatorDriver(this);
    this.phones.push(driver);
    return driver;
  }

  /** Gives the simulator to `driver`: its token in storage, its mocked wx methods (location, network), its page. */
  async use(driver: AutomatorDriver): Promise<void> {
    if (this.active === driver) return;
    const previous = this.active;
    if (previous) {
      previous.lastPage = await this.pageRef();
      for (const method of previous.mocks.keys()) await this.mp.restoreWxMethod(method);
    }
    this.active = driver;
    for (const [method, result] of driver.mocks) await this.mp.mockWxMethod(method, result);
    await (driver.token ? this.mp.callWxMethod('setStorageSync', TOKEN_KEY, driver.token) : this.mp.callWxMethod('removeStorageSync', TOKEN_KEY));
    if (previous) await this.mp.reLaunch(urlOf(driver.lastPage ?? { path: HOME, query: {} }));
  }

  async pageRef(): Promise<PageRef> {
    const page = await this.mp.currentPage();
    return { path: (page?.path ?? '').replace(/^\//, ''), query: { ...(page?.query ?? {}) } };
  }

  async close(): Promise<void> {
    await this.mp.restoreWxMethod('getLocation').catch(() => undefined);
    await this.mp.close();
  }
}

const urlOf = (ref: PageRef) => {
  const search = new URLSearchParams(ref.query).toString();
  return `/${ref.path}${search ? `?${search}` : ''}`;
};

export class AutomatorDriver implements JourneyDriver {
  readonly platform = 'weapp';
  readonly can: Partial<Capabilities>;
  token: string | null = null;
  lastPage: PageRef | null = null;
  /** The wx methods this phone has mocked (its location, its network): the simulator's whenever it is this phone's turn. */
  readonly mocks = new Map<string, unknown>();

  constructor(private readonly session: AutomatorSession) {
    const mp = session.mp;
    this.can = {
      signIn: {
        asDemo: async (openid) => {
          await this.signInAs(openid);
          await this.waitFor('.home .home__community');
        },
        asNewcomer: async (openid, communityName) => {
          await this.signInAs(openid);
          await this.tap($('.home__choice', { text: communityName }));
          await this.waitFor($('.home .home__community', { text: communityName }));
        },
        // There is no sign-in screen in the mini-program: the phone forgets its token and is back to no one.
        signOut: async () => {
          await this.turn();
          this.token = null;
          await mp.callWxMethod('removeStorageSync', TOKEN_KEY);
        },
      },
      location: {
        at: ({ lng, lat }) => this.mock('getLocation', { latitude: lat, longitude: lng, errMsg: 'getLocation:ok' }),
        refuse: () => this.mock('getLocation', { errMsg: 'getLocation:fail auth deny' }),
      },
      network: {
        offline: async (on) => {
          await this.mock('request', on ? OFFLINE_REQUEST : null);
          await this.mock('getNetworkType', on ? { networkType: 'none', errMsg: 'getNetworkType:ok' } : null);
        },
      },
      tabBar: {
        waitForBadge: async (path, text, options = {}) => {
          await this.turn();
          const index = session.tabs.indexOf(path.replace(/^\//, ''));
          if (index < 0) throw new Error(`${path} is not a tab page (tabs: ${session.tabs.join(', ')})`);
          await mp.evaluate(BADGE_PROBE);
          await this.until(async () => (await mp.evaluate(READ_BADGE, index)) === text, `the badge of ${path} to be ${text ?? 'gone'}`, options.timeoutMs);
        },
      },
    };
  }

  async open(path: string, query: Record<string, string> = {}): Promise<void> {
    await this.turn();
    await this.session.mp.reLaunch(urlOf({ path, query }));
  }

  async switchTab(path: string): Promise<void> {
    await this.turn();
    await this.session.mp.switchTab(`/${path.replace(/^\//, '')}`);
  }

  async back(): Promise<void> {
    await this.turn();
    await this.session.mp.navigateBack();
  }

  async reload(): Promise<void> {
    await this.turn();
    await this.session.mp.reLaunch(urlOf(await this.session.pageRef()));
  }

  async currentPage(): Promise<PageRef> {
    await this.turn();
    return this.session.pageRef();
  }

  async tap(target: TargetLike): Promise<void> {
    await (await this.one(target)).tap();
  }

  async doubleTap(target: TargetLike): Promise<void> {
    const el = await this.one(target);
    await Promise.all([el.tap(), el.tap()]);
  }

  async type(target: TargetLike, value: string): Promise<void> {
    const el = await this.one(target);
    const field = ['input', 'textarea'].includes(el.tagName) ? el : ((await el.$('input')) ?? (await el.$('textarea')));
    if (!field?.input) throw new Error(`${toTarget(target).toString()} holds no input or textarea`);
    await field.input(value);
  }

  async text(target: TargetLike): Promise<string> {
    return fold(await (await this.one(target)).text());
  }

  async texts(target: TargetLike): Promise<string[]> {
    await this.turn();
    return Promise.all((await this.all(toTarget(target))).map(async (el) => fold(await el.text())));
  }

  async count(target: TargetLike): Promise<number> {
    await this.turn();
    return (await this.all(toTarget(target))).length;
  }

  async waitFor(target: TargetLike, options: WaitOptions = {}): Promise<void> {
    await this.turn();
    const t = toTarget(target);
    const want = options.gone ? 'gone' : 'shown';
    await this.until(async () => ((await this.nth(t)) === undefined) === (want === 'gone'), `${t.toString()} to be ${want}`, options.timeoutMs);
  }

  async snap(name: string): Promise<void> {
    await this.turn();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await sleep(400);
    await this.session.mp.screenshot({ path: join(SCREENSHOT_DIR, `weapp-${name}.png`) });
  }

  /** The session closes the simulator with the journey; a phone has nothing of its own to close. */
  async close(): Promise<void> {}

  private turn(): Promise<void> {
    return this.session.use(this);
  }

  /** Mocks a wx method for this phone (null: restores it). */
  private async mock(method: string, result: unknown): Promise<void> {
    await this.turn();
    if (result === null) {
      this.mocks.delete(method);
      await this.session.mp.restoreWxMethod(method);
    } else {
      this.mocks.set(method, result);
      await this.session.mp.mockWxMethod(method, result);
    }
  }

  private async signInAs(openid: string): Promise<void> {
    await this.turn();
    const res = await fetch(`${this.session.hostUrl}/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ openid }) });
    const { token } = (await res.json()) as { token?: string };
    if (!token) throw new Error(`the host refused the dev login of ${openid}`);
    this.token = token;
    await this.session.mp.callWxMethod('setStorageSync', TOKEN_KEY, token);
    await this.session.mp.reLaunch(`/${HOME}`);
  }

  private async until(check: () => Promise<boolean>, what: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await check()) return;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (weapp)`);
      await sleep(POLL_MS);
    }
  }

  /** The element a Target names, once it is on screen (as the Playwright driver's locators wait). */
  private async one(target: TargetLike): Promise<AutomatorElement> {
    await this.waitFor(target);
    const el = await this.nth(toTarget(target));
    if (!el) throw new Error(`${toTarget(target).toString()} went away`);
    return el;
  }

  private async nth(t: Target): Promise<AutomatorElement | undefined> {
    return (await this.all(t))[t.filter.nth ?? 0];
  }

  /** Every match on the page on screen, inside `within` when given, filtered by text. */
  private async all(t: Target): Promise<AutomatorElement[]> {
    const scopes: Array<AutomatorPage | AutomatorElement> = t.within ? (await this.nth(t.within).then((el) => (el ? [el] : []))) : [await this.page()];
    const found = (await Promise.all(scopes.map((scope) => deepQuery(scope, t.selector)))).flat();
    if (t.filter.text === undefined) return found;
    const texts = await Promise.all(found.map((el) => el.text()));
    return found.filter((_, i) => matches(texts[i]!, t.filter.text));
  }

  private async page(): Promise<AutomatorPage> {
    const page = await this.session.mp.currentPage();
    if (!page) throw new Error('no page on screen');
    return page;
  }
}
