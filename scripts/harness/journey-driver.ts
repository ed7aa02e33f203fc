/**
 * What a journey may do with the app, whatever runs it: the H5 build in Chromium (PlaywrightDriver, `npm test`) or
 * the weapp build in WeChat DevTools (AutomatorDriver, `npm run test:devtools`). A journey written against this
 * interface runs on both; a capability one platform lacks is optional, and the journey says what it does without it.
 *
 * Selectors are class selectors (`.page-class .element-class`), optionally ending in a tag both renderers share
 * (`input`, `textarea`): Taro keeps `className` in the H5 DOM and in the WXML, but not `data-*` attributes (they
 * never reach the WXML), nor ids, nor pseudo-classes. Text filters are applied by the driver. Pages earlier in
 * the stack are never matched: only the page on screen is (as automator's `page.$` sees the current page only).
 *
 * How the miniprogram-automator driver (automator-driver.ts) maps each method (automator 0.12; `mp` = the MiniProgram
 * from `automator.launch({ cliPath, projectPath: 'dist/weapp-journey' })`, `page` = `await mp.currentPage()`; the
 * journey build reaches the test host over HTTP, and a journey's phones take turns on DevTools' one simulator):
 * - `open(path, query)`: `mp.reLaunch('/' + path + '?' + query)` (reLaunch opens tab pages too).
 * - `switchTab(path)`: `mp.switchTab('/' + path)`.
 * - `back()`: `mp.navigateBack()`. `reload()`: `mp.reLaunch` of the current page's `path` and `query`.
 * - `currentPage()`: `page.path` and `page.query`.
 * - resolving a Target: `page.$$(selector)` (or `parent.$$(selector)` for `within`), keeping the elements whose
 *   `element.text()` matches `text`, then the `nth`. Taro renders deep trees through its recursive `comp` custom
 *   component, and `page.$$` does not enter custom components: the driver descends with `element.$$` from each
 *   `comp` it finds when the page-level query comes back empty.
 * - `tap(t)`: `element.tap()`; `doubleTap(t)`: two `element.tap()` without waiting between them.
 * - `type(t, value)`: `element.input(value)` on the `input`/`textarea` (the element itself or its first such
 *   descendant), which sets the value and fires the input event as typing does.
 * - `text(t)`, `texts(t)`, `count(t)`: `element.text()` over the resolved elements.
 * - `waitFor(t, { gone })`: `page.waitFor(() => …)` polling the resolution above (page.waitFor(selector) alone
 *   cannot filter by text nor wait for absence), with the same timeout.
 * - `snap(name)`: `mp.screenshot({ path })` into the same screenshot folder.
 * - `close()`: `mp.close()`.
 * Capabilities (optional, see below):
 * - `signIn`: the host's dev login in Node, its token put in the mini-program's storage
 *   (`mp.callWxMethod('setStorageSync', 'devToken', token)`), then `mp.reLaunch` of 首页 (the journey build's
 *   transport is HTTP with that token, as H5's). `signOut` removes the token (the mini-program has no sign-in screen).
 * - `location`: `mp.mockWxMethod('getLocation', { latitude, longitude, errMsg: 'getLocation:ok' })` with the point
 *   as given (GCJ-02, what `wx.getLocation({ type: 'gcj02' })` returns); `refuse()` mocks
 *   `{ errMsg: 'getLocation:fail auth deny' }`; `mp.restoreWxMethod('getLocation')` at close.
 * - `network`: `mp.mockWxMethod('request', …)` failing as wx.request does offline (errMsg `request:fail`), and
 *   `mockWxMethod('getNetworkType', { networkType: 'none' })`; `restoreWxMethod` of both when back online.
 * - `qr`: absent. The weapp draws codes on a canvas, which no driver reads; journeys take the code another way.
 * - `photos`: absent so far. It would be `mp.mockWxMethod('chooseImage', { tempFilePaths, tempFiles, errMsg:
 *   'chooseImage:ok' })` with the files written to the simulator's temp folder first, restored after the pick.
 * - `tabBar.waitForBadge`: badges are native in WeChat; the driver wraps `wx.setTabBarBadge`/`removeTabBarBadge`
 *   through `mp.evaluate` when it connects, and polls the last value per tab back with `mp.evaluate`.
 */

/** How a journey narrows a selector: by the element's text, then by position. */
export interface Filter {
  /** A substring of the element's text (white space folded), or a pattern the text must match. */
  text?: string | RegExp;
  /** The nth remaining match, from 0; the first when absent. */
  nth?: number;
}

/** Something on the page on screen, described the same way for every platform. */
export class Target {
  constructor(
    readonly selector: string,
    readonly filter: Filter = {},
    readonly within?: Target,
  ) {}

