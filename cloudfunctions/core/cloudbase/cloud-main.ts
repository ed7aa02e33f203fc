import type { FunctionResult } from '../../../types/errors';
import { parseNotifyConfig } from '../platform/notify-config';
import { CloudContentCheck, type CloudSecurityApi } from '../platform/cloudbase-content-check';
import { CloudSubscribeSender, type CloudOpenApi } from '../platform/cloudbase-subscribe-sender';
import { CloudFiles, type CloudStorageApi } from '../platform/cloudbase-files';
import { CloudMediaCheck, type CloudMediaApi } from '../platform/cloudbase-media-check';
import { CloudMiniCode, type CloudWxacodeApi } from '../platform/cloudbase-mini-code';
import { systemClock } from '../kernel/clock';
import { CloudBaseStore } from '../store/cloudbase/cloudbase-store';
import { parseAppConfig, type AppConfig } from '../kernel/config';
import type { FunctionDef } from '../kernel/function-def';
import { runAction, runTimer, type ActionEvent } from '../kernel/run-action';

/** The part of wx-server-sdk an entry needs; passed in so that the core never imports the SDK. */
export interface CloudSdk extends CloudStorageApi {
  openapi: CloudOpenApi['openapi'] & CloudSecurityApi['openapi'] & CloudMediaApi['openapi'] & CloudWxacodeApi['openapi'];
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
  const files = new CloudFiles(cloud);
  const platform = {
    subscribe: new CloudSubscribeSender(cloud),
    contentCheck: new CloudContentCheck(cloud),
    files,
    mediaCheck: new CloudMediaCheck(cloud, files),
    miniCode: new CloudMiniCode(cloud),
  };
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
