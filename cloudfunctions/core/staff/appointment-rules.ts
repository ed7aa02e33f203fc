import type { InvitableRole } from '../../../types/functions/staff';
import type { GridDuty } from '../../../types/role-names';
import { ADMIN_ROLES, requireActOn } from '../access/scope';
import type { Caller } from '../kernel/context';
import { invalid, notFound } from '../kernel/domain-error';
import { getUnit, type UnitDoc } from '../org/org.repository';
import type { Store } from '../store/port';

/** Which unit each role is appointed on. */
const UNIT_KINDS: Record<InvitableRole, ReadonlyArray<UnitDoc['kind']>> = {
  community_admin: ['community'],
  grid_worker: ['grid'],
  branch_officer: ['community', 'grid'],
  property_liaison: ['community'],
};

/**
 * Who may appoint (or revoke) whom: a street admin appoints community admins of the street's communities; a
 * community admin (or a street admin above them) appoints grid workers, branch officers and the property liaison
 * of the community. Returns the unit, checked.
 */
export async function requireAppointer(store: Store, caller: Caller, role: InvitableRole, unitId: string): Promise<UnitDoc> {
  const unit = await getUnit(store, unitId);
  if (!unit || unit.kind === 'street') throw notFound('该组织');
  if (!UNIT_KINDS[role].includes(unit.kind)) throw invalid(role === 'grid_worker' ? '网格员只能任命在网格上' : '该职务不能任命在所选组织上', { unitId: '组织与职务不符' });
  if (role === 'community_admin') requireActOn(caller, ['street_admin'], unit, '社区管理员由街道管理员任命');
  else requireActOn(caller, ADMIN_ROLES, unit, '您只能任命本人所辖社区的人员');
  return unit;
}

/** A grid worker is appointed on duty or as a deputy; no other role has a duty. */
export function requireDuty(role: InvitableRole, duty: GridDuty | undefined): void {
  if (role === 'grid_worker' && !duty) throw invalid('请选择在岗或替班', { duty: '请选择在岗或替班' });
  if (role !== 'grid_worker' && duty) throw invalid('只有网格员分在岗和替班', { duty: '该职务不分在岗和替班' });
}

/** The community a unit belongs to (itself for a community). */
export const communityOfUnit = (unit: Pick<UnitDoc, 'path'>) => unit.path[1]!;
