import type { RoleGrant } from '../../../types/roles';
import { findByIds } from '../store/find-by-ids';
import { DuplicateKeyError, type Store, type TxOps, type Update } from '../store/port';

export interface UserDoc {
  /** The WeChat OPENID (the dev login's openid locally). */
  _id: string;
  name: string;
  phone?: string;
  roles: RoleGrant[];
  communityId?: string;
  buildingId?: string;
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
export async function grantRole(tx: TxOps, openid: string, grant: RoleGrant, now: number): Promise<boolean> {
  const user = await tx.get('users', openid);
  if (!user) return false;
  if (!user.roles.some((g) => g.role === grant.role && g.unitId === grant.unitId)) await tx.update('users', openid, { set: { roles: [...user.roles, grant], updatedAt: now } });
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
