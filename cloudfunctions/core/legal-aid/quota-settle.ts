import { holderKey, leavePlace, readPool } from '../hot/places';
import type { Store } from '../store/port';
import { bookingsByIds, type BookingDoc } from './booking.repository';
import { questionsByIds, type QuestionDoc } from './question.repository';
import { quotaRef, type QuotaKind } from './resident-quota';

/**
 * Whether a case still holds a place among the resident's limits: a booking pending, or confirmed and not yet over
 * (a consultation whose time has passed no longer counts, whether or not its volunteer has recorded it yet); a
 * question open or claimed.
 */
export function stillCounts(kind: QuotaKind, record: BookingDoc | QuestionDoc | undefined, now: number): boolean {
  if (!record) return false;
  if (kind === 'questions') return record.status === 'open' || record.status === 'claimed';
  const b = record as BookingDoc;
  return b.status === 'pending' || (b.status === 'confirmed' && b.endAt > now);
}

/**
 * Lets go of the places whose case never got written (its writer died: once older than `graceMs`) or no longer
 * counts; the pool is the truth of who holds a place, the cases say who should. Returns how many were let go.
 */
export async function settleQuota(store: Store, openid: string, kind: QuotaKind, now: number, graceMs: number): Promise<number> {
  const ref = quotaRef(openid, kind);
  const pool = await readPool(store, ref);
  if (!pool || pool.holders.length === 0) return 0;
  const old = pool.holders.filter((h) => now - (pool.since[holderKey(h)] ?? 0) >= graceMs);
  if (old.length === 0) return 0;
  const records: Map<string, BookingDoc | QuestionDoc> = kind === 'bookings' ? await bookingsByIds(store, old) : await questionsByIds(store, old);
  let released = 0;
  for (const h of old) if (!stillCounts(kind, records.get(h), now) && (await leavePlace(store, ref, h, now)) === 'left-place') released++;
  return released;
}
