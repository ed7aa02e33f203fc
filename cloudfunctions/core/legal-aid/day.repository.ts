import type { ClaimRef } from '../hot/claims';
import { findByIds } from '../store/find-by-ids';
import { DuplicateKeyError, type Store } from '../store/port';
import type { DayLoad } from './slots';

export const DAYS = 'legal_days';

/**
 * A volunteer's Shanghai day: the hot document of their bookings. Every five-minute tick a consultation covers (with
 * its buffer) is a key held by that booking's id, taken all or none in one conditional update that also counts the
 * day's consultations against the daily limit; so two consultations of one volunteer never overlap and a slot never
 * has two active bookings, whatever the interleaving. Nothing holds it in a transaction.
 */
export interface DayDoc {
  /** `<volunteerId>_<yyyymmdd>`. */
  _id: string;
  volunteerId: string;
  date: string;
  /** tick key (t0930) → booking id. */
  ticks: Record<string, string>;
  /** booking id → when its ticks were claimed (or moved): a sweeper leaves young claims to the request making them. */
  claimedAt: Record<string, number>;
  /** Bookings holding ticks here. */
  active: number;
  /** Set by every change: the sweeper looks at the days touched lately. */
  touchedAt: number;
}

export const dayId = (volunteerId: string, date: string) => `${volunteerId}_${date.replaceAll('-', '')}`;
export const dayRef = (id: string): ClaimRef => ({ collection: DAYS, id, path: 'ticks' });

/** Creates the day if nobody has yet (a concurrent creator is fine). */
export async function ensureDay(store: Store, volunteerId: string, date: string, now: number): Promise<void> {
  try {
    await store.insert(DAYS, { _id: dayId(volunteerId, date), volunteerId, date, ticks: {}, claimedAt: {}, active: 0, touchedAt: now });
  } catch (err) {
    if (!(err instanceof DuplicateKeyError)) throw err;
  }
}

/** The loads of several days of several volunteers, in as few queries as the ids need. */
export async function loadsOf(store: Store, ids: readonly string[]): Promise<Map<string, DayLoad>> {
  return findByIds(store, DAYS, ids);
}

/** Days whose claims changed since `since`: the sweeper's work. */
export async function daysTouchedSince(store: Store, since: number): Promise<DayDoc[]> {
  return store.find(DAYS, { touchedAt: { $gte: since } }, { orderBy: [['touchedAt', 'asc']], limit: 200 });
}

declare module '../store/collections' {
  interface CollectionDocs {
    legal_days: DayDoc;
  }
}
