import type { Team } from '../../../types/request-names';
import { ADMIN_ROLES, mayActOn } from '../access/scope';
import type { Caller } from '../kernel/context';
import { grantKey, usersHolding, type UserDoc } from '../kernel/users';
import type { UnitDoc } from '../org/org.repository';
import type { Store } from '../store/port';

/** The roles that can hold a request: a grid worker, the property liaison team, the community, the street's desk. */
export type HolderRole = 'grid_worker' | 'property_liaison' | 'community_admin' | 'street_admin';

/**
 * Whose turn it is: a person (`openid`), or with `openid` null a team: everyone holding `role` on `unitId` (the
 * property liaisons of a community, its admins, the street's dispatch desk). A team's member becomes the person by
 * accepting.
 */
export interface Holder {
  role: HolderRole;
  unitId: string;
  openid: string | null;
  /** The person's name, or the team's (e.g. 西园社区物业党建联建). */
  name: string;
}

export const TEAM_ROLE: Record<Team, HolderRole> = { property: 'property_liaison' };

export const personHolder = (user: Pick<UserDoc, '_id' | 'name'>, role: HolderRole, unitId: string): Holder => ({ role, unitId, openid: user._id, name: user.name });
export const communityTeam = (community: Pick<UnitDoc, 'id' | 'name'>): Holder => ({ role: 'community_admin', unitId: community.id, openid: null, name: `${community.name}（社区统一分派）` });
export const propertyTeam = (community: Pick<UnitDoc, 'id' | 'name'>): Holder => ({ role: 'property_liaison', unitId: community.id, openid: null, name: `${community.name}物业党建联建` });
export const streetDesk = (street: Pick<UnitDoc, 'id' | 'name'>): Holder => ({ role: 'street_admin', unitId: street.id, openid: null, name: `${street.name}派单台` });

/** The first receiver of a grid's new requests: its worker on duty, else its deputy; null when it has neither. */
export async function gridReceiver(store: Store, gridId: string): Promise<Holder | null> {
  for (const duty of ['on_duty', 'deputy'] as const) {
    const [worker] = await usersHolding(store, grantKey('grid_worker', gridId, duty));
    if (worker) return personHolder(worker, 'grid_worker', gridId);
  }
  return null;
}

/**
 * Who is accountable for a new request (首接负责): a team the community's category rules name (when it has
 * members), else the grid's worker on duty, else its deputy, else the community itself.
 */
export async function accountableFor(store: Store, community: UnitDoc, gridId: string | null, source: string): Promise<Holder> {
  const rule = community.categoryRules?.find((r) => r.category === source);
  if (rule && (await usersHolding(store, grantKey(TEAM_ROLE[rule.team], community.id))).length > 0) return propertyTeam(community);
  return (gridId ? await gridReceiver(store, gridId) : null) ?? communityTeam(community);
}

/** Whether the caller is the holder, or a member of the holding team. */
export function holds(caller: Caller, holder: Holder): boolean {
  if (holder.openid) return holder.openid === caller.openid;
  return (caller.user?.roles ?? []).some((g) => g.role === holder.role && g.unitId === holder.unitId);
}

/** Admins above the request (its community's, the street's) may act on it too: they answer for it in the end. */
export function administers(caller: Caller, request: { unitPath: readonly string[] }): boolean {
  return mayActOn(caller, ADMIN_ROLES, { path: request.unitPath });
}

/** Who may act on a request: its holder (or a member of the holding team) and the admins above it. */
export function mayAct(caller: Caller, request: { holder: Holder; unitPath: readonly string[] }): boolean {
  return holds(caller, request.holder) || administers(caller, request);
}

/**
 * Who may read a request: its resident, whoever may act on it, the grid's workers, the branch secretaries above it
 * (oversight), and nobody else.
 */
export function mayRead(caller: Caller, request: { residentId: string; holder: Holder; unitPath: readonly string[] }): boolean {
  return request.residentId === caller.openid || mayAct(caller, request) || mayActOn(caller, ['grid_worker', 'branch_officer'], { path: request.unitPath });
}
