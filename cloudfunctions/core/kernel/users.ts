import type { ConsentScope } from '../../../types/privacy';
import type { RoleGrant } from '../../../types/roles';
import { findByIds } from '../store/find-by-ids';
import { DuplicateKeyError, type Store, type TxOps, type Update } from '../store/port';

/**
 * A role as stored: with its unit's path in the org tree (street → … → the unit), so scope and audience checks on
 * the hot path need no read of the tree. Whoever grants a role writes its path.
 */
export interface StoredGrant extends RoleGrant {
  unitPath?: string[];
}

/** The latest counted calls of one rate class (kernel/rate-limit.ts); `seq` makes each change a compare-and-set. */
export interface RateWindow {
  seq: number;
  hits: number[];
}

/**
 * Where the person's household stands, mirrored from their claim (household/) in the same transaction that changes
 * it, so that runAction checks a rule's residence level on the record it has already read.
 */
export interface HouseholdMark {
  id: string;
  /** The building's path in the org tree. */
  path: string[];
  verified: boolean;
  owner: boolean;
}

export interface UserDoc {
  /** The WeChat OPENID (the dev login's openid locally). */
  _id: string;
  name: string;
  phone?: string;
  roles: StoredGrant[];
  communityId?: string;
  /** The building of their last QR code: where requests are routed. Verified residence is `household`. */
  buildingId?: string;
  /** The path of where they live (their building, else their community), written with it. */
  homePath?: string[];
  household?: HouseholdMark;
  /** Consents given, by scope, with the version of the text agreed to (types/privacy.ts). */
  consents?: Partial<Record<ConsentScope, { version: string; at: number }>>;
  rate?: Record<string, RateWindow>;
  /** Set when the person asked to delete their account; until the erasure finishes, it resumes from here. */
  erasure?: { requestedAt: number; alias: string };
  createdAt: number;
  updatedAt: number;
}

export async function findUser(store: Store, openid: string): Promise<UserDoc | null> {
  return store.get('users', openid);
}

/** Creates a user's record unless one exists (a concurrent first call creating it too is fine). */
export async function insertUserIfAbsent(store: Store, doc: UserDoc): Promise<void> {
  try {
    await store.insert('users', doc);
  } catch (err) {
    if (!(err instanceof DuplicateKeyError)) throw err;
  }
}

export async function updateUser(store: Store | TxOps, openid: string, update: Update<UserDoc>): Promise<boolean> {
  return store.update('users', openid, update);
}

/**
 * Replaces one rate window if it is still at `seq` (0: never written), in one conditional update of the user's own
 * record; false when another call of theirs changed it first (or the record is gone).
 */
export async function compareAndSetRate(store: Store, openid: string, key: string, seq: number, next: RateWindow): Promise<boolean> {
  return (await store.updateWhere('users', { _id: openid, [`rate.${key}.seq`]: seq === 0 ? null : seq }, { set: { [`rate.${key}`]: next } })) === 1;
}

/** Writes where the person's household stands, in the transaction that changes their claim (household/). */
export async function setHouseholdMark(tx: TxOps, openid: string, mark: HouseholdMark | null, now: number): Promise<boolean> {
  return tx.update('users', openid, mark ? { set: { household: mark, updatedAt: now } } : { unset: ['household'], set: { updatedAt: now } });
}

/** Adds a role grant to a user inside the caller's transaction (no-op when held); false when the user is unknown. */
export async function grantRole(tx: TxOps, openid: string, grant: StoredGrant, now: number): Promise<boolean> {
  const user = await tx.get('users', openid);
  if (!user) return false;
  if (!user.roles.some((g) => g.role === grant.role && g.unitId === grant.unitId)) await tx.update('users', openid, { set: { roles: [...user.roles, grant], updatedAt: now } });
  return true;
}

/** Removes a role grant on a unit inside the caller's transaction (no-op when not held); false when the user is unknown. */
export async function revokeRole(tx: TxOps, openid: string, role: StoredGrant['role'], unitId: string, now: number): Promise<boolean> {
  const user = await tx.get('users', openid);
  if (!user) return false;
  const kept = user.roles.filter((g) => !(g.role === role && g.unitId === unitId));
  if (kept.length !== user.roles.length) await tx.update('users', openid, { set: { roles: kept, updatedAt: now } });
  return true;
}

/** Several users by OPENID; unknown ones are left out. */
export async function usersByIds(store: Store, openids: readonly string[]): Promise<Map<string, UserDoc>> {
  return findByIds(store, 'users', openids);
}

declare module '../store/collections' {
  interface CollectionDocs {
    users: UserDoc;
  }
}
