/**
 * Loads the real Taro weapp build (dist/weapp, or WEAPP_DIST) into miniprogram-simulate: WeChat's own template
 * compiler (wcc) turns the build's .wxml into render functions, j-component/exparser render them into a jsdom
 * document, and the build's JavaScript (app.js, taro.js, vendors.js, common.js, runtime.js, pages/*) runs as it does
 * in WeChat, against the small shims below:
 *
 * - `wx`: storage in a Map, getSystemInfoSync, navigation and tab-bar calls that only record, and `wx.cloud`, whose
 *   `callFunction({ name, data })` runs the REAL function handlers in-process (`runAction`) as `demo-resident` on a
 *   temporary SQLite store seeded like the local host.
 * - `App`, `getApp`, `getCurrentPages`, and `Page`, which turns a page's options into a `Component` whose
 *   `attached` runs `onLoad(query)`, `onShow()` and `onReady()`, as WeChat does when it opens a page.
 *
 * Every `setData` a page makes is measured (JSON bytes, as WeChat counts them against its 256 KB limit).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ManualClock } from '../../scripts/harness/manual-clock';
import { parseAppConfig } from '../../cloudfunctions/core/kernel/config';
import { functionNamed } from '../../cloudfunctions/core/functions';
import { runAction, type ActionEvent } from '../../cloudfunctions/core/kernel/run-action';
import type { Deps } from '../../cloudfunctions/core/kernel/context';
import type { SqliteStore } from '../../cloudfunctions/core/store/sqlite/sqlite-store';
import { loadNotifyConfig } from '../../scripts/host/notify-config';
import { openData } from '../../scripts/host/open-data';
import { TEST_NOW } from '../../scripts/harness/test-now';

type Fn = (...args: any[]) => any;
type Options = Record<string, any>;

/** The parts of miniprogram-simulate (and j-component) used here; its own typings need WeChat's global types. */
interface SimComponent {
  dom: HTMLElement;
  attach(parent: Element): void;
  detach(): void;
}
interface Simulate {
  load(componentPath: string, options?: { compiler?: 'official' | 'simulate'; rootPath?: string }): string;
  render(id: string, properties?: Record<string, unknown>): SimComponent;
  sleep(ms: number): Promise<void>;
}

export interface SetDataRecord {
  bytes: number;
  keys: number;
}

export interface RenderedPage {
  route: string;
  comp: SimComponent;
  /** The page instance (what `getCurrentPages()` returns), as Taro sees it. */
  instance: Options;
  /** Every setData payload this page sent, in order. */
  setData: SetDataRecord[];
  text(): string;
  /** Rendered elements matching a CSS selector (WeChat components render as `wx-view`, `wx-text`...; classes carry the `main--` prefix). */
  all(selector: string): HTMLElement[];
  /** Taps an element the way j-component recognises a tap: a one-finger touchstart then touchend. */
  tap(el: Element): Promise<void>;
  /** Waits until the rendered text satisfies `test` (a substring or a predicate), or throws with the text so far. */
  waitForText(test: string | ((text: string) => boolean), timeoutMs?: number): Promise<string>;
  unload(): void;
}

export interface WeappSim {
  dist: string;
  store: SqliteStore;
  /** Every wx API call the app made that only records (navigation, titles, badges, toasts...). */
  calls: Array<{ api: string; args: unknown }>;
  /** Every cloud function call: name, action and whether it succeeded. */
  cloudCalls: Array<{ name: string; action: unknown; ok: boolean }>;
  /** Calls a function directly (not recorded), as the same user, to read what the page should show. */
  call<T = unknown>(name: string, action: string, data?: unknown): Promise<T>;
  /** The arguments of the first call to a recording wx API that `matches`, once made: effects run after a render is on screen. */
  waitForCall(api: string, matches: (args: unknown) => boolean, timeoutMs?: number): Promise<unknown>;
  openPage(route: string, query?: Record<string, string>): Promise<RenderedPage>;
  close(): Promise<void>;
}

const g = globalThis as unknown as Options;

