import type { RawFilter, RawStore, RawUpdate, Store } from '../store/port';

/**
 * Keyed claims on one document: each key is held by at most one claimant, and a claim of several keys takes all of
 * them or none, in one atomic conditional update. A lawyer's day holds a key per time tick a consultation covers (so
 * two consultations can never overlap, whatever their lengths); a quick question holds one key, `owner` (first claim
 * wins). Moving a claim from some keys to others of the same document is one update too, so a reschedule frees the
 * old keys only if it takes the new ones.
 *
 * The claims live in a map at `path` of the document (e.g. `ticks`): `{ <key>: <claimant> }`. Keys are letters,
 * digits and underscores (they are field names).
 */
export interface ClaimRef {
  collection: string;
  id: string;
  path: string;
}

const KEY = /^[A-Za-z0-9_]{1,64}$/;
function assertKeys(keys: readonly string[]): void {
  if (keys.length === 0) throw new Error('a claim needs at least one key');
  for (const key of keys) if (!KEY.test(key)) throw new Error(`invalid claim key: ${key}`);
}

const raw = (store: Store) => store as unknown as RawStore;

/**
 * Other fields of the same document changed in the same atomic update as the claim: a count of claimants kept beside
 * the keys (so that a condition such as `active < cap` can guard the claim), when each claim was made, a touch stamp
 * for a sweeper. They must not name a path of the claims map.
 */
export type AlsoUpdate = Pick<RawUpdate, 'set' | 'inc' | 'unset'>;

function withAlso(update: RawUpdate, also: AlsoUpdate | undefined): RawUpdate {
  if (!also) return update;
  const set = { ...update.set, ...also.set };
  const unset = [...(update.unset ?? []), ...(also.unset ?? [])];
  return { ...(Object.keys(set).length ? { set } : {}), ...(also.inc ? { inc: { ...also.inc } } : {}), ...(unset.length ? { unset } : {}) };
}

/** Takes every key for `claimant` if none is held (and `conditions` hold); true when taken. */
export async function claimKeys(store: Store, ref: ClaimRef, keys: readonly string[], claimant: string, conditions: RawFilter = {}, also?: AlsoUpdate): Promise<boolean> {
  assertKeys(keys);
  const filter: RawFilter = { _id: ref.id, ...conditions };
  const set: Record<string, string> = {};
  for (const key of keys) {
    filter[`${ref.path}.${key}`] = { $exists: false };
    set[`${ref.path}.${key}`] = claimant;
  }
  return (await raw(store).updateWhere(ref.collection, filter, withAlso({ set }, also))) === 1;
}

/** Frees the keys, but only those `claimant` holds all of; true when freed. */
export async function releaseKeys(store: Store, ref: ClaimRef, keys: readonly string[], claimant: string, conditions: RawFilter = {}, also?: AlsoUpdate): Promise<boolean> {
  assertKeys(keys);
  const filter: RawFilter = { _id: ref.id, ...conditions };
  for (const key of keys) filter[`${ref.path}.${key}`] = claimant;
  return (await raw(store).updateWhere(ref.collection, filter, withAlso({ unset: keys.map((key) => `${ref.path}.${key}`) }, also))) === 1;
}

/**
 * Moves `claimant`'s claim from `from` to `to` in one update: it happens only when `claimant` holds every old key
 * and no other claimant holds a new one (keys in both lists stay held).
 */
export async function moveClaim(store: Store, ref: ClaimRef, from: readonly string[], to: readonly string[], claimant: string, conditions: RawFilter = {}, also?: AlsoUpdate): Promise<boolean> {
  assertKeys(from);
  assertKeys(to);
  const filter: RawFilter = { _id: ref.id, ...conditions };
  const set: Record<string, string> = {};
  for (const key of from) filter[`${ref.path}.${key}`] = claimant;
  for (const key of to.filter((k) => !from.includes(k))) {
    filter[`${ref.path}.${key}`] = { $exists: false };
    set[`${ref.path}.${key}`] = claimant;
  }
  const unset = from.filter((k) => !to.includes(k)).map((key) => `${ref.path}.${key}`);
  return (await raw(store).updateWhere(ref.collection, filter, withAlso({ set, unset }, also))) === 1;
}
