import type { Role } from '../../../types/roles';
import type { OrgUnit } from '../../../types/org';
import type { Caller } from '../kernel/context';

/** Every role the caller holds; anyone with an identity is at least a resident. */
export function rolesOf(caller: Caller): Set<Role> {
  const roles = new Set<Role>(['resident']);
  for (const grant of caller.user?.roles ?? []) roles.add(grant.role);
  return roles;
}

export function hasAnyRole(caller: Caller, roles: readonly Role[]): boolean {
  const held = rolesOf(caller);
  return roles.some((r) => held.has(r));
}

/** True when the caller holds `role` on `unit` or on one of its ancestors (a grant reaches the subtree). */
export function holdsRoleOver(caller: Caller, role: Role, unit: Pick<OrgUnit, 'path'>): boolean {
  return (caller.user?.roles ?? []).some((g) => g.role === role && g.unitId !== undefined && unit.path.includes(g.unitId));
}
