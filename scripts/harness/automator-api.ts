/**
 * What the DevTools journey driver (automator-driver.ts) needs of miniprogram-automator, typed structurally so that a
 * test can stand in for it, and the pieces of it that run inside the mini-program or walk its element tree.
 */

/** The parts of miniprogram-automator's API this driver uses, typed structurally (so a test can stand in for it). */
export interface AutomatorElement {
  tagName: string;
  $(selector: string): Promise<AutomatorElement | null>;
  $$(selector: string): Promise<AutomatorElement[]>;
  text(): Promise<string>;
  tap(): Promise<void>;
  input?(value: string): Promise<void>;
}
export interface AutomatorPage {
  path: string;
  query: Record<string, string>;
  $$(selector: string): Promise<AutomatorElement[]>;
}
export interface AutomatorMiniProgram {
  reLaunch(url: string): Promise<unknown>;
  switchTab(url: string): Promise<unknown>;
  navigateBack(): Promise<unknown>;
  currentPage(): Promise<AutomatorPage | undefined>;
  callWxMethod(method: string, ...args: unknown[]): Promise<unknown>;
  mockWxMethod(method: string, result: unknown, ...args: unknown[]): Promise<void>;
  restoreWxMethod(method: string): Promise<void>;
  evaluate(fn: string | ((...args: never[]) => unknown), ...args: unknown[]): Promise<unknown>;
  screenshot(options: { path: string }): Promise<unknown>;
  close(): Promise<void>;
}

/** Wraps wx's badge calls once, so that the badge each tab shows can be read back (WeChat draws them natively). */
export const BADGE_PROBE = `function () {
  var g = typeof globalThis !== 'undefined' ? globalThis : this;
  if (g.__hubBadges) return;
  g.__hubBadges = {};
  var set = wx.setTabBarBadge, remove = wx.removeTabBarBadge;
  wx.setTabBarBadge = function (o) { g.__hubBadges[o.index] = o.text; return set.call(wx, o); };
  wx.removeTabBarBadge = function (o) { delete g.__hubBadges[o.index]; return remove.call(wx, o); };
}`;
export const READ_BADGE = 'function (index) { var g = typeof globalThis !== "undefined" ? globalThis : this; var b = g.__hubBadges || {}; return b[index] === undefined ? null : b[index]; }';
/** wx.request failing as it does with no network (the journey build's transport is wx.request). */
export const OFFLINE_REQUEST = 'function (options) { var fail = { errMsg: "request:fail" }; if (options && options.fail) options.fail(fail); if (options && options.complete) options.complete(fail); }';

/** Taro renders deep trees through its recursive custom component; page.$$ does not enter custom components. */
const CUSTOM_WRAPPERS = ['comp', 'custom-wrapper'];

/**
 * A descendant selector (`.page .row`) resolved part by part, each part searched at its level and inside Taro's
 * custom-component wrappers, which automator's `$$` never enters from outside. Matches directly at a level come
 * before those inside its wrappers.
 */
export async function deepQuery(scope: AutomatorPage | AutomatorElement, selector: string): Promise<AutomatorElement[]> {
  const [first, ...rest] = selector.trim().split(/\s+/);
  const heads = await within(scope, first!);
  if (rest.length === 0) return heads;
  return (await Promise.all(heads.map((head) => deepQuery(head, rest.join(' '))))).flat();
}

async function within(scope: AutomatorPage | AutomatorElement, simple: string, depth = 0): Promise<AutomatorElement[]> {
  const direct = await scope.$$(simple);
  if (depth > 12) return direct;
  const wrappers = (await Promise.all(CUSTOM_WRAPPERS.map((w) => scope.$$(w)))).flat();
  return [...direct, ...(await Promise.all(wrappers.map((w) => within(w, simple, depth + 1)))).flat()];
}
