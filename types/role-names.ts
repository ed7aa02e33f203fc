/** Role names and labels, free of zod so that pages can import them cheaply. */
export const ROLES = ['resident', 'party_member', 'branch_officer', 'lawyer', 'grid_worker', 'property_liaison', 'building_head', 'community_admin', 'street_admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  party_member: '党员',
  branch_officer: '支部书记',
  lawyer: '志愿律师',
  grid_worker: '网格员',
  property_liaison: '物业联络员',
  /** 楼栋长: a resident volunteer granted on one building, who vouches for its households. */
  building_head: '楼栋长',
  community_admin: '社区管理员',
  street_admin: '街道管理员',
};

/**
 * A grid worker's place on their grid: the worker on duty is the first receiver of the grid's new requests; a
 * deputy takes them when nobody is on duty, and takes over a leaving worker's open requests.
 */
export const GRID_DUTIES = ['on_duty', 'deputy'] as const;
export type GridDuty = (typeof GRID_DUTIES)[number];
export const GRID_DUTY_LABELS: Record<GridDuty, string> = { on_duty: '在岗', deputy: '替班' };
