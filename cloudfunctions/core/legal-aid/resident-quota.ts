import { createHash } from 'node:crypto';
import { MAX_ACTIVE_BOOKINGS, MAX_OPEN_QUESTIONS } from '../../../types/legal-aid-names';
import { leavePlace, newPool, readPool, takePlace, type PlaceRef, type Pool } from '../hot/places';
import { DuplicateKeyError, type Store } from '../store/port';

export const RESIDENTS = 'legal_residents';

/**
 * A resident's limits, kept so that they hold under concurrency too: their active bookings and open quick questions
 * are places in two pools on one document (hot/places.ts), each taken by one conditional update that records which
 * case holds it. Two requests at once cannot both take the last place; a case that never got written, or has ended,
 * is let go by the sweep, which reconciles the pools with the cases.
 */
export interface ResidentDoc {
  _id: string;
  openid: string;
  bookings: Pool;
  questions: Pool;
  touchedAt: number;
}

export type QuotaKind = 'bookings' | 'questions';
const LIMITS: Record<QuotaKind, number> = { bookings: MAX_ACTIVE_BOOKINGS, questions: MAX_OPEN_QUESTIONS };

export const residentKey = (openid: string) => `lr_${createHash('sha1').update(`resident\u0000${openid}`).digest('hex').slice(0, 16)}`;
export const quotaRef = (openid: string, kind: QuotaKind): PlaceRef => ({ collection: RESIDENTS, id: residentKey(openid), path: kind, touch: 'touchedAt' });

async function ensureResident(store: Store, openid: string, now: number): Promise<void> {
  try {
    await store.insert(RESIDENTS, { _id: residentKey(openid), openid, bookings: newPool(LIMITS.bookings, 0), questions: newPool(LIMITS.questions, 0), touchedAt: now });
  } catch (err) {
    if (!(err instanceof DuplicateKeyError)) throw err;
  }
}

/** Takes a place for a case: `taken`, `already` (this case holds one: a repeated request) or `full`. */
export async function takeQuota(store: Store, openid: string, kind: QuotaKind, caseId: string, now: number): Promise<'taken' | 'already' | 'full'> {
  const ref = quotaRef(openid, kind);
  if ((await takePlace(store, ref, caseId, now)).outcome === 'held') return 'taken';
  let pool = await readPool(store, ref);
  if (!pool) {
    await ensureResident(store, openid, now);
    if ((await takePlace(store, ref, caseId, now)).outcome === 'held') return 'taken';
    pool = await readPool(store, ref);
  }
  return pool?.holders.includes(caseId) ? 'already' : 'full';
}

/** Gives a case's place back; true when it held one. */
export async function leaveQuota(store: Store, openid: string, kind: QuotaKind, caseId: string, now: number): Promise<boolean> {
  return (await leavePlace(store, quotaRef(openid, kind), caseId, now)) === 'left-place';
}

export async function residentsTouchedSince(store: Store, since: number): Promise<ResidentDoc[]> {
  return store.find(RESIDENTS, { touchedAt: { $gte: since } }, { orderBy: [['touchedAt', 'asc']], limit: 200 });
}

declare module '../store/collections' {
  interface CollectionDocs {
    legal_residents: ResidentDoc;
  }
}
