import { createHash } from 'node:crypto';
import type { RawFilter, RawStore, RawUpdate, Store } from '../store/port';

/**
 * Places on a hot document: seats of an activity (and, with capacity 1 and no queue, anything else that many people
 * try to take at once). The whole critical section is one atomic conditional update of the hot document, which
 * records who holds each place and since when; nothing holds the document through a transaction. The record that
 * carries the change (a signup, a booking) is written after, under a deterministic id, with its outbox messages in a
 * short transaction on documents nobody else writes; if the function dies in between, the hot document still says
 * who holds what and `reconcilePlaces` tells a sweeper which records to complete or release.
 *
 * The pool lives at a path of the document (e.g. `seats`):
 *   free      places left            holders  who holds one, in the order they took it
 *   waitFree  waiting places left    waiting  the FIFO waiting list, `queued` long
 *   since     per holder (by key), when they took their place or their waiting place
 * Invariants: holders + free = capacity; queued = waiting's length; queued + waitFree = the waiting list's limit.
 */
export interface Pool {
  free: number;
  holders: string[];
  waitFree: number;
  queued: number;
  waiting: string[];
  since: Record<string, number>;
}

export function newPool(capacity: number, waitingLimit: number): Pool {
  return { free: capacity, holders: [], waitFree: waitingLimit, queued: 0, waiting: [], since: {} };
}

/** A holder's key in `since`: field names allow letters and digits only, an OPENID has more. */
export const holderKey = (who: string) => `h${createHash('sha1').update(who).digest('hex').slice(0, 20)}`;

/** When `who` took their current place or waiting place, or null. */
export const sinceOf = (pool: Pool, who: string): number | null => pool.since[holderKey(who)] ?? null;

/** The fields of a pool at `path` of a document. */
function fields(path: string) {
  return {
    free: `${path}.free`,
    holders: `${path}.holders`,
    waitFree: `${path}.waitFree`,
    queued: `${path}.queued`,
    waiting: `${path}.waiting`,
    since: (who: string) => `${path}.since.${holderKey(who)}`,
  };
}

/**
 * Stores reach the pool through raw filters on dotted paths; the typed port cannot name fields of a path chosen at
 * run time, so the module speaks to the same object through its raw signatures (every adapter implements both).
 */
const raw = (store: Store) => store as unknown as RawStore;

export interface PlaceRef {
  collection: string;
  id: string;
  /** Where the pool lives in the document, e.g. `seats`. */
  path: string;
  /** A field every change to the pool sets to its time, e.g. for a sweeper to find the documents touched lately. */
  touch?: string;
}

/** The `set` of an update, with the touch stamp when the pool has one. */
const stamped = (ref: PlaceRef, now: number, set: Record<string, unknown> = {}) => (ref.touch ? { ...set, [ref.touch]: now } : set);

export type TakeOutcome = { outcome: 'held'; since: number } | { outcome: 'waiting'; since: number } | { outcome: 'missed' };

/**
 * Takes a place for `who`, or else a place at the end of the waiting list: one conditional update when a place is
 * free, two when the queue is joined, each atomic. A place is taken only while nobody waits, so nobody jumps the
 * queue in the moment between someone leaving and the head being promoted. `conditions` must also hold (the
 * activity still open for signup, say). `missed` means neither update applied: the pool and its queue are full,
 * `who` already holds or waits, or a condition failed; the caller reads the document to say which. A caller that
 * joined the queue should call promoteHead: a place may have come free while they joined.
 */
export async function takePlace(store: Store, ref: PlaceRef, who: string, now: number, conditions: RawFilter = {}): Promise<TakeOutcome> {
  const f = fields(ref.path);
  const notYet: RawFilter = { _id: ref.id, ...conditions, [f.holders]: { $hasNot: who }, [f.waiting]: { $hasNot: who } };
  const seat: RawUpdate = { inc: { [f.free]: -1 }, push: { [f.holders]: [who] }, set: stamped(ref, now, { [f.since(who)]: now }) };
  if ((await raw(store).updateWhere(ref.collection, { ...notYet, [f.free]: { $gt: 0 }, [f.queued]: 0 }, seat)) === 1) return { outcome: 'held', since: now };
  const queue: RawUpdate = { inc: { [f.waitFree]: -1, [f.queued]: 1 }, push: { [f.waiting]: [who] }, set: stamped(ref, now, { [f.since(who)]: now }) };
  if ((await raw(store).updateWhere(ref.collection, { ...notYet, [f.waitFree]: { $gt: 0 } }, queue)) === 1) return { outcome: 'waiting', since: now };
  return { outcome: 'missed' };
}

