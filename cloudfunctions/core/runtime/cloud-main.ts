import type { FunctionResult } from '../../../types/errors';
import { systemClock } from '../shared/clock';
import { CloudBaseStore } from '../store/cloudbase/cloudbase-store';
import { parseAppConfig, type AppConfig } from './config';
import type { FunctionDef } from './function-def';
import { runAction, type ActionEvent } from './run-action';

/** The part of wx-server-sdk an entry needs; passed in so that the core never imports the SDK. */
export interface CloudSdk {
  getWXContext(): { OPENID?: string };
  database(): ConstructorParameters<typeof CloudBaseStore>[0];
}

/**
 * Builds `exports.main` for one function. The identity is WeChat's OPENID from the server context, never
 * from the request body. The store is created once per warm instance.
 */
export function createCloudMain(fn: FunctionDef, cloud: CloudSdk): (event: ActionEvent) => Promise<FunctionResult<unknown>> {
  let store: CloudBaseStore | null = null;
  let config: AppConfig | null = null;
  return async (event) => {
    store ??= new CloudBaseStore(cloud.database());
    config ??= parseAppConfig({ secret: process.env.HUB_SECRET });
    const { OPENID } = cloud.getWXContext();
    return runAction(fn, event ?? {}, OPENID, { store, clock: systemClock, config });
  };
}
