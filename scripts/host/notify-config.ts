import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseNotifyConfig, type NotifyConfig } from '../../cloudfunctions/core/platform/notify-config';

/** The repo's template configuration, shared by the host, the notify function bundle and the weapp build. */
export const NOTIFY_TEMPLATES_FILE = resolve(__dirname, '../../config/notify-templates.json');

/** NOTIFY_TEMPLATES (JSON) when set, else config/notify-templates.json; a bad value stops the host with a clear message. */
export function loadNotifyConfig(env: Record<string, string | undefined> = process.env as Record<string, string | undefined>): NotifyConfig {
  if (env.NOTIFY_TEMPLATES) return parseNotifyConfig(env.NOTIFY_TEMPLATES, 'NOTIFY_TEMPLATES');
  return parseNotifyConfig(readFileSync(NOTIFY_TEMPLATES_FILE, 'utf8'), NOTIFY_TEMPLATES_FILE);
}
