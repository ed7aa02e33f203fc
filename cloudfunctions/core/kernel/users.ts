import type { RoleGrant } from '../../../types/roles';
import { findByIds } from '../store/find-by-ids';
import type { Store } from '../store/port';

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

/** Several users by OPENID; unknown ones are left out. */
export async function usersByIds(store: Store, openids: readonly string[]): Promise<Map<string, UserDoc>> {
  return findByIds(store, 'users', openids);
}

declare module '../store/collections' {
  interface CollectionDocs {
    users: UserDoc;
  }
}
