import type { InvitableRole } from '../../../types/functions/staff';
import { GRID_DUTY_LABELS, ROLE_LABELS, type GridDuty, type Role } from '../../../types/role-names';

/** A role as it reads on an appointment: 网格员（在岗）· 西园第一网格. */
export function appointmentText(role: Role, unitName: string, duty: GridDuty | null | undefined): string {
  return `${ROLE_LABELS[role]}${duty ? `（${GRID_DUTY_LABELS[duty]}）` : ''} · ${unitName}`;
}

/** Who can be invited, in the order an admin thinks of them. */
export const INVITE_CHOICES: Array<{ role: InvitableRole; name: string; on: 'grid' | 'community' | 'both' }> = [
  { role: 'grid_worker', name: '网格员', on: 'grid' },
  { role: 'branch_officer', name: '支部书记', on: 'both' },
  { role: 'property_liaison', name: '物业联络员', on: 'community' },
  { role: 'community_admin', name: '社区管理员（街道任命）', on: 'community' },
];
