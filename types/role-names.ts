/** Role names and labels, free of zod so that pages can import them cheaply. */
export const ROLES = ['resident', 'party_member', 'branch_officer', 'lawyer', 'grid_worker', 'building_head', 'community_admin', 'street_admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  party_member: '党员',
  branch_officer: '支部书记',
  lawyer: '志愿律师',
  grid_worker: '网格员',
  /** 楼栋长: a resident volunteer granted on one building, who vouches for its households. */
  building_head: '楼栋长',
  community_admin: '社区管理员',
  street_admin: '街道管理员',
};
