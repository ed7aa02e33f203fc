import * as z from 'zod';
import { NOTIFICATION_KINDS, type NotificationKind } from '../../../types/notify';

/**
 * Which WeChat subscribe-message template carries each kind of notification, and how the message fills it.
 * Parsed with zod when an instance starts (a bad value stops it with a clear message). The repo's default is
 * config/notify-templates.json; `NOTIFY_TEMPLATES` (the same JSON) overrides it. See README "Notifications".
 *
 *   { "miniprogramState": "formal",
 *     "templates": { "booking_confirmed": { "templateId": "…", "data": { "thing1": "{title}", "time2": "{time}" } } } }
 *
 * A data key is a template keyword as WeChat names it (its type prefix + number: thing1, time2, phrase3, …); its
 * value is text with `{placeholders}`: `{title}`, `{body}`, or a key of the message's `fields`.
 */

/** WeChat's keyword types; the prefix of a keyword decides its length and format rules (see template-data.ts). */
export const KEYWORD_TYPES = ['thing', 'number', 'letter', 'symbol', 'character_string', 'time', 'date', 'amount', 'phone_number', 'car_number', 'name', 'phrase'] as const;
export type KeywordType = (typeof KEYWORD_TYPES)[number];
export const KEYWORD = new RegExp(`^(${KEYWORD_TYPES.join('|')})(\\d{1,2})$`);
export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]{0,31})\}/g;

export const MINIPROGRAM_STATES = ['developer', 'trial', 'formal'] as const;

const TemplateSchema = z
  .object({
    templateId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'templateId must be 8-64 letters, digits, _ or -'),
    /**
     * 长期订阅: one acceptance lets the app send this template again and again (WeChat offers it to government and
     * other offline public-service categories only). Absent or false: 一次性订阅, one send per acceptance.
     */
    longTerm: z.boolean().optional(),
    data: z
      .record(z.string(), z.string().trim().min(1).max(200))
      .refine((d) => Object.keys(d).length > 0 && Object.keys(d).length <= 20, 'a template has 1 to 20 keywords')
      .superRefine((d, ctx) => {
        for (const key of Object.keys(d)) {
          if (!KEYWORD.test(key)) ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" is not a WeChat keyword such as thing1, time2, phrase3` });
        }
      }),
  })
  .strict();
export type TemplateConfig = z.infer<typeof TemplateSchema>;

export const NotifyConfigSchema = z
  .object({
    /** Which version of the mini-program a tap on the message opens. */
    miniprogramState: z.enum(MINIPROGRAM_STATES).default('formal'),
    templates: z.partialRecord(z.enum(NOTIFICATION_KINDS), TemplateSchema).default({}),
  })
  .strict();
export type NotifyConfig = z.infer<typeof NotifyConfigSchema>;

/** No templates: every subscribe message is skipped and the inbox alone carries notifications. */
export const NO_TEMPLATES: NotifyConfig = { miniprogramState: 'formal', templates: {} };

/** Parses the configuration from JSON text or an object; throws an Error naming every problem. */
export function parseNotifyConfig(raw: unknown, source = 'NOTIFY_TEMPLATES'): NotifyConfig {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch (err) {
      throw new Error(`invalid ${source}: not JSON (${err instanceof Error ? err.message : String(err)})`);
    }
  }
  const parsed = NotifyConfigSchema.safeParse(value ?? {});
  if (!parsed.success) {
    throw new Error(`invalid ${source}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}


/** Kinds grouped by template: credits are kept per template, and several kinds may share one. */
export function templateIdsOf(config: NotifyConfig, kinds: readonly NotificationKind[]): string[] {
  return [...new Set(kinds.map((k) => config.templates[k]?.templateId).filter((id): id is string => id !== undefined))];
}
