// CloudBase entry of the `notify` function: everything else lives in the core. Its timer trigger (config.json)
// runs `dispatch` every minute; the template configuration is bundled from config/notify-templates.json and
// NOTIFY_TEMPLATES (the same JSON, in the function's environment) overrides it.
import cloud from 'wx-server-sdk';
import notifyTemplates from '../../config/notify-templates.json';
import { notifyFunction } from '../core/notify/notify.function';
import { createCloudMain, type CloudSdk } from '../core/runtime/cloud-main';
import type { FunctionDef } from '../core/runtime/function-def';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
export const main = createCloudMain(notifyFunction as unknown as FunctionDef, cloud as unknown as CloudSdk, { notifyTemplates });
