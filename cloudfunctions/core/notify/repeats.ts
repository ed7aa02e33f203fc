import { createHash } from 'node:crypto';
import { DuplicateKeyError, type Store } from '../store/port';
import type { OutboxDoc } from './outbox';

/**
 * The same words to the same person twice in a short while are one message too many: a member who signs up, cancels
 * and signs up again is told "报名成功" once, not each time (each signup is its own event, so the outbox alone would
 * send them all). The dispatcher asks here before delivering a personal message; a repeat is skipped (the inbox
 * already holds the same text). Per recipient, channel, kind, title and body, one document records the message that
 * last went out and when: taken over by one conditional update once the window has passed, so two dispatchers at
 * once never both send.
 */
export const REPEATS = 'notice_repeats';
export const REPEAT_WINDOW_MS = 10 * 60_000;

export interface RepeatDoc {
  _id: string;
  recipient: string;
  /** The outbox message that went out under this key last; its own retries are not repeats. */
  messageId: string;
  at: number;
}

export function repeatId(m: Pick<OutboxDoc, 'recipient' | 'channel' | 'kind' | 'title' | 'body'>): string {
  return `nr_${createHash('sha1').update([m.recipient, m.channel, m.kind, m.title, m.body].join('\u0000')).digest('hex')}`;
}

/** True when the same message went to the same person within the window (and this is not that message again). */
export async function isRepeat(store: Store, message: OutboxDoc, now: number): Promise<boolean> {
  const _id = repeatId(message);
  if ((await store.updateWhere(REPEATS, { _id, at: { $lte: now - REPEAT_WINDOW_MS } }, { set: { at: now, messageId: message._id } })) === 1) return false;
  let last = await store.get(REPEATS, _id);
  if (!last) {
    try {
      await store.insert(REPEATS, { _id, recipient: message.recipient, messageId: message._id, at: now });
      return false;
    } catch (err) {
      if (!(err instanceof DuplicateKeyError)) throw err;
      last = await store.get(REPEATS, _id);
    }
  }
  return last?.messageId !== message._id;
}

declare module '../store/collections' {
  interface CollectionDocs {
    notice_repeats: RepeatDoc;
  }
}