  /** An element inside this one. */
  find(selector: string, filter: Filter = {}): Target {
    return new Target(selector, filter, this);
  }

  toString(): string {
    const { text, nth } = this.filter;
    const own = `${this.selector}${text !== undefined ? ` with text ${String(text)}` : ''}${nth !== undefined ? ` #${nth}` : ''}`;
    return this.within ? `${this.within.toString()} > ${own}` : own;
  }
}

/** `$('.catalog .item-row', { text: '养老' })`: a Target on the page on screen. */
export const $ = (selector: string, filter: Filter = {}) => new Target(selector, filter);

export type TargetLike = string | Target;
export const toTarget = (t: TargetLike): Target => (typeof t === 'string' ? new Target(t) : t);

export interface PageRef {
  /** The page's route without a leading slash, e.g. `pages/item/index`. */
  path: string;
  query: Record<string, string>;
}

/** Signing in as any openid: the local host's dev login (H5 only; in WeChat the openid comes from WeChat). */
export interface SignInCapability {
  /** As one of the seeded demo users; ends on 首页. */
  asDemo(openid: string): Promise<void>;
  /** As a new openid, choosing a community on the welcome screen; ends on 首页 of that community. */
  asNewcomer(openid: string, communityName: string): Promise<void>;
  /** Through 我的 → 切换账号; ends on the sign-in screen. */
  signOut(): Promise<void>;
}

/** Where the phone says it is. Points are GCJ-02, as the demo map and `wx.getLocation({ type: 'gcj02' })` use. */
export interface LocationCapability {
  at(point: { lng: number; lat: number }): Promise<void>;
  /** The user refuses to share the location. */
  refuse(): Promise<void>;
}

export interface NetworkCapability {
  offline(on: boolean): Promise<void>;
}

export interface QrCapability {
  /** The text a QR code on screen encodes, read as a phone's camera would. */
  read(target: TargetLike): Promise<string>;
}

/** A photo as the phone's album or camera would give it. */
export interface PickedPhoto {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export interface PhotosCapability {
  /** The next time the app opens the album or the camera, the user picks these photos. */
  pickNext(photos: PickedPhoto[]): Promise<void>;
}

export interface TabBarCapability {
  /** Waits until the tab of this page shows exactly this badge, or none for null (badges follow async calls). */
  waitForBadge(path: string, text: string | null, options?: { timeoutMs?: number }): Promise<void>;
}

export interface Capabilities {
  signIn: SignInCapability;
  location: LocationCapability;
  network: NetworkCapability;
  qr: QrCapability;
  photos: PhotosCapability;
  tabBar: TabBarCapability;
}
export type CapabilityName = keyof Capabilities;

export interface WaitOptions {
  /** Wait until nothing matches instead. */
  gone?: boolean;
  timeoutMs?: number;
}

export interface JourneyDriver {
  /** Which build it drives, for messages: 'h5' or 'weapp'. */
  readonly platform: string;
  /** What this platform can do beyond the basics; ask with `need(driver, name)`. */
  readonly can: Partial<Capabilities>;
  /** Opens a page afresh, e.g. `open('pages/item/index', { code: 'MS-01' })`. */
  open(path: string, query?: Record<string, string>): Promise<void>;
  /** Switches to a tab page as its tab-bar button does, e.g. `switchTab('pages/me/index')`. */
  switchTab(path: string): Promise<void>;
  back(): Promise<void>;
  reload(): Promise<void>;
  currentPage(): Promise<PageRef>;
  tap(target: TargetLike): Promise<void>;
  /** Two taps in quick succession, as an impatient user makes. */
  doubleTap(target: TargetLike): Promise<void>;
  /** Replaces the value of an input or textarea (the target itself or the first one inside it). */
  type(target: TargetLike, value: string): Promise<void>;
  /** The element's text, trimmed, once it is on screen. */
  text(target: TargetLike): Promise<string>;
  /** The text of every match now (no waiting). */
  texts(target: TargetLike): Promise<string[]>;
  /** How many elements match now (no waiting). */
  count(target: TargetLike): Promise<number>;
  waitFor(target: TargetLike, options?: WaitOptions): Promise<void>;
  /** A screenshot of the screen once it has settled, named for the journey's step. */
  snap(name: string): Promise<void>;
  close(): Promise<void>;
}

/** The capability, or a clear error saying which platform lacks it. */
export function need<K extends CapabilityName>(driver: JourneyDriver, name: K): Capabilities[K] {
  const capability = driver.can[name];
  if (!capability) throw new Error(`this journey needs the '${name}' capability, which the ${driver.platform} driver does not have`);
  return capability as Capabilities[K];
}
