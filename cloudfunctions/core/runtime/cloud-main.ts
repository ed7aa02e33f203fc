import type { FunctionResult } from '../../../types/errors';
import { parseNotifyConfig } from '../notify/notify-config';
import { CloudSubscribeSender, type CloudOpenApi } from '../notify/senders/cloud-subscribe-sender';
import { systemClock } from '../shared/clock';
import { CloudBaseStore } from '../store/cloudbase/cloudbase-store';
import { parseAppConfig, type AppConfig } from './config';
import type { FunctionDef } from './function-def';
import { runAction, runTimer, type ActionEvent } from './run-action';

/** The part of wx-server-sdk an entry needs; passed in so that the core never imports the SDK. */
export interface CloudSdk extends CloudOpenApi {
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
export function createCloudMain(fn: FunctionDef, cloud: CloudSdk, options: CloudMainOptions = {}): (event: ActionEvent | TimerEvent) => Promise<FunctionResult<unknown>> {
  let store: CloudBaseStore | null = null;
  let config: AppConfig | null = null;
  const subscribeSender = new CloudSubscribeSender(cloud);
  return async (event) => {
    store ??= new CloudBaseStore(cloud.database());
    config ??= parseAppConfig({
      secret: process.env.HUB_SECRET,
      notify: parseNotifyConfig(process.env.NOTIFY_TEMPLATES ?? options.notifyTemplates, process.env.NOTIFY_TEMPLATES ? 'NOTIFY_TEMPLATES' : 'config/notify-templates.json'),
    });
    const deps = { store, clock: systemClock, config, subscribeSender };
    const { OPENID } = cloud.getWXContext();
    if (!OPENID && isTimerEvent(event)) return runTimer(fn, event.TriggerName, deps);
    return runAction(fn, (event ?? {}) as ActionEvent, OPENID, deps);
  };
}
