import { visitHouseholdIdOf } from '../../../cloudfunctions/core/governance/visits/visits.repository';
import { householdKeyOf } from '../../../cloudfunctions/core/household/household.repository';
import { memberRowId } from '../../../cloudfunctions/core/party/membership.repository';
import type { ScenarioTable } from './scenario';

const OFFICER = 'demo-secretary';
const XIYUAN = 'cm-xiyuan';
/** Seeded (seed/demo-governance.ts): the 四点半课堂 need, the pending 爱心超市 offer, the lighting project, the open parking consultation and the finished 加装电梯 owners' decision, 李大爷家 assigned to 刘志强. */
const NEED = 'nd_demo0000000002';
const RESOURCE = 'rs_demo0000000003';
const PROJECT = 'pj_demo000000000000000001';
const OPEN_TOPIC = 'tp_demo000000000001';
const OWNERS_TOPIC = 'tp_demo000000000002';
const HOUSEHOLD = visitHouseholdIdOf(householdKeyOf('bd-xiyuan-02', 2, '302'));
const DAY = 24 * 3_600_000;

export const GOVERNANCE_SCENARIOS: ScenarioTable['governance'] = {
  postNeed: { '': { caller: 'demo-resident', input: () => ({ category: 'facilities', description: '3栋单元门禁经常失灵', people: 20 }), budget: 4 } },
  needs: { '': { caller: 'demo-resident', input: () => ({}), budget: 5, check: (d) => (d.items.length >= 3 ? null : `expected the seeded needs, got ${d.items.length}`) } },
  meToo: { '': { caller: 'demo-resident', input: () => ({ id: NEED }), budget: 4, check: (d) => (d.counted ? null : 'expected the tap to count') } },
  offerResource: { '': { caller: 'demo-resident-2', input: () => ({ type: 'venue', title: '楼下活动室', description: '可容纳二十人', providerKind: 'property', providerName: '锦华物业', availability: '周末', contactName: '刘经理', contactPhone: '13900000009' }), budget: 4 } },
  resources: { '': { caller: 'demo-resident', input: () => ({}), budget: 4 } },
  verifyResource: { '': { caller: OFFICER, input: () => ({ id: RESOURCE, rev: 1, approve: true }), budget: 8 } },
  matches: { '': { caller: OFFICER, input: () => ({ id: NEED }), budget: 5, check: (d) => (d.items.length > 0 ? null : 'expected a match') } },
  createProject: {
    '': {
      caller: OFFICER,
      input: () => ({ communityId: XIYUAN, key: 'round-trip-project', title: '四点半课堂', summary: '借用小学多功能厅开设课堂', responsibleUnit: '西园社区居委会', needIds: [NEED], resourceIds: ['rs_demo0000000002'], milestones: [{ title: '招募志愿者', due: '2026-12-20' }] }),
      budget: 16,
    },
  },
  projects: { '': { caller: 'demo-resident', input: () => ({}), budget: 3 } },
  project: { '': { caller: 'demo-resident', input: () => ({ id: PROJECT }), budget: 8 } },
  updateProject: { '': { caller: OFFICER, input: () => ({ id: PROJECT, text: '灯具已到货，本周安装', milestoneId: 'm2' }), budget: 13 } },
  finishProject: { '': { caller: OFFICER, input: () => ({ id: PROJECT, result: '18盏灯全部更换完成' }), budget: 17 } },
  listsDashboard: { '': { caller: OFFICER, input: () => ({ communityId: XIYUAN }), budget: 5 } },
  exportLists: { '': { caller: OFFICER, input: () => ({ communityId: XIYUAN, list: 'needs' }), budget: 5 } },
  openTopic: {
    '': {
      caller: OFFICER,
      input: (w) => ({ communityId: XIYUAN, kind: 'consultation', title: '楼顶晾晒区改造', body: '拟改造楼顶为公共晾晒区，请发表意见。', documents: [], buildingIds: ['bd-xiyuan-03'], options: ['同意', '不同意'], deadline: w.clock.now() + 3 * DAY, consultation: { basis: 'household', eligible: 12, quorum: { num: 1, den: 2 }, passing: 'more_than_half' }, idempotencyKey: 'round-trip-topic' }),
      budget: 11,
      note: 'who may take part read once (one page of verified households), then the topic, its roster and two fan-out notices in one transaction',
    },
  },
  topics: { '': { caller: 'demo-resident', input: () => ({}), budget: 4 } },
  topic: { '': { caller: 'demo-resident', input: () => ({ id: OPEN_TOPIC }), budget: 6 } },
  comment: { '': { caller: 'demo-resident', input: () => ({ id: OPEN_TOPIC, text: '支持，希望留出访客车位' }), budget: 7 } },
  comments: { '': { caller: 'demo-resident', input: () => ({ id: OPEN_TOPIC }), budget: 4 } },
  moderate: { '': { caller: OFFICER, input: () => ({ kind: 'comment', id: 'cm_demo000000000001', publish: false, reason: '与议题无关' }), budget: 6 } },
  vote: { '': { caller: 'demo-resident', input: () => ({ id: OPEN_TOPIC, choice: 0 }), budget: 7, note: 'a ballot under its deterministic id: one insert, no shared document' } },
  results: {
    hidden: { caller: 'demo-resident', input: () => ({ id: OPEN_TOPIC }), budget: 3, check: (d) => (d.published ? 'expected nothing before the deadline' : null) },
    owners: { caller: 'demo-resident', input: () => ({ id: OWNERS_TOPIC }), budget: 5, check: (d) => (d.owners?.participated ? null : 'expected the seeded owners’ decision') },
  },
  recordMinutes: { '': { caller: OFFICER, input: () => ({ id: OWNERS_TOPIC, decision: '通过加装电梯', followUp: '办理规划审批' }), budget: 7 } },
  myVisits: { '': { caller: 'demo-party-member', input: () => ({}), budget: 4, check: (d) => (d.items.length === 3 ? null : `expected 3 households, got ${d.items.length}`) } },
  logVisit: { '': { caller: 'demo-party-member', input: () => ({ householdId: HOUSEHOLD, met: '李大爷', situation: '身体尚好', needs: [{ category: 'elderly', description: '希望有人帮忙买菜', people: 1 }] }), budget: 8 } },
  visits: { '': { caller: 'demo-admin', input: () => ({ householdId: HOUSEHOLD }), budget: 5 } },
  coverage: { '': { caller: OFFICER, input: () => ({ communityId: XIYUAN }), budget: 6 } },
  visitHouseholds: { '': { caller: OFFICER, input: () => ({ communityId: XIYUAN }), budget: 7 } },
  addVisitHousehold: { '': { caller: 'demo-grid-worker', input: () => ({ buildingId: 'bd-xiyuan-01', entrance: 1, room: '101', label: '孙家' }), budget: 6 } },
  assignVisitor: { '': { caller: 'demo-admin', input: () => ({ householdId: HOUSEHOLD, member: memberRowId('demo-party-member-2'), assign: true }), budget: 9 } },
  markCare: { '': { caller: 'demo-admin', input: () => ({ householdId: HOUSEHOLD, kinds: ['elderly_alone'], consent: true, consentNote: '本人口头同意' }), budget: 7 } },
};
