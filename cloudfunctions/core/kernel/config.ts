import * as z from 'zod';
import { NO_TEMPLATES, NotifyConfigSchema } from '../platform/notify-config';

/**
 * Server-side settings every function may need, parsed with zod when an instance starts: a bad value stops it
 * with a clear message instead of failing later. CloudBase reads them from the function's environment
 * variables; the local host from its DATA_DIR and environment.
 */
export const AppConfigSchema = z.object({
  /** Key for HMAC-signed tokens (check-in codes); at least 32 characters. */
  secret: z.string().min(32, 'HUB_SECRET must be at least 32 characters'),
  /** Subscribe-message templates per notification kind (platform/notify-config.ts); none: the inbox alone notifies. */
  notify: NotifyConfigSchema.default(NO_TEMPLATES),
});
export type AppConfig = z.infer<typeof AppConfigSchema>;

export function parseAppConfig(raw: unknown): AppConfig {
  const parsed = AppConfigSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
