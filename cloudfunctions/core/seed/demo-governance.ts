import { NEEDS, PROJECTS, RESOURCES, type NeedDoc, type ProjectDoc, type ResourceDoc } from '../governance/lists/lists.repository';
import { BALLOTS, COMMENTS, TOPICS, ballotIdOf, type BallotDoc, type TopicDoc } from '../governance/topics/topics.repository';
import { VISIT_HOUSEHOLDS, visitHouseholdIdOf, type VisitHouseholdDoc } from '../governance/visits/visits.repository';
import { householdKeyOf } from '../household/household.repository';
import type { Store } from '../store/port';
import { DEMO_UNITS } from './demo-org';

const DAY = 24 * 3_600_000;
const pathOf = (id: string) => DEMO_UNITS.find((u) => u.id === id)!.path;

function need(now: number, n: Pick<NeedDoc, '_id' | 'category' | 'description' | 'people' | 'author' | 'source'> & { at: string; meTooBy?: string[]; projectId?: string; status?: NeedDoc['status'] }): NeedDoc {
  const unitPath = pathOf(n.at);
  const meTooBy = n.meTooBy ?? [];
  return {
    _id: n._id,
    communityId: unitPath[1]!,
    unitPath,
    gridId: unitPath[2] ?? null,
    category: n.category,
    description: n.description,
    people: n.people,
    weight: 1 + meTooBy.length,
    meTooBy,
    status: n.status ?? 'open',
    source: n.source,
    visitId: null,
    author: n.author,
    createdAt: now - 10 * DAY,
    projectId: n.projectId ?? null,
    resolvedAt: null,
    held: false,
    hidden: null,
  };
}

function resource(now: number, r: Pick<ResourceDoc, '_id' | 'type' | 'title' | 'description' | 'providerKind' | 'providerName' | 'availability' | 'contactName' | 'contactPhone' | 'status'> & { at: string }): ResourceDoc {
  const unitPath = pathOf(r.at);
  const { at: _at, ...rest } = r;
  return { ...rest, communityId: unitPath[1]!, unitPath, gridId: unitPath[2] ?? null, offeredBy: 'demo-admin', reason: null, verifiedBy: null, verifiedAt: r.status === 'verified' ? now - 8 * DAY : null, createdAt: now - 9 * DAY, rev: 1 };
}

function household(now: number, buildingId: string, entrance: number, room: string, label: string, assignees: string[], extra: Partial<VisitHouseholdDoc> = {}): VisitHouseholdDoc {
  const path = pathOf(buildingId);
  const key = householdKeyOf(buildingId, entrance, room);
  return { _id: visitHouseholdIdOf(key), communityId: path[1]!, buildingId, buildingPath: path, gridId: path[2]!, entrance, room, householdKey: key, label, assignees, care: null, lastVisitAt: null, createdAt: now - 60 * DAY, ...extra };
}

/** The 加装电梯 roll of 西园3栋1单元: twelve units, the owner of 1-101 also holds 1-102. */
const ELEVATOR_ROLL = [
  ['101', 72.5, 'A01'], ['102', 68.3, 'A01'], ['201', 89.2, 'A02'], ['202', 89.2, 'A03'], ['301', 89.2, 'A04'], ['302', 89.56, 'A05'],
  ['401', 89.2, 'A06'], ['402', 89.2, 'A07'], ['501', 89.2, 'A08'], ['502', 89.2, 'A09'], ['601', 96.4, 'A10'], ['602', 96.4, 'A11'],
] as const;

/**
 * 三张清单, 大事共议 and 进百家门 for 西园社区: needs (one a project answered), resources (one waiting for verification),
 * a project with milestones, an open consultation and a finished owners' decision, and households assigned to party
 * members, so that every role's pages show something real.
 */
