import * as z from 'zod';
import { GRID_DUTIES, ROLES } from './role-names';

export { ROLES, ROLE_LABELS, type Role } from './role-names';

/**
 * Roles a user may hold. A role other than `resident` is granted on an org unit
 * (a grid worker on a grid, a community admin on a community) and reaches that unit's subtree.
 */
export const RoleSchema = z.enum(ROLES);

export const RoleGrantSchema = z.object({
  role: RoleSchema,
  /** Org unit the role applies to (and its subtree); absent for `resident`. */
  unitId: z.string().optional(),
  /** Grid workers only: on duty (first receiver of the grid's requests) or deputy. */
  duty: z.enum(GRID_DUTIES).optional(),
});
export type RoleGrant = z.infer<typeof RoleGrantSchema>;