/** A jsdom document for exparser to render into (jest runs this project in the node environment). */
function installDom(): void {
  if (g.document) return;
  // jsdom ships with the Taro toolchain (@tarojs/webpack5-runner); it has no typings in this project.
  const { JSDOM } = require('jsdom') as { JSDOM: new (html: string, options?: object) => { window: Options } };
  const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: true });
  g.window = window;
  g.document = window.document;
  for (const key of ['Node', 'Element', 'HTMLElement', 'Event', 'CustomEvent', 'DocumentFragment', 'getComputedStyle']) {
    if (g[key] === undefined) g[key] = typeof window[key] === 'function' && key === 'getComputedStyle' ? window[key].bind(window) : window[key];
  }
  if (!g.requestAnimationFrame) g.requestAnimationFrame = (cb: Fn) => setTimeout(() => cb(Date.now()), 0);
}

/** Success-callback style, as WeChat's async APIs are, also returning a promise like the newer base library does. */
function asyncApi(api: string, calls: WeappSim['calls'], result: (opts: Options) => Options = () => ({})): Fn {
  return (opts: Options = {}) => {
    calls.push({ api, args: Object.fromEntries(Object.entries(opts).filter(([, v]) => typeof v !== 'function')) });
    const res = { errMsg: `${api}:ok`, ...result(opts) };
    return Promise.resolve().then(() => {
      opts.success?.(res);
      opts.complete?.(res);
      return res;
    });
  };
}

const SYSTEM_INFO = {
  brand: 'devtools',
  model: 'iPhone 12',
  pixelRatio: 3,
  screenWidth: 390,
  screenHeight: 844,
  windowWidth: 390,
  windowHeight: 750,
  statusBarHeight: 47,
  language: 'zh_CN',
  version: '8.0.50',
  system: 'iOS 16.0',
  platform: 'devtools',
  SDKVersion: '3.6.0',
  safeArea: { top: 47, left: 0, right: 390, bottom: 810, width: 390, height: 763 },
};

