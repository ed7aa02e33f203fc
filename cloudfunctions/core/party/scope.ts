import type { Role } from '../../../types/role-names';
import { holdsRoleOver } from '../access/grants';
import { unitsByIds, type UnitDoc } from '../org/org.repository';
import type { Caller } from '../kernel/context';
import { forbidden } from '../kernel/domain-error';
import type { Store } from '../store/port';

/** Units on which the caller holds `role` (each grant reaches that unit's subtree). */
export function grantUnitIds(caller: Caller, role: Role): string[] {
  const ids = (caller.user?.roles ?? []).filter((g) => g.role === role && g.unitId).map((g) => g.unitId!);
  return [...new Set(ids)];
}

export async function grantUnits(store: Store, caller: Caller, role: Role): Promise<UnitDoc[]> {
  const units = await unitsByIds(store, grantUnitIds(caller, role));
  return [...units.values()];
}

/** Branch officers act on their own unit and every unit below it. */
export function isOfficerOver(caller: Caller, unitPath: readonly string[]): boolean {
  return holdsRoleOver(caller, 'branch_officer', { path: [...unitPath] });
}

export function assertOfficerOver(caller: Caller, unitPath: readonly string[], what = '该支部'): void {
  if (!isOfficerOver(caller, unitPath)) throw forbidden(`您不是${what}的支部委员，不能进行此操作`);
}

/**
 * The officer's roots to query from: grants below another grant of theirs are dropped, so that one query per
 * root covers everything exactly once.
 */
export async function officerRoots(store: Store, caller: Caller, within?: string): Promise<UnitDoc[]> {
  const units = await grantUnits(store, caller, 'branch_officer');
  const roots = units.filter((u) => !units.some((o) => o.id !== u.id && u.path.includes(o.id)));
  if (!within) return roots;
  // Narrowing to one unit: allowed when an officer root is at or above it.
  const target = (await unitsByIds(store, [within])).get(within);
  if (!target || !roots.some((r) => target.path.includes(r.id))) throw forbidden('您不是该支部的支部委员，不能查看');
  return [target];
}
