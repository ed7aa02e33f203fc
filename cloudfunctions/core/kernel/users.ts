import type { RoleGrant } from '../../../types/roles';
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
  return store.get<UserDoc>('users', openid);
}