export type LeaveOutcome = 'left-place' | 'left-queue' | 'none';

/** Gives up `who`'s place (when `conditions` hold) or waiting place: one conditional update each. */
export async function leavePlace(store: Store, ref: PlaceRef, who: string, now: number, conditions: { place?: RawFilter; queue?: RawFilter } = {}): Promise<LeaveOutcome> {
  const f = fields(ref.path);
  const place: RawUpdate = { inc: { [f.free]: 1 }, pull: { [f.holders]: who }, unset: [f.since(who)], set: stamped(ref, now) };
  if ((await raw(store).updateWhere(ref.collection, { _id: ref.id, ...conditions.place, [f.holders]: { $has: who } }, place)) === 1) return 'left-place';
  const queue: RawUpdate = { inc: { [f.waitFree]: 1, [f.queued]: -1 }, pull: { [f.waiting]: who }, unset: [f.since(who)], set: stamped(ref, now) };
  if ((await raw(store).updateWhere(ref.collection, { _id: ref.id, ...conditions.queue, [f.waiting]: { $has: who } }, queue)) === 1) return 'left-queue';
  return 'none';
}

/** Reads the pool at `path` of a document. */
export async function readPool(store: Store, ref: PlaceRef): Promise<Pool | null> {
  const doc = await raw(store).get<{ _id: string } & Record<string, unknown>>(ref.collection, ref.id);
  if (!doc) return null;
  return ref.path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc) as Pool;
}

/**
 * Moves the head of the waiting list into a free place, first in first out, if both exist and `conditions` hold.
 * Returns who was promoted (and since when), or null. A compare-and-set on the head: when another promoter or a
 * leaver moved it first, it reads again, a bounded number of times.
 */
export async function promoteHead(store: Store, ref: PlaceRef, now: number, conditions: RawFilter = {}, known?: Pool): Promise<{ who: string; since: number } | null> {
  const f = fields(ref.path);
  for (let attempt = 0; attempt < 20; attempt++) {
    // The caller may hand in the pool it just read, saving the first read.
    const pool = attempt === 0 && known ? known : await readPool(store, ref);
    const head = pool?.waiting[0];
    if (!pool || head === undefined || pool.free <= 0) return null;
    const filter: RawFilter = { _id: ref.id, ...conditions, [f.free]: { $gt: 0 }, [f.waiting]: { $has: head }, [f.holders]: { $hasNot: head } };
    const move: RawUpdate = { inc: { [f.free]: -1, [f.waitFree]: 1, [f.queued]: -1 }, pull: { [f.waiting]: head }, push: { [f.holders]: [head] }, set: stamped(ref, now, { [f.since(head)]: now }) };
    if ((await raw(store).updateWhere(ref.collection, filter, move)) === 1) return { who: head, since: now };
  }
  return null;
}

/** What a record says about one person, for reconciling records with the hot document. */
export interface RecordState {
  who: string;
  state: 'held' | 'waiting' | 'none';
  /** The `since` the record was written for (its place's or waiting place's), or null. */
  since: number | null;
}

export interface Reconciliation {
  /** Holds whose record is missing or stale: write it (and its messages) as the original taker would have. */
  complete: Array<{ who: string; state: 'held' | 'waiting'; since: number }>;
  /** Records that say held or waiting for someone the pool no longer lists: mark them released. */
  release: string[];
}

/**
 * The hot document is the truth; records follow it. Given the pool and the records of everyone it or they name, says
 * which records to complete and which to release, so a sweeper can finish what a dead function started.
 */
export function reconcilePlaces(pool: Pool, records: readonly RecordState[]): Reconciliation {
  const byWho = new Map(records.map((r) => [r.who, r]));
  const complete: Reconciliation['complete'] = [];
  const listed = new Set<string>();
  for (const [state, list] of [['held', pool.holders], ['waiting', pool.waiting]] as const) {
    for (const who of list) {
      listed.add(who);
      const since = sinceOf(pool, who) ?? 0;
      const record = byWho.get(who);
      if (!record || record.state !== state || record.since !== since) complete.push({ who, state, since });
    }
  }
  const release = records.filter((r) => r.state !== 'none' && !listed.has(r.who)).map((r) => r.who);
  return { complete, release };
}
