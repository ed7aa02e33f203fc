import { RESIDENCE_REFUSALS, type ResidenceLevel } from '../../../types/residence';
import type { Role } from '../../../types/roles';
import type { Caller } from '../kernel/context';
import { forbidden } from '../kernel/domain-error';
import { holdsResidence } from '../kernel/residence';
import { ADMIN_ROLES, mayActOn } from './scope';

/**
 * Residence that depends on the record: the authorization table declares the level an action needs when its record
 * asks for residents (`residenceByRecord`), and the domain asks here whether the caller's verified household lies
 * inside the record's unit. A household the person only stated, or one elsewhere, does not count.
 */
export function residesWithin(caller: Caller, level: ResidenceLevel, unitId: string): boolean {
  return holdsResidence(caller.user, level) && (caller.user?.household?.path.includes(unitId) ?? false);
}

export function requireResidenceWithin(caller: Caller, level: ResidenceLevel, unitId: string, where: string): void {
  if (residesWithin(caller, level, unitId)) return;
  throw forbidden(holdsResidence(caller.user, level) ? `该活动仅面向${where}已核实住址的居民` : RESIDENCE_REFUSALS[level]);
}

/**
 * Who confirms a household: the grid worker of its grid, the 楼栋长 of its building, or an admin of its community
 * (or street): each grant reaches the building through the org tree. Ownership, which weighs in owners' votes, only
 * an admin, who sees the 不动产权证书 at the office. Nobody confirms their own.
 */
export const HOUSEHOLD_VERIFIER_ROLES = ['grid_worker', 'building_head', ...ADMIN_ROLES] as const satisfies readonly Role[];
export const OWNER_VERIFIER_ROLES = ADMIN_ROLES;

export function verifierRoles(kind: 'household' | 'owner'): readonly Role[] {
  return kind === 'owner' ? OWNER_VERIFIER_ROLES : HOUSEHOLD_VERIFIER_ROLES;
}

export function requireVerifier(caller: Caller, claim: { openid: string; buildingPath: readonly string[] }, kind: 'household' | 'owner'): void {
  if (claim.openid === caller.openid) throw forbidden('不能核实本人的住址');
  if (!mayActOn(caller, verifierRoles(kind), { path: claim.buildingPath })) {
    throw forbidden(kind === 'owner' ? '业主身份由所在社区的管理员核实' : '您只能核实本人负责的网格、楼栋或社区的住户');
  }
}
