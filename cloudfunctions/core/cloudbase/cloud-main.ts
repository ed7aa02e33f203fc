import type { FunctionResult } from '../../../types/errors';
import { parseNotifyConfig } from '../platform/notify-config';
import type { Platform } from '../platform/platform';
import { systemClock } from '../kernel/clock';
import { CloudBaseStore } from '../store/cloudbase/cloudbase-store';
import { parseAppConfig, type AppConfig } from '../kernel/config';
import type { FunctionDef } from '../kernel/function-def';
import { runAction, runTimer, type ActionEvent } from '../kernel/run-action';
import { CLOUD_ADAPTERS, type AdaptersSdk } from './cloud-adapters';

/** The part of wx-server-sdk an entry needs; passed in so that the core never imports the SDK. */
export interface CloudSdk extends AdaptersSdk {
  init(options: { env: unknown }): void;
  readonly DYNAMIC_CURRENT_ENV: unknown;
  getWXContext(): { OPENID?: string };
  database(): ConstructorParameters<typeof CloudBaseStore>[0];
}

export interface CloudMainOptions {
  /** Subscribe-message templates bundled with the function (config/notify-templates.json); NOTIFY_TEMPLATES overrides. */
  notifyTemplates?: unknown;
}

/** What CloudBase passes when a timer trigger (config.json `triggers`) fires. */
export interface TimerEvent {
  Type: string;
  TriggerName: string;
  Time?: string;
  Message?: string;
}
function isTimerEvent(event: unknown): event is TimerEvent {
  const e = event as Partial<TimerEvent> | null;
  return typeof e?.Type === 'string' && e.Type.toLowerCase() === 'timer' && typeof e.TriggerName === 'string';
}

/**
 * Builds `exports.main` for one function. The identity is WeChat's OPENID from the server context, never
 * from the request body. The store and configuration are created once per warm instance. An event with no
 * OPENID that is a timer trigger's runs the trigger's action as the system (runTimer); a user's call always
 * carries an OPENID and so always goes through runAction's checks.
 */
export function createCloudMain(fn: FunctionDef, sdk: object, options: CloudMainOptions = {}): (event: ActionEvent | TimerEvent) => Promise<FunctionResult<unknown>> {
  // wx-server-sdk's own typings are loose (results typed `Promise<T> | void | string`, the env symbol refused by
  // init): this is the one place its module is narrowed to the calls we make; the adapters check results.
  const cloud = sdk as CloudSdk;
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
  let store: CloudBaseStore | null = null;
  let config: AppConfig | null = null;
  const platform = lazyPlatform(cloud, fn.name);
  return async (event) => {
    store ??= new CloudBaseStore(cloud.database());
    config ??= parseAppConfig({
      secret: process.env.HUB_SECRET,
      notify: parseNotifyConfig(process.env.NOTIFY_TEMPLATES ?? options.notifyTemplates, process.env.NOTIFY_TEMPLATES ? 'NOTIFY_TEMPLATES' : 'config/notify-templates.json'),
    });
    const deps = { store, clock: systemClock, config, platform };
    const { OPENID } = cloud.getWXContext();
    if (!OPENID && isTimerEvent(event)) return runTimer(fn, event.TriggerName, deps);
    return runAction(fn, (event ?? {}) as ActionEvent, OPENID, deps);
  };
}

/**
 * The platform ports, each made on first use from the adapters this bundle carries. A port the bundle lacks means the
 * bundler did not see this function's code read it (scripts/function-ports.ts): say so rather than fail later.
 */
function lazyPlatform(cloud: CloudSdk, functionName: string): Platform {
  const made = new Map<string, unknown>();
  const adapters: Readonly<Record<string, { create(sdk: CloudSdk): unknown }>> = CLOUD_ADAPTERS;
  return new Proxy({} as Platform, {
    get(_target, port) {
      if (typeof port !== 'string') return undefined;
      const adapter = Object.hasOwn(adapters, port) ? adapters[port] : undefined;
      if (!adapter) throw new Error(`the ${functionName} function's bundle has no CloudBase adapter for the platform port "${port}"`);
      if (!made.has(port)) made.set(port, adapter.create(cloud));
      return made.get(port);
    },
  });
}