export async function seedGovernance(store: Store, now: number): Promise<void> {
  const project = 'pj_demo000000000000000001';
  const needs = [
    need(now, { _id: 'nd_demo0000000001', at: 'bd-xiyuan-03', category: 'facilities', description: '3栋楼道灯坏了好几盏，晚上老人上下楼不安全', people: 40, author: 'demo-resident', source: 'resident', meTooBy: ['demo-party-member'], projectId: project, status: 'project' }),
    need(now, { _id: 'nd_demo0000000002', at: 'bd-xiyuan-06', category: 'children', description: '希望放学后有四点半课堂，双职工家庭孩子没人照看', people: 25, author: 'demo-resident-2', source: 'resident', meTooBy: ['demo-party-member-2', 'demo-building-head'] }),
    need(now, { _id: 'nd_demo0000000003', at: 'bd-xiyuan-02', category: 'elderly', description: '2栋独居老人希望每周有人上门送餐', people: 3, author: 'demo-party-member', source: 'visit' }),
    need(now, { _id: 'nd_demo0000000004', at: 'bd-dongqiao-01', category: 'environment', description: '东桥1栋门前垃圾分类点异味大', people: 60, author: 'demo-secretary-2', source: 'resident' }),
  ];
  const resources = [
    resource(now, { _id: 'rs_demo0000000001', at: 'bd-xiyuan-03', type: 'volunteers', title: '物业维修服务队', description: '水电维修，每周两次进楼巡检', providerKind: 'property', providerName: '锦华物业西园项目部', availability: '周一至周五 9:00-17:00', contactName: '刘经理', contactPhone: '13900000001', status: 'verified' }),
    resource(now, { _id: 'rs_demo0000000002', at: 'bd-xiyuan-06', type: 'venue', title: '锦华小学多功能厅', description: '可容纳60人，放学后和周末开放', providerKind: 'in_area_unit', providerName: '锦华小学', availability: '工作日16:00后、周末', contactName: '王老师', contactPhone: '13900000002', status: 'verified' }),
    resource(now, { _id: 'rs_demo0000000003', at: 'bd-xiyuan-05', type: 'materials', title: '爱心超市助老物资', description: '米面油等生活物资，每月一批', providerKind: 'shop', providerName: '西园惠民超市', availability: '每月第一周', contactName: '陈老板', contactPhone: '13900000003', status: 'pending' }),
  ];
  const projectDoc: ProjectDoc = {
    _id: project,
    communityId: 'cm-xiyuan',
    title: '西园3栋楼道照明改造',
    summary: '更换3栋各层楼道灯为声控LED灯，物业维修服务队施工，社区协调维修资金。',
    responsibleUnit: '锦华物业西园项目部',
    needIds: ['nd_demo0000000001'],
    resourceIds: ['rs_demo0000000001'],
    topicId: null,
    milestones: [
      { id: 'm1', title: '现场勘查', due: '2026-11-20', doneAt: now - 6 * DAY },
      { id: 'm2', title: '更换灯具', due: '2026-12-10', doneAt: null },
    ],
    updates: [{ id: 'u1', at: now - 6 * DAY, text: '物业已逐层勘查，共需更换18盏灯。', by: '支部书记（西园社区）', milestoneId: 'm1' }],
    status: 'active',
    result: null,
    createdBy: 'demo-secretary',
    createdAt: now - 7 * DAY,
    updatedAt: now - 6 * DAY,
  };
  const parking: TopicDoc = {
    _id: 'tp_demo000000000001',
    communityId: 'cm-xiyuan',
    kind: 'consultation',
    title: '西园小区停车管理规则征求意见',
    body: '小区车位紧张，拟实行业主车辆登记、外来车辆限时停放。请各户发表意见并投票。',
    documents: [{ title: '停车管理规则（草案）', summary: '一、业主车辆登记后凭证停放；二、外来车辆停放不超过2小时；三、消防通道禁止停车。' }],
    buildingIds: ['bd-xiyuan-02', 'bd-xiyuan-03', 'bd-xiyuan-06'],
    entrance: null,
    options: ['同意', '不同意'],
    deadline: now + 7 * DAY,
    consultation: { basis: 'household', eligible: 36, quorum: { num: 1, den: 2 }, passing: 'more_than_half' },
    owners: null,
    openedBy: 'demo-secretary',
    openedAt: now - 2 * DAY,
    minutes: null,
    projectId: null,
  };
  const elevator: TopicDoc = {
    _id: 'tp_demo000000000002',
    communityId: 'cm-xiyuan',
    kind: 'owners',
    title: '西园3栋1单元加装电梯',
    body: '3栋1单元业主申请加装电梯，费用按楼层分摊，依民法典第二百七十八条由本单元业主表决。',
    documents: [{ title: '加装电梯方案', summary: '电梯井道位于单元北侧，平层入户；总费用约60万元，政府补贴20万元，余额按楼层系数分摊。' }],
    buildingIds: ['bd-xiyuan-03'],
    entrance: 1,
    options: ['同意'],
    deadline: now - 3 * DAY,
    consultation: null,
    owners: { matter: 7, roll: ELEVATOR_ROLL.map(([room, area, owner]) => ({ entrance: 1, room, area, owner })) },
    openedBy: 'demo-secretary',
    openedAt: now - 20 * DAY,
    minutes: { decision: '表决通过，启动加装电梯报建。', followUp: '社区协助业主委员会办理规划审批，施工期间每周公示进度。', at: now - 2 * DAY },
    projectId: null,
  };
  // Nine of eleven owners took part (the owner of 101 and 102 once, with both areas); eight agreed, one abstained.
  const choices: Record<string, BallotDoc['choice']> = { A01: 0, A02: 0, A03: 0, A04: 0, A05: 0, A06: 0, A07: 0, A08: 0, A09: 'abstain' };
  const ballots: BallotDoc[] = Object.entries(choices).map(([owner, choice]) => ({
    _id: ballotIdOf(elevator._id, `owner:${owner}`),
    topicId: elevator._id,
    voterKey: `owner:${owner}`,
    buildingId: 'bd-xiyuan-03',
    choice,
    deadline: elevator.deadline,
    castBy: owner === 'A05' ? 'demo-resident' : `seed-owner-${owner.toLowerCase()}`,
    castAt: elevator.deadline - 5 * DAY,
  }));
  const households = [
    household(now, 'bd-xiyuan-02', 1, '101', '张阿姨家', ['demo-party-member'], { care: { kinds: ['elderly_alone'], consentNote: '本人口头同意，社区登记', consentAt: now - 30 * DAY, markedBy: 'demo-admin' }, lastVisitAt: now - 40 * DAY }),
    household(now, 'bd-xiyuan-02', 2, '302', '李大爷家', ['demo-party-member'], { lastVisitAt: now - 20 * DAY }),
    household(now, 'bd-xiyuan-03', 1, '502', '周家', ['demo-party-member']),
    household(now, 'bd-xiyuan-04', 3, '901', '吴奶奶家', ['demo-party-member-2'], { lastVisitAt: now - 100 * DAY }),
    household(now, 'bd-xiyuan-07', 1, '201', '郑家', ['demo-party-member-3']),
    household(now, 'bd-dongqiao-01', 1, '101', '冯家', []),
  ];
  for (const d of needs) await store.put(NEEDS, d);
  for (const d of resources) await store.put(RESOURCES, d);
  await store.put(PROJECTS, projectDoc);
  await store.put(TOPICS, parking);
  await store.put(TOPICS, elevator);
  for (const b of ballots) await store.put(BALLOTS, b);
  await store.put(COMMENTS, { _id: 'cm_demo000000000001', topicId: parking._id, communityId: 'cm-xiyuan', author: 'demo-resident', who: '西园3栋居民', text: '支持登记，希望给访客留几个临时车位。', at: now - DAY, held: false, hidden: null });
  for (const h of households) await store.put(VISIT_HOUSEHOLDS, h);
}
