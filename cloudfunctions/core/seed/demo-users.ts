import { CONSENT_TEXTS, type ConsentScope } from '../../../types/privacy';
import { grantIndex, type UserDoc } from '../kernel/users';
import { DEMO_UNITS } from './demo-org';

type DemoUser = Omit<UserDoc, 'createdAt' | 'updatedAt'> & { label: string };

const pathOf = (unitId: string | undefined) => DEMO_UNITS.find((u) => u.id === unitId)?.path;

/** Stored as every writer of a user stores one: each grant with its unit's path (and the derived keys), and the path of their home. */
function withPaths(user: DemoUser): DemoUser {
  const home = pathOf(user.buildingId ?? user.communityId);
  const roles = user.roles.map((g) => (g.unitId ? { ...g, unitPath: pathOf(g.unitId)! } : g));
  return { ...user, roles, ...grantIndex(roles), ...(home ? { homePath: home } : {}) };
}

/** Consents the demo accounts gave (at `now`): the privacy guide, and membership for members and 李秀梅 (who applied). */
export function demoConsents(user: Pick<UserDoc, '_id' | 'roles'>, now: number): NonNullable<UserDoc['consents']> {
  const mark = (scope: ConsentScope) => ({ version: CONSENT_TEXTS[scope].version, at: now });
  const member = user.roles.some((g) => g.role === 'party_member') || user._id === 'demo-resident-2';
  return { basic: mark('basic'), ...(member ? { membership: mark('membership') } : {}) };
}

/** Demo accounts for every role; the openids are part of the local host contract (ARCHITECTURE.md). */
export const DEMO_USERS: DemoUser[] = ([
  { _id: 'demo-resident', label: '居民', name: '王建国', phone: '13800000001', roles: [{ role: 'resident' }], communityId: 'cm-xiyuan', buildingId: 'bd-xiyuan-03' },
  { _id: 'demo-resident-2', label: '居民', name: '李秀梅', phone: '13800000002', roles: [{ role: 'resident' }], communityId: 'cm-xiyuan', buildingId: 'bd-xiyuan-06' },
  { _id: 'demo-lawyer', label: '志愿律师', name: '陈律师', phone: '13800000011', roles: [{ role: 'resident' }, { role: 'lawyer', unitId: 'st-jinhua' }], communityId: 'cm-xiyuan' },
  // Applied to the street's legal-aid team; the street admin has yet to verify (seed/demo-legal.ts).
  { _id: 'demo-lawyer-2', label: '律师（待审核）', name: '周律师', phone: '13800000012', roles: [{ role: 'resident' }], communityId: 'cm-dongqiao' },
  { _id: 'demo-party-member', label: '党员', name: '刘志强', phone: '13800000021', roles: [{ role: 'resident' }, { role: 'party_member', unitId: 'gd-xiyuan-1' }], communityId: 'cm-xiyuan', buildingId: 'bd-xiyuan-02' },
  { _id: 'demo-party-member-2', label: '党员', name: '赵丽华', phone: '13800000022', roles: [{ role: 'resident' }, { role: 'party_member', unitId: 'gd-xiyuan-1' }], communityId: 'cm-xiyuan', buildingId: 'bd-xiyuan-04' },
  { _id: 'demo-party-member-3', label: '党员', name: '陈卫东', phone: '13800000023', roles: [{ role: 'resident' }, { role: 'party_member', unitId: 'gd-xiyuan-2' }], communityId: 'cm-xiyuan', buildingId: 'bd-xiyuan-05' },
  { _id: 'demo-secretary', label: '支部书记', name: '孙书记', phone: '13800000031', roles: [{ role: 'resident' }, { role: 'party_member', unitId: 'cm-xiyuan' }, { role: 'branch_officer', unitId: 'cm-xiyuan' }], communityId: 'cm-xiyuan' },
  { _id: 'demo-grid-worker', label: '网格员', name: '吴网格员', phone: '13800000041', roles: [{ role: 'resident' }, { role: 'grid_worker', unitId: 'gd-xiyuan-1', duty: 'on_duty' }], communityId: 'cm-xiyuan' },
  // On duty in 西园第二网格 and the deputy of 西园第一网格 (its worker's A/B partner).
  { _id: 'demo-grid-worker-2', label: '网格员', name: '杨网格员', phone: '13800000042', roles: [{ role: 'resident' }, { role: 'grid_worker', unitId: 'gd-xiyuan-2', duty: 'on_duty' }, { role: 'grid_worker', unitId: 'gd-xiyuan-1', duty: 'deputy' }], communityId: 'cm-xiyuan' },
  { _id: 'demo-admin', label: '社区管理员', name: '郑主任', phone: '13800000051', roles: [{ role: 'resident' }, { role: 'community_admin', unitId: 'cm-xiyuan' }], communityId: 'cm-xiyuan' },
  { _id: 'demo-building-head', label: '楼栋长', name: '何楼栋长', phone: '13800000042', roles: [{ role: 'resident' }, { role: 'building_head', unitId: 'bd-xiyuan-06' }], communityId: 'cm-xiyuan', buildingId: 'bd-xiyuan-06' },
  { _id: 'demo-admin-2', label: '社区管理员', name: '冯主任', phone: '13800000052', roles: [{ role: 'resident' }, { role: 'community_admin', unitId: 'cm-dongqiao' }], communityId: 'cm-dongqiao' },
  { _id: 'demo-secretary-2', label: '支部书记', name: '卫书记', phone: '13800000032', roles: [{ role: 'resident' }, { role: 'party_member', unitId: 'cm-dongqiao' }, { role: 'branch_officer', unitId: 'cm-dongqiao' }], communityId: 'cm-dongqiao' },
  { _id: 'demo-street-admin', label: '街道管理员', name: '钱科长', phone: '13800000061', roles: [{ role: 'resident' }, { role: 'street_admin', unitId: 'st-jinhua' }], communityId: 'cm-xiyuan' },
] satisfies DemoUser[]).map(withPaths);
