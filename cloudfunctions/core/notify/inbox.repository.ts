import type { NotificationKind } from '../../../types/notify';
import { DuplicateKeyError, type Filter, type Store } from '../store/port';

/** The in-app inbox: one document per delivered message, its `_id` the outbox id, so a re-delivery is a no-op. */
export const INBOX = 'inbox';

export interface InboxDoc {
  _id: string;
  recipient: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  /** When it was delivered (epoch ms). */
  at: number;
  /** `at` zero-padded + id: a total order for newest-first paging that never repeats or skips a message. */
  key: string;
  readAt: number | null;
}

export const inboxKey = (at: number, id: string) => `${String(at).padStart(15, '0')}_${id}`;

export async function findInbox(store: Store, recipient: string, before: string | undefined, limit: number): Promise<InboxDoc[]> {
  const filter: Filter<InboxDoc> = before ? { recipient, key: { $lt: before } } : { recipient };
  return store.find(INBOX, filter, { orderBy: [['key', 'desc']], limit });
}

export async function countUnread(store: Store, recipient: string): Promise<number> {
  return store.count(INBOX, { recipient, readAt: null });
}

/** Stores a delivered message; delivering the same outbox message again leaves the one there. */
export async function deliverOnce(store: Store, doc: InboxDoc): Promise<void> {
  try {
    await store.insert(INBOX, doc);
  } catch (err) {
    if (!(err instanceof DuplicateKeyError)) throw err;
  }
}

/** One conditional update scoped to the recipient: ids of someone else's messages match nothing. */
export async function markInboxRead(store: Store, recipient: string, ids: readonly string[] | 'all', now: number): Promise<number> {
  const mine = { recipient, readAt: null };
  return store.updateWhere(INBOX, ids === 'all' ? mine : { ...mine, _id: { $in: [...new Set(ids)] } }, { set: { readAt: now } });
}

declare module '../store/collections' {
  interface CollectionDocs {
    inbox: InboxDoc;
  }
}
