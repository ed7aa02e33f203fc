import type { Role } from '../../../types/roles';
import type { Caller } from '../kernel/context';
import { DomainError, forbidden } from '../kernel/domain-error';
import { communitiesUnder, getUnit, unitsByIds, type UnitDoc } from '../org/org.repository';
import type { Store } from '../store/port';

/**
 * Scope: may this caller act on this unit, or on this record of a unit? The authorization table (policy.ts) has
 * already admitted the caller's roles; here every feature asks the same question along the one org tree. A role is
 * granted on a unit and reaches its whole subtree, so a record is in scope when one of the caller's grants of the
 * right roles is on the record's unit or any unit above it (its `path` holds its ancestors, itself included).
 */
export const ADMIN_ROLES = ['community_admin', 'street_admin'] as const satisfies readonly Role[];
export const OFFICER_ROLES = ['branch_officer'] as const satisfies readonly Role[];

type Roles = Role | readonly Role[];
const asList = (roles: Roles): readonly Role[] => (typeof roles === 'string' ? [roles] : roles);
/** Anything placed in the org tree: a unit, or a record carrying its unit's path. */
export interface Placed {
  readonly path: readonly string[];
}

/** Units on which the caller holds any of `roles`, by id. */
export function grantUnitIds(caller: Caller, roles: Roles): string[] {
  const wanted = asList(roles);
  return [...new Set((caller.user?.roles ?? []).filter((g) => g.unitId && wanted.includes(g.role)).map((g) => g.unitId!))];
}

export async function grantUnits(store: Store, caller: Caller, roles: Roles): Promise<UnitDoc[]> {
  return [...(await unitsByIds(store, grantUnitIds(caller, roles))).values()];
}

/** True when the caller holds one of `roles` on the target's unit or on a unit above it. */
export function mayActOn(caller: Caller, roles: Roles, target: Placed): boolean {
  const wanted = asList(roles);
  return (caller.user?.roles ?? []).some((g) => g.unitId !== undefined && wanted.includes(g.role) && target.path.includes(g.unitId));
}

export function requireActOn(caller: Caller, roles: Roles, target: Placed, refusal: string): void {
  if (!mayActOn(caller, roles, target)) throw forbidden(refusal);
}

export const officerRefusal = (what = '该支部') => `您不是${what}的支部委员，不能进行此操作`;

/**
 * The units to query from for everything the caller may see with `roles`: their grant units, less any below another
 * of them (so one query per root covers everything exactly once); or just `within`, when a root is at or above it.
 */
export async function scopeRoots(store: Store, caller: Caller, roles: Roles, within?: string, refusal = '您无权查看该单位的数据'): Promise<UnitDoc[]> {
  const units = await grantUnits(store, caller, roles);
  const roots = units.filter((u) => !units.some((o) => o.id !== u.id && u.path.includes(o.id)));
  if (!within) return roots;
  const target = await getUnit(store, within);
  if (!target || !roots.some((r) => target.path.includes(r.id))) throw forbidden(refusal);
  return [target];
}

/** Every community the caller administers (a street admin's grant covers every community of the street), by name. */
export async function administeredCommunities(store: Store, caller: Caller): Promise<UnitDoc[]> {
  const found = new Map<string, UnitDoc>();
  for (const root of grantUnitIds(caller, ADMIN_ROLES)) {
    for (const unit of await communitiesUnder(store, root)) found.set(unit.id, unit);
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/** The community the caller asks to administer, if they may (demo-admin of 西园 is refused 东桥). */
export async function requireAdministered(store: Store, caller: Caller, communityId: string, refusal = '您只能管理本人所辖社区的事务'): Promise<UnitDoc> {
  const community = await getUnit(store, communityId);
  if (community?.kind !== 'community') throw new DomainError('NOT_FOUND', '没有找到该社区');
  requireActOn(caller, ADMIN_ROLES, community, refusal);
  return community;
}

/** Where the caller stands in the org tree: the paths of their party grants' units, and of their home. */
export interface Reach {
  partyPaths: ReadonlyArray<readonly string[]>;
  homePath: readonly string[] | null;
}

/**
 * The caller's reach, from the paths their record keeps (no read on the hot path); a record written without them
 * (by hand, or before a role's path was kept) is completed from the org tree.
 */
export async function reachOf(store: Store, caller: Caller): Promise<Reach> {
  const user = caller.user;
  const grants = (user?.roles ?? []).filter((g) => g.role === 'party_member' && g.unitId);
  const homeId = user?.buildingId ?? user?.communityId;
  const kept = grants.every((g) => g.unitPath) && (!homeId || user?.homePath);
  if (kept) return { partyPaths: grants.map((g) => g.unitPath!), homePath: homeId ? user!.homePath! : null };
  const [partyUnits, home] = await Promise.all([grantUnits(store, caller, 'party_member'), homeId ? getUnit(store, homeId) : null]);
  return { partyPaths: partyUnits.map((u) => u.path), homePath: home?.path ?? null };
}

/** Every unit whose subtree holds the caller (through a party grant or their home). */
export function unitsAbove(reach: Reach): string[] {
  return [...new Set([...reach.partyPaths.flat(), ...(reach.homePath ?? [])])];
}

/** Co-governance officers of a community: its residents' committee (admins, the street's too) and its Party branch. */
export const GOV_OFFICER_ROLES = ['community_admin', 'street_admin', 'branch_officer'] as const satisfies readonly Role[];

/**
 * The community whose co-governance lists the caller reads: the one named, when they are its officer or live in it;
 * else their own. `officer` says whether they see it as its officer (held items, contacts in full, management).
 */
export async function civicCommunity(store: Store, caller: Caller, communityId?: string): Promise<{ community: UnitDoc; officer: boolean }> {
  const id = communityId ?? caller.user?.communityId ?? grantUnitIds(caller, GOV_OFFICER_ROLES)[0];
  if (!id) throw forbidden('请先扫描楼栋二维码或选择所在社区');
  const community = await getUnit(store, id);
  if (community?.kind !== 'community') throw new DomainError('NOT_FOUND', '没有找到该社区');
  const officer = mayActOn(caller, GOV_OFFICER_ROLES, community);
  if (!officer && caller.user?.communityId !== community.id) throw forbidden('您只能查看本人所在社区的清单和议题');
  return { community, officer };
}

/** The community the caller acts on as a co-governance officer (东桥's secretary is refused 西园). */
export async function requireCivicOfficer(store: Store, caller: Caller, communityId: string): Promise<UnitDoc> {
  const community = await getUnit(store, communityId);
  if (community?.kind !== 'community') throw new DomainError('NOT_FOUND', '没有找到该社区');
  requireActOn(caller, GOV_OFFICER_ROLES, community, '您不是该社区的居委会或党组织工作人员，不能进行此操作');
  return community;
}

/**
 * Who may see and log a household's visits (进百家门): a party member it is assigned to (党员联系户), the grid worker of
 * its grid, and the community's officers. Nobody else, whatever their role elsewhere.
 */
export function mayVisit(caller: Caller, household: Placed & { assignees: readonly string[] }): boolean {
  return household.assignees.includes(caller.openid) || mayActOn(caller, ['grid_worker', ...GOV_OFFICER_ROLES], household);
}

/** Who may read a visit's sensitive note: the visitor who wrote it and the community's officers. */
export function mayReadVisitNote(caller: Caller, visit: Placed & { visitor: string }): boolean {
  return visit.visitor === caller.openid || mayActOn(caller, GOV_OFFICER_ROLES, visit);
}
