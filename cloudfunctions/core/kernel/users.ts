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

export interface UserDoc {
  /** The WeChat OPENID (the dev login's openid locally). */
  _id: string;
  name: string;
  phone?: string;
  roles: StoredGrant[];
  communityId?: string;
  buildingId?: string;
  /** The path of where they live (their building, else their community), written with it. */
  homePath?: string[];
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
