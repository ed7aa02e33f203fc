import { createHash } from 'node:crypto';
import type { Channel, NotificationKind } from '../../../types/notify';
import { DuplicateKeyError, type Store, type TxOps } from '../store/port';

/**
 * The transactional outbox. A domain change that must tell someone calls `enqueue` (or `scheduleReminder`)
 * with the transaction it writes its change in, so the message exists exactly when the change does.
 * Nothing is sent here: the dispatcher claims due messages and sends them. A message to everyone listed on a
 * document at send time (`enqueueFanout`, `scheduleFanout`) is one write whatever the list's length: the dispatcher
 * expands it into one message per person when it is due, so an activity's reminders and change notices cost the
 * same for 5 people or 500, and follow the seats as they are then.
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

/** Everyone listed, when the message is due, in array fields (dotted paths) of one document. */
export interface Listed {
  collection: string;
  id: string;
  fields: string[];
}
export type FanoutInput = Omit<NotificationInput, 'recipient'> & { listed: Listed };
/** The recipient of a fan-out message, which names a list rather than a person (the colon keeps it apart from OPENIDs). */
export const LISTED = 'list:';

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
  /** Fan-out messages only: whom the message goes to. */
  listed?: Listed;
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

const PERSONAL = ['inbox', 'subscribe'] as const;

/**
 * Writes one message per channel (the in-app inbox always, a subscribe message too; whether the recipient has a
 * credit for it is decided at send time), insert-only: the ids are deterministic, so an event already written
 * throws DuplicateKeyError and loses the transaction it was in. That is the answer, not a failure: the change was
 * made and told before (a retried request, or a sweeper that finished it first), and nobody is told twice.
 */
export async function enqueue(tx: TxOps, now: number, n: NotificationInput): Promise<void> {
  for (const channel of PERSONAL) await tx.create(OUTBOX, doc(n, channel, now));
}

/** The same messages written outside a transaction, where a repeat is simply skipped (the fan-out's expansion). */
export async function enqueueNow(store: Store, now: number, n: NotificationInput): Promise<number> {
  let written = 0;
  for (const channel of PERSONAL) {
    try {
      await store.insert(OUTBOX, doc(n, channel, now));
      written++;
    } catch (err) {
      if (!(err instanceof DuplicateKeyError)) throw err;
    }
  }
  return written;
}

function fanoutDoc(n: FanoutInput, now: number): OutboxDoc {
  return { ...doc({ ...n, recipient: LISTED }, 'fanout', now), listed: n.listed };
}

/** One message for everyone listed when it is due; insert-only like enqueue. */
export async function enqueueFanout(tx: TxOps, now: number, n: FanoutInput): Promise<void> {
  await tx.create(OUTBOX, fanoutDoc(n, now));
}

/** Schedules (or moves) a fan-out reminder, as scheduleReminder does for one person. */
export async function scheduleFanout(tx: TxOps, now: number, n: FanoutInput & { dueAt: number }): Promise<void> {
  await schedule(tx, fanoutDoc(n, now));
}

/** Cancels a pending fan-out reminder. */
export async function cancelFanout(tx: TxOps, event: string): Promise<void> {
  await cancel(tx, outboxId(event, LISTED, 'fanout'));
}

/**
 * Schedules (or moves) a reminder. The event key names the reminder itself (e.g. `signup:S1:remind:1h`), so a
 * changed time moves the pending message instead of adding another, and `cancelReminder` can find it by id
 * inside the same transaction as the change that cancels it.
 */
export async function scheduleReminder(tx: TxOps, now: number, n: NotificationInput & { dueAt: number }): Promise<void> {
  for (const channel of PERSONAL) await schedule(tx, doc(n, channel, now));
}

/** Writes a scheduled message, or moves the one pending (or cancelled) under its id; one already sent stays sent. */
async function schedule(tx: TxOps, message: OutboxDoc): Promise<void> {
  const existing = await tx.get(OUTBOX, message._id);
  if (!existing) return tx.insert(OUTBOX, message);
  if (existing.status !== 'pending' && existing.status !== 'cancelled') return;
  const { title, body, link, fields, dueAt } = message;
  await tx.update(OUTBOX, message._id, { set: { status: 'pending', dueAt, title, body, link, fields, attempts: 0, lastError: null } });
}

/** Cancels a pending reminder; one already sent stays sent. */
export async function cancelReminder(tx: TxOps, event: string, recipient: string): Promise<void> {
  for (const channel of PERSONAL) await cancel(tx, outboxId(event, recipient, channel));
}

async function cancel(tx: TxOps, id: string): Promise<void> {
  const existing = await tx.get(OUTBOX, id);
  if (existing?.status === 'pending') await tx.update(OUTBOX, id, { set: { status: 'cancelled' } });
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
