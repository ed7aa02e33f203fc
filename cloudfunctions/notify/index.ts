// CloudBase entry of the `notify` function: everything else lives in the core. Its timer trigger (generated into
// config.json from the authorization table) runs `dispatch` every minute; the template configuration is bundled
// from config/notify-templates.json and NOTIFY_TEMPLATES (the same JSON, in the function's environment) overrides it.
import cloud from 'wx-server-sdk';
import notifyTemplates from '../../config/notify-templates.json';
import { createCloudMain } from '../core/cloudbase/cloud-main';
import { notifyFunction } from '../core/notify/notify.function';

export const main = createCloudMain(notifyFunction, cloud, { notifyTemplates });
