import type { ConsentScope } from '../../../types/privacy';
import type { Role } from '../../../types/role-names';
import type { RoleGrant } from '../../../types/roles';
import { findByIds } from '../store/find-by-ids';
import { DuplicateKeyError, type Store, type TxOps, type Update } from '../store/port';

/**
 * A role as stored: with its unit's path in the org tree (street → … → the unit), so scope and audience checks on
 * the hot path need no read of the tree. Whoever grants a role writes its path. A grid worker's grant also says
 * whether they are on duty or a deputy (RoleGrant.duty).
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
  /**
   * Derived from `roles` whenever this module writes them, so that people can be found by what they hold:
   * `grid_worker@gd-x`, `grid_worker:on_duty@gd-x`, `community_admin@cm-y`… (see grantKey).
   */
  grantKeys?: string[];
  /** Derived too: every unit on the paths of the staff grants, so a unit's staff (its own and below) is one query. */
  staffIn?: string[];
  createdAt: number;
  updatedAt: number;
}

/** Roles appointed by invitation (or by setup) and held to account for requests; listed per unit. */
export const STAFF_ROLES = ['grid_worker', 'property_liaison', 'branch_officer', 'community_admin', 'street_admin'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];
export const isStaffRole = (role: Role): role is StaffRole => (STAFF_ROLES as readonly Role[]).includes(role);

/** The key a grant is found by: `<role>@<unit>`, and with a duty also `<role>:<duty>@<unit>`. */
export function grantKey(role: Role, unitId: string, duty?: RoleGrant['duty']): string {
  return duty ? `${role}:${duty}@${unitId}` : `${role}@${unitId}`;
}

/** The derived fields of a user holding these grants. */
export function grantIndex(roles: readonly StoredGrant[]): { grantKeys: string[]; staffIn: string[] } {
  const keys = new Set<string>();
  const staffIn = new Set<string>();
  for (const g of roles) {
    if (!g.unitId) continue;
    keys.add(grantKey(g.role, g.unitId));
    if (g.duty) keys.add(grantKey(g.role, g.unitId, g.duty));
    if (isStaffRole(g.role)) for (const unit of g.unitPath ?? [g.unitId]) staffIn.add(unit);
  }
  return { grantKeys: [...keys], staffIn: [...staffIn] };
}

export async function findUser(store: Store, openid: string): Promise<UserDoc | null> {
  return store.get('users', openid);
}

/** Creates a user's record unless one exists (a concurrent first call creating it too is fine). */
export async function insertUserIfAbsent(store: Store, doc: UserDoc): Promise<void> {
  try {
    await store.insert('users', { ...doc, ...grantIndex(doc.roles) });
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

const sameGrant = (a: RoleGrant, role: Role, unitId: string | undefined) => a.role === role && a.unitId === unitId;

/** Writes a user's grants and their derived fields (a roster's duties, say), inside the caller's transaction. */
export async function setRoles(tx: TxOps, openid: string, roles: StoredGrant[], now: number): Promise<void> {
  await tx.update('users', openid, { set: { roles, ...grantIndex(roles), updatedAt: now } });
}

/**
 * Adds a role grant to a user inside the caller's transaction; a grant of the same role on the same unit is
 * replaced (a deputy appointed on duty changes duty, not count). False when the user is unknown.
 */
export async function grantRole(tx: TxOps, openid: string, grant: StoredGrant, now: number): Promise<boolean> {
  const user = await tx.get('users', openid);
  if (!user) return false;
  const held = user.roles.find((g) => sameGrant(g, grant.role, grant.unitId));
  if (held && held.duty === grant.duty && held.unitPath) return true;
  await setRoles(tx, openid, [...user.roles.filter((g) => !sameGrant(g, grant.role, grant.unitId)), grant], now);
  return true;
}

/** Removes a role grant inside the caller's transaction; returns the grant removed, or null when it was not held. */
export async function revokeRole(tx: TxOps, openid: string, role: Role, unitId: string, now: number): Promise<StoredGrant | null> {
  const user = await tx.get('users', openid);
  const held = user?.roles.find((g) => sameGrant(g, role, unitId));
  if (!user || !held) return null;
  await setRoles(tx, openid, user.roles.filter((g) => g !== held), now);
  return held;
}

/** Everyone holding a grant by its key (grantKey): e.g. the worker on duty of a grid, the admins of a community. */
export async function usersHolding(store: Store, key: string): Promise<UserDoc[]> {
  return store.find('users', { grantKeys: { $has: key } }, { orderBy: [['_id', 'asc']] });
}

/** The staff of a unit and of every unit below it. */
export async function staffWithin(store: Store, unitId: string): Promise<UserDoc[]> {
  return store.find('users', { staffIn: { $has: unitId } }, { orderBy: [['_id', 'asc']] });
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