export async function startWeappSim(options: { openid?: string } = {}): Promise<WeappSim> {
  const openid = options.openid ?? 'demo-resident';
  const dist = resolve(__dirname, '../..', process.env.WEAPP_DIST ?? 'dist/weapp');
  if (!existsSync(join(dist, 'app.js'))) throw new Error(`no weapp build at ${dist}: run \`taro build --type weapp\` first (or set WEAPP_DIST)`);

  // The real handlers on a temporary store seeded as the local host seeds it.
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-weapp-sim-'));
  const notify = loadNotifyConfig({});
  const { store, secret, platform } = await openData(dataDir, TEST_NOW, notify);
  const deps: Deps = { store, clock: new ManualClock(TEST_NOW), config: parseAppConfig({ secret, notify }), platform };

  const calls: WeappSim['calls'] = [];
  const cloudCalls: WeappSim['cloudCalls'] = [];
  const storage = new Map<string, unknown>();
  const record = (api: string) => asyncApi(api, calls);

  const wx: Options = {
    getSystemInfoSync: () => ({ ...SYSTEM_INFO }),
    getSystemInfo: asyncApi('getSystemInfo', calls, () => ({ ...SYSTEM_INFO })),
    getWindowInfo: () => ({ ...SYSTEM_INFO }),
    getAppBaseInfo: () => ({ SDKVersion: SYSTEM_INFO.SDKVersion, language: 'zh_CN', version: SYSTEM_INFO.version }),
    getDeviceInfo: () => ({ brand: SYSTEM_INFO.brand, model: SYSTEM_INFO.model, platform: SYSTEM_INFO.platform, system: SYSTEM_INFO.system }),
    getLaunchOptionsSync: () => ({ path: 'pages/home/index', query: {}, scene: 1001 }),
    getEnterOptionsSync: () => ({ path: 'pages/home/index', query: {}, scene: 1001 }),
    canIUse: () => true,
    getStorageSync: (key: string) => (storage.has(key) ? structuredClone(storage.get(key)) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, structuredClone(value)),
    removeStorageSync: (key: string) => void storage.delete(key),
    clearStorageSync: () => storage.clear(),
    getStorage: asyncApi('getStorage', calls, (o) => ({ data: storage.get(o.key) })),
    setStorage: asyncApi('setStorage', calls, (o) => (storage.set(o.key, structuredClone(o.data)), {})),
    removeStorage: asyncApi('removeStorage', calls, (o) => (storage.delete(o.key), {})),
    // The weapp build reaches functions through wx.cloud; any plain request is recorded and answered 404.
    request: asyncApi('request', calls, () => ({ statusCode: 404, data: null, header: {} })),
    navigateTo: record('navigateTo'),
    redirectTo: record('redirectTo'),
    switchTab: record('switchTab'),
    reLaunch: record('reLaunch'),
    navigateBack: record('navigateBack'),
    setNavigationBarTitle: record('setNavigationBarTitle'),
    setTabBarBadge: record('setTabBarBadge'),
    removeTabBarBadge: record('removeTabBarBadge'),
    showTabBarRedDot: record('showTabBarRedDot'),
    hideTabBarRedDot: record('hideTabBarRedDot'),
    showToast: record('showToast'),
    hideToast: record('hideToast'),
    showLoading: record('showLoading'),
    hideLoading: record('hideLoading'),
    showModal: asyncApi('showModal', calls, () => ({ confirm: false, cancel: true })),
    stopPullDownRefresh: record('stopPullDownRefresh'),
    pageScrollTo: record('pageScrollTo'),
    setKeepScreenOn: record('setKeepScreenOn'),
    requestSubscribeMessage: asyncApi('requestSubscribeMessage', calls, (o) => Object.fromEntries((o.tmplIds ?? []).map((id: string) => [id, 'reject']))),
    nextTick: (cb: Fn) => setTimeout(cb, 0),
    cloud: {
      init: (opts: unknown) => void calls.push({ api: 'cloud.init', args: opts }),
      async callFunction(opts: { name: string; data?: ActionEvent; success?: Fn; fail?: Fn; complete?: Fn }) {
        const fn = functionNamed(opts.name);
        if (!fn) {
          const err = { errMsg: `cloud.callFunction:fail function not found: ${opts.name}` };
          opts.fail?.(err);
          opts.complete?.(err);
          throw err;
        }
        // Across the wire in WeChat: the event and the result are JSON.
        const event = JSON.parse(JSON.stringify(opts.data ?? {})) as ActionEvent;
        const result = JSON.parse(JSON.stringify(await runAction(fn, event, openid, deps))) as { ok: boolean };
        cloudCalls.push({ name: opts.name, action: event.action, ok: result.ok });
        const res = { result, requestID: `sim-${cloudCalls.length}`, errMsg: 'cloud.callFunction:ok' };
        opts.success?.(res);
        opts.complete?.(res);
        return res;
      },
    },
  };

  installDom();
  // miniprogram-simulate merges its own wx API stubs under ours when it loads.
  g.wx = wx;
  const simulate = require('miniprogram-simulate') as Simulate;
  const simUtils = require('miniprogram-simulate/src/utils') as { runJs: (filePath: string) => void };
  const simComponent = g.Component as Fn;

  // --- App, getApp, getCurrentPages ---
  let app: Options | null = null;
  const pageStack: Options[] = [];
  g.App = (opts: Options) => {
    app = opts;
  };
  g.getApp = () => app;
  g.getCurrentPages = () => [...pageStack];

  // --- Page as a Component: attached runs onLoad(query), onShow(), onReady() ---
  let opening: { route: string; query: Record<string, string>; records: SetDataRecord[]; onInstance: (page: Options) => void } | null = null;
  const PAGE_LIFECYCLE = ['onLoad', 'onShow', 'onReady', 'onHide', 'onUnload'];
  const pageToComponent = (opts: Options): Options => {
    const methods: Record<string, Fn> = {};
    for (const [key, value] of Object.entries(opts)) if (typeof value === 'function') methods[key] = value;
    for (const name of PAGE_LIFECYCLE) methods[name] ??= () => undefined;
    return {
      data: structuredClone(opts.data ?? {}),
      options: opts.options,
      behaviors: opts.behaviors,
      methods,
      attached(this: Options) {
        const target = opening;
        if (!target) throw new Error('a page was attached outside openPage()');
        const setData = this.setData.bind(this) as Fn;
        this.setData = (data: Record<string, unknown>, cb?: Fn) => {
          target.records.push({ bytes: Buffer.byteLength(JSON.stringify(data), 'utf8'), keys: Object.keys(data).length });
          setData(data);
          if (cb) setTimeout(cb, 0);
        };
        this.route = this.__route__ = target.route;
        this.options = { ...target.query };
        pageStack.push(this);
        target.onInstance(this);
        this.onLoad({ ...target.query });
        this.onShow();
        this.onReady();
      },
      detached(this: Options) {
        this.onHide();
        this.onUnload();
        const at = pageStack.indexOf(this);
        if (at >= 0) pageStack.splice(at, 1);
      },
    };
  };

  // Webpack runs each module of the build once, so a page's (or Taro's recursive `comp`) `Page`/`Component` call
  // happens on its first load only; miniprogram-simulate registers components per load, so replay the definition.
  const definitions = new Map<string, { kind: 'Page' | 'Component'; opts: Options }>();
  let running: string | null = null;
  g.Page = (opts: Options) => {
    if (running) definitions.set(running, { kind: 'Page', opts });
    simComponent(pageToComponent(opts));
  };
  g.Component = (opts: Options) => {
    if (running) definitions.set(running, { kind: 'Component', opts });
    simComponent({ ...opts });
  };
  simUtils.runJs = (filePath: string) => {
    const known = definitions.get(filePath);
    if (known) {
      simComponent(known.kind === 'Page' ? pageToComponent(known.opts) : { ...known.opts });
      return;
    }
    running = filePath;
    try {
      require(filePath);
    } finally {
      running = null;
    }
    if (!definitions.has(filePath)) throw new Error(`${filePath} registered no Page or Component`);
  };

  // --- the app itself: app.js requires common, vendors, taro and runtime, then calls App() ---
  try {
    require(join(dist, 'app.js'));
    const launchedApp = app as Options | null;
    if (!launchedApp) throw new Error(`${dist}/app.js did not call App()`);
    const launch = { path: 'pages/home/index', query: {}, scene: 1001 };
    launchedApp.onLaunch?.(launch);
    launchedApp.onShow?.(launch);
  } catch (err) {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }

  const mounted: SimComponent[] = [];

  return {
    dist,
    store,
    calls,
    cloudCalls,
    async waitForCall(api, matches, timeoutMs = 10000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = calls.find((c) => c.api === api && matches(c.args));
        if (found) return found.args;
        if (Date.now() > deadline) throw new Error(`the app never made the expected wx.${api} call; its calls: ${JSON.stringify(calls.filter((c) => c.api === api))}`);
        await simulate.sleep(20);
      }
    },
    async call<T>(name: string, action: string, data: unknown = {}) {
      const res = await runAction(functionNamed(name)!, { action, data }, openid, deps);
      if (!res.ok) throw new Error(`${name}.${action}: ${res.error.message}`);
      return res.data as T;
    },
    async openPage(route, query = {}) {
      const records: SetDataRecord[] = [];
      let instance: Options | null = null;
      opening = { route, query, records, onInstance: (page) => (instance = page) };
      const id = simulate.load(join(dist, route), { compiler: 'official', rootPath: dist });
      const comp = simulate.render(id);
      const parent = document.createElement('div');
      document.body.appendChild(parent);
      comp.attach(parent);
      mounted.push(comp);
      if (!instance) throw new Error(`${route} did not attach`);
      const text = () => (comp.dom.textContent ?? '').replace(/\s+/g, ' ').trim();
      return {
        route,
        comp,
        instance,
        setData: records,
        text,
        all: (selector) => Array.from(comp.dom.querySelectorAll<HTMLElement>(selector)),
        async tap(el) {
          const win = g.window as Options;
          const touch = (type: string, touches: object[], changed: object[]) => {
            const evt = new win.Event(type, { bubbles: true, cancelable: true });
            Object.defineProperty(evt, 'touches', { value: touches });
            Object.defineProperty(evt, 'changedTouches', { value: changed });
            el.dispatchEvent(evt);
          };
          const point = { pageX: 10, pageY: 10, clientX: 10, clientY: 10, identifier: 0 };
          touch('touchstart', [point], [point]);
          touch('touchend', [], [point]);
          await simulate.sleep(0);
        },
        async waitForText(test, timeoutMs = 10000) {
          const ok = typeof test === 'string' ? (t: string) => t.includes(test) : test;
          const deadline = Date.now() + timeoutMs;
          for (;;) {
            const current = text();
            if (ok(current)) return current;
            if (Date.now() > deadline) throw new Error(`${route}: text never matched ${String(test)}; rendered: ${current.slice(0, 2000)}`);
            await simulate.sleep(20);
          }
        },
        unload() {
          comp.detach();
          parent.remove();
        },
      };
    },
    async close() {
      for (const comp of mounted.splice(0)) {
        try {
          comp.detach();
        } catch {
          // already detached
        }
      }
      opening = null;
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
