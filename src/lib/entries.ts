import type { Role } from '../../types/role-names';

/**
 * Links to features, shown on 首页 (shortcuts) and 我的 (entries) to the roles they serve. Each feature adds
 * its own line here rather than editing the pages.
 */
export interface Entry {
  key: string;
  title: string;
  /** Page path, e.g. `/pkg-activity/list/index`. */
  url: string;
  /** Shown only to callers holding one of these roles; absent means everyone. */
  roles?: Role[];
  /** Where it appears. */
  on: Array<'home' | 'me'>;
}

export const ENTRIES: Entry[] = [
  { key: 'inbox', title: '消息', url: '/pages/inbox/index', on: ['me'] },
  { key: 'report', title: '问题上报', url: '/pkg-service/report/index', on: ['home'] },
  { key: 'my-requests', title: '我的申请', url: '/pkg-service/mine/index', on: ['me'] },
  { key: 'grid-inbox', title: '诉求办理', url: '/pkg-grid/inbox/index', roles: ['grid_worker', 'property_liaison', 'community_admin', 'street_admin'], on: ['home', 'me'] },
  { key: 'oversight', title: '诉求督办', url: '/pkg-oversight/dashboard/index', roles: ['grid_worker', 'branch_officer', 'community_admin', 'street_admin'], on: ['me'] },
  { key: 'catalog-admin', title: '服务事项管理', url: '/pkg-admin/catalog/index', roles: ['community_admin', 'street_admin'], on: ['home', 'me'] },
  { key: 'handbook', title: '服务事项手册', url: '/pkg-admin/handbook/index', roles: ['community_admin', 'street_admin'], on: ['me'] },
  { key: 'staff', title: '人员任命', url: '/pkg-admin/staff/index', roles: ['community_admin', 'street_admin'], on: ['me'] },
  { key: 'grid-settings', title: '诉求设置', url: '/pkg-admin/settings/index', roles: ['community_admin', 'street_admin'], on: ['me'] },
  { key: 'content-review', title: '内容审核', url: '/pkg-admin/content-review/index', roles: ['community_admin', 'street_admin'], on: ['me'] },
  { key: 'join', title: '输入任职邀请码', url: '/pkg-admin/join/index', on: ['me'] },
  { key: 'dead-letters', title: '通知投递异常', url: '/pkg-ops/dead-letters/index', roles: ['community_admin', 'street_admin'], on: ['me'] },
  { key: 'activities', title: '社区活动', url: '/pkg-activity/list/index', on: ['home'] },
  { key: 'branch', title: '支部工作', url: '/pkg-branch/index/index', roles: ['branch_officer'], on: ['home', 'me'] },
  { key: 'my-activities', title: '我的活动', url: '/pkg-activity/mine/index', on: ['me'] },
  { key: 'party-apply', title: '党员登记', url: '/pkg-activity/apply/index', on: ['me'] },
  { key: 'legal-aid', title: '法律援助', url: '/pkg-legal/index/index', on: ['home'] },
  { key: 'my-legal', title: '我的法律咨询', url: '/pkg-legal/mine/index', on: ['me'] },
  { key: 'legal-desk', title: '律师工作台', url: '/pkg-legal/desk/index', roles: ['lawyer'], on: ['home', 'me'] },
  { key: 'legal-volunteer', title: '法律援助志愿者', url: '/pkg-legal/apply/index', on: ['me'] },
  { key: 'legal-admin', title: '法律援助志愿服务队', url: '/pkg-legal/admin/index', roles: ['community_admin', 'street_admin'], on: ['me'] },
  { key: 'household', title: '我的住户', url: '/pkg-household/mine/index', on: ['me'] },
  { key: 'my-data', title: '我的数据', url: '/pkg-privacy/data/index', on: ['me'] },
  { key: 'who-read', title: '谁查看了我的信息', url: '/pkg-privacy/reads/index', on: ['me'] },
  { key: 'household-verify', title: '住户核实', url: '/pkg-household/verify/index', roles: ['grid_worker', 'building_head', 'community_admin', 'street_admin'], on: ['me'] },
  { key: 'gov-lists', title: '三张清单', url: '/pkg-gov/needs/index', on: ['home'] },
  { key: 'gov-topics', title: '大事共议', url: '/pkg-gov/topics/index', on: ['home'] },
  { key: 'gov-visits', title: '进百家门', url: '/pkg-gov/visits/index', roles: ['party_member', 'grid_worker'], on: ['home', 'me'] },
  { key: 'gov-board', title: '共治看板', url: '/pkg-gov/board/index', roles: ['community_admin', 'street_admin', 'branch_officer'], on: ['me'] },
];

export function entriesFor(place: 'home' | 'me', roles: readonly Role[]): Entry[] {
  return ENTRIES.filter((e) => e.on.includes(place) && (!e.roles || e.roles.some((r) => roles.includes(r))));
}
