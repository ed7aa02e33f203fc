import { createHash } from 'node:crypto';
import { ROLE_LABELS, type Role } from '../../../types/role-names';
import type { Caller } from '../kernel/context';

/**
 * The acting account as the audit trail keeps it: the OPENID, and the roles and units it held at that moment (a
 * grant revoked later, or a name changed later, does not rewrite history). The display name rides along only as a
 * label for the person's own export; nobody reads identity from it.
 */
export interface AuditActor {
  actor: string;
  actorRoles: Array<{ role: Role; unitId: string | null; unitPath: string[] | null }>;
  actorName: string;
}

export function auditActor(caller: Caller): AuditActor {
  const grants = (caller.user?.roles ?? []).filter((g) => g.role !== 'resident');
  const roles = grants.length > 0 ? grants : [{ role: 'resident' as const, unitId: caller.user?.communityId, unitPath: undefined }];
  return {
    actor: caller.openid,
    actorRoles: roles.map((g) => ({ role: g.role, unitId: g.unitId ?? null, unitPath: g.unitPath ?? null })),
    actorName: caller.user?.name ?? '',
  };
}

/** A short, fixed reference of an account for people to tell two actors apart; not reversible to the OPENID. */
export const accountRef = (openid: string) => createHash('sha256').update(`account\u0000${openid}`).digest('hex').slice(0, 8);

/** Which grant names the actor when several reach the unit: the one that carries authority over it. */
const PRECEDENCE: readonly Role[] = ['street_admin', 'community_admin', 'branch_officer', 'grid_worker', 'building_head', 'lawyer', 'party_member', 'resident'];
const rank = (role: Role) => PRECEDENCE.indexOf(role);

/**
 * The role under which an entry about `unitPath` was made: of the grants on that unit or above it, the one with the
 * most authority (a secretary reads the register as 支部书记, not as a member), else the first one held. Read as
 * 社区管理员（西园社区）.
 */
export function actorRoleLabel(roles: AuditActor['actorRoles'], unitPath: readonly string[], unitName: (id: string) => string | undefined): string {
  const reaching = roles.filter((r) => r.unitId !== null && unitPath.includes(r.unitId)).sort((a, b) => rank(a.role) - rank(b.role));
  const chosen = reaching[0] ?? roles[0];
  if (!chosen) return '角色未记录';
  const where = chosen.unitId ? unitName(chosen.unitId) : undefined;
  return where ? `${ROLE_LABELS[chosen.role]}（${where}）` : ROLE_LABELS[chosen.role];
}
