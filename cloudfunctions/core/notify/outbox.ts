import { createHash } from 'node:crypto';
import type { Channel, NotificationKind } from '../../../types/notify';
import type { Store, TxOps } from '../store/port';

/**
 * The transactional outbox. A domain change that must tell someone calls `enqueue` (or `scheduleReminder`)
 * with the transaction it writes its change in, so the message exists exactly when the change does.
 * Nothing is sent here: the dispatcher claims due messages and sends them.
 */
export interface NotificationInput {
  /** Stable key of the domain event, e.g. `signup:S1:promoted`; with recipient and channel it is the idempotency key. */
  event: string;
  /** OPENID of the person told. */
  recipient: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** Deep link inside the app, e.g. `/pkg-activity/detail/index?id=A1`. */
  link?: string;
  /**
   * Values for the subscribe-message template (mapped and trimmed to WeChat's limits by the sender). Templates in
   * config/notify-templates.json may use `{title}`, `{body}` and these keys: `time` (when it happens: epoch ms
   * as a string, shown in Shanghai time, or display text), `place`, `status` (a short Chinese word, e.g. 已确认).
   */
  fields?: Record<string, string>;
  /** When to send; default now. Reminders are scheduled in the future. */
  dueAt?: number;
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'skipped' | 'dead' | 'cancelled';

export interface OutboxDoc {
  _id: string;
  event: string;
  recipient: string;
  channel: Channel;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  fields: Record<string, string>;
  status: OutboxStatus;
  dueAt: number;
  attempts: number;
  /** The dispatcher's claim: only the holder may record the result until it lapses. */
  claimToken: string | null;
  claimedUntil: number;
  lastError: string | null;
  createdAt: number;
  sentAt: number | null;
  /** Set by the dispatcher when it gives the message up. */
  deadAt?: number | null;
  /** The recipient's community when the message died: scopes the dead-letter list to that community's admins. */
  communityId?: string | null;
}

export const OUTBOX = 'outbox';

/** Deterministic id: the same event, recipient and channel can only ever be one message. */
export function outboxId(event: string, recipient: string, channel: Channel): string {
  return `ob_${createHash('sha1').update(`${event}\u0000${recipient}\u0000${channel}`).digest('hex')}`;
}

function doc(n: NotificationInput, channel: Channel, now: number): OutboxDoc {
  return {
    _id: outboxId(n.event, n.recipient, channel),
    event: n.event,
    recipient: n.recipient,
    channel,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link ?? null,
    fields: n.fields ?? {},
    status: 'pending',
    dueAt: n.dueAt ?? now,
    attempts: 0,
    claimToken: null,
    claimedUntil: 0,
    lastError: null,
    createdAt: now,
    sentAt: null,
  };
}

/**
 * Writes one message per channel (the in-app inbox always, a subscribe message too; whether the recipient
 * has a credit for it is decided at send time). Repeating an event is a no-op, so a retried change never
 * notifies twice.
 */
export async function enqueue(tx: TxOps, now: number, n: NotificationInput): Promise<void> {
  for (const channel of ['inbox', 'subscribe'] as const) {
    const message = doc(n, channel, now);
    if (!(await tx.get(OUTBOX, message._id))) await tx.insert(OUTBOX, message);
  }
}

/**
 * Schedules (or moves) a reminder. The event key names the reminder itself (e.g. `signup:S1:remind:1h`), so a
 * changed time moves the pending message instead of adding another, and `cancelReminder` can find it by id
 * inside the same transaction as the change that cancels it.
 */
export async function scheduleReminder(tx: TxOps, now: number, n: NotificationInput & { dueAt: number }): Promise<void> {
  for (const channel of ['inbox', 'subscribe'] as const) {
    const message = doc(n, channel, now);
    const existing = await tx.get(OUTBOX, message._id);
    if (!existing) await tx.insert(OUTBOX, message);
    else if (existing.status === 'pending' || existing.status === 'cancelled') {
      await tx.update(OUTBOX, message._id, {
        set: { status: 'pending', dueAt: n.dueAt, title: n.title, body: n.body, link: n.link ?? null, fields: n.fields ?? {}, attempts: 0, lastError: null },
      });
    }
  }
}

/** Cancels a pending reminder; one already sent stays sent. */
export async function cancelReminder(tx: TxOps, event: string, recipient: string): Promise<void> {
  for (const channel of ['inbox', 'subscribe'] as const) {
    const id = outboxId(event, recipient, channel);
    const existing = await tx.get(OUTBOX, id);
    if (existing?.status === 'pending') await tx.update(OUTBOX, id, { set: { status: 'cancelled' } });
  }
}

/** Dead letters whose recipients belong to these communities, newest first. */
export async function deadLettersOf(store: Store, communityIds: readonly string[], limit: number): Promise<OutboxDoc[]> {
  return store.find(OUTBOX, { status: 'dead', communityId: { $in: communityIds } }, { orderBy: [['deadAt', 'desc']], limit });
}

/** Puts dead letters back in the queue, due now with a fresh attempt budget; ids outside these communities match nothing. */
export async function requeueDead(store: Store, ids: readonly string[], communityIds: readonly string[], now: number): Promise<number> {
  const filter = { _id: { $in: [...new Set(ids)] }, status: 'dead', communityId: { $in: communityIds } } as const;
  const set = { status: 'pending', dueAt: now, attempts: 0, lastError: null, claimToken: null, claimedUntil: 0, deadAt: null, communityId: null } as const;
  return store.updateWhere(OUTBOX, filter, { set });
}

declare module '../store/collections' {
  interface CollectionDocs {
    outbox: OutboxDoc;
  }
}
