import * as z from 'zod';
import { CHANNELS, NOTIFICATION_KINDS } from '../notify';
import type { FunctionContract } from '../contract';

/** Outbox ids are deterministic hashes of (event, recipient, channel); an inbox message keeps its outbox id. */
export const MessageIdSchema = z.string().regex(/^ob_[0-9a-f]{40}$/, '消息编号格式不正确');
export const NotificationKindSchema = z.enum(NOTIFICATION_KINDS);

export const InboxItemSchema = z.object({
  id: MessageIdSchema,
  kind: NotificationKindSchema,
  title: z.string(),
  body: z.string(),
  /** Page inside the app the message opens, e.g. `/pages/item/index?code=MS-01`. */
  link: z.string().nullable(),
  /** When it reached the inbox (epoch ms). */
  at: z.number().int(),
  read: z.boolean(),
});
export type InboxItem = z.infer<typeof InboxItemSchema>;

/** Opaque position in the inbox, handed back by the previous page. */
export const InboxCursorSchema = z.string().regex(/^\d{15}_ob_[0-9a-f]{40}$/, '分页参数不正确');

export const DispatchReportSchema = z.object({
  /** Messages this run claimed. */
  claimed: z.number().int(),
  sent: z.number().int(),
  /** Subscribe messages not sent: no credit for the template, no template configured, or the user refused. */
  skipped: z.number().int(),
  /** Failed for now; due again after a backoff. */
  retrying: z.number().int(),
  dead: z.number().int(),
});
export type DispatchReport = z.infer<typeof DispatchReportSchema>;

export const DeadLetterSchema = z.object({
  id: MessageIdSchema,
  kind: NotificationKindSchema,
  channel: z.enum(CHANNELS),
  title: z.string(),
  recipientName: z.string(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  /** When it was given up (epoch ms). */
  at: z.number().int(),
});
export type DeadLetter = z.infer<typeof DeadLetterSchema>;

const empty = z.object({}).strict();

export const notifyContract = {
  /** The caller's messages, newest first. */
  inbox: {
    input: z
      .object({
        cursor: InboxCursorSchema.optional(),
        limit: z.number().int().min(1, '每页至少1条').max(50, '每页最多50条').optional(),
      })
      .strict(),
    output: z.object({ items: z.array(InboxItemSchema), nextCursor: z.string().nullable() }),
  },
  unreadCount: { input: empty, output: z.object({ count: z.number().int() }) },
  /** Marks the given messages of the caller (or all of them) read; others' messages are never touched. */
  markRead: {
    input: z
      .object({
        ids: z.array(MessageIdSchema).min(1, '请选择要标记的消息').max(100, '一次最多标记100条').optional(),
        all: z.literal(true).optional(),
      })
      .strict()
      .refine((v) => (v.ids === undefined) !== (v.all === undefined), { message: '请选择要标记的消息，或选择全部已读' }),
    output: z.object({ updated: z.number().int(), unread: z.number().int() }),
  },
  /** The kinds whose templates the user just accepted in requestSubscribeMessage: one send credit per template. */
  grantSubscribe: {
    input: z
      .object({ kinds: z.array(NotificationKindSchema).min(1, '请选择订阅的消息类型').max(NOTIFICATION_KINDS.length, '消息类型过多') })
      .strict(),
    output: z.object({ credits: z.array(z.object({ kind: NotificationKindSchema, credits: z.number().int() })) }),
  },
  /**
   * The caller's staff notices (STAFF_NOTICE_KINDS of their roles) by template: whether it is long-term and how many
   * sends remain. Empty for someone with no staff role, or where no template is configured.
   */
  subscriptions: {
    input: empty,
    output: z.object({ items: z.array(z.object({ kinds: z.array(NotificationKindSchema), longTerm: z.boolean(), credits: z.number().int() })) }),
  },
  /** Sends due messages. A CloudBase timer runs it every minute (the local host every TIMER_SECONDS); admins may too. */
  dispatch: { input: empty, output: DispatchReportSchema },
  /** Messages given up after the retry limit, for the admin's communities. */
  deadLetters: {
    input: z.object({ limit: z.number().int().min(1, '每页至少1条').max(100, '每页最多100条').optional() }).strict(),
    output: z.object({ items: z.array(DeadLetterSchema) }),
  },
  /** Puts dead letters of the admin's communities back in the queue, due now. */
  retry: {
    input: z.object({ ids: z.array(MessageIdSchema).min(1, '请选择要重发的消息').max(100, '一次最多重发100条') }).strict(),
    output: z.object({ retried: z.number().int() }),
  },
} satisfies FunctionContract;
