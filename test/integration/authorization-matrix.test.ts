import { POLICY } from '../../cloudfunctions/core/access/policy';
import { FUNCTIONS } from '../../cloudfunctions/core/functions';
import { admits } from '../../cloudfunctions/core/kernel/authorize';
import type { UserDoc } from '../../cloudfunctions/core/kernel/users';
import { DEMO_UNITS } from '../../cloudfunctions/core/seed/demo-org';
import { DEMO_USERS } from '../../cloudfunctions/core/seed/demo-users';
import { activityInput } from '../../scripts/harness/activity-input';
import type { ErrorCode } from '../../types/errors';
import { CONSENT_TEXTS } from '../../types/privacy';
import type { Role } from '../../types/roles';
import { localItem } from '../../scripts/harness/catalog-input';
import { consultation } from '../support/governance-fixtures';
import { snapshotData } from '../support/db-snapshot';
import { bookInput, freeStarts } from '../support/legal-fixtures';
import { bookingIdOf } from '../../cloudfunctions/core/legal-aid/booking.repository';
import { questionIdOf } from '../../cloudfunctions/core/legal-aid/question.repository';
import { volunteerIdOf } from '../../cloudfunctions/core/legal-aid/volunteer.repository';
import { useTestHost } from '../support/use-test-host';

/**
 * The authorization matrix, over HTTP: every action of every deployed function (FUNCTIONS, so actions added later are
 * in it) × every demo account (two communities, two branches, a grid worker, a 楼栋长, admins, lawyers, residents)
 * and a newcomer. A caller the rule does not admit is refused FORBIDDEN and nothing is written; where an action
 * names a target (a community, a unit, a record), it is tried in 西园 and in 东桥: a caller whose grants do not
 * reach the target is refused (and nothing written), one whose grants do is not.
 */
const host = useTestHost();
const CALLERS = [...DEMO_USERS.map((u) => u._id), 'mx-newcomer'];
const userOf = (openid: string): UserDoc | null => {
  const u = DEMO_USERS.find((d) => d._id === openid);
  return u ? { ...u, createdAt: 0, updatedAt: 0 } : null;
};
const pathOf = (unitId: string) => DEMO_UNITS.find((u) => u.id === unitId)!.path;
/** Whether the caller holds one of the roles on the unit or above it (access/scope.ts mayActOn, from the seed). */
const reaches = (openid: string, roles: readonly Role[], unitId: string) =>
  (userOf(openid)?.roles ?? []).some((g) => g.unitId !== undefined && roles.includes(g.role) && pathOf(unitId).includes(g.unitId));
/** A party member whose branch lies inside the community (an activity's audience, activity/audience.ts). */
const partyIn = (openid: string, communityId: string) => (userOf(openid)?.roles ?? []).some((g) => g.role === 'party_member' && g.unitId !== undefined && pathOf(g.unitId).includes(communityId));

/** What the probes point at: records in 西园 and in 东桥, made before the matrix runs. */
const f: Record<string, string> = {};
const LAWYER = 'demo-lawyer';
/** Who booked, rated and asked: in 西园 demo accounts (seed/demo-legal.ts and below), in 东桥 a resident no demo account is. */
const bookerOf = { xy: 'demo-resident-2', dq: 'mx-resident-dq' };
const raterOf = { xy: 'demo-resident', dq: 'mx-resident-dq' };
const askerOf = { xy: 'demo-resident-2', dq: 'mx-resident-dq' };
const revs: Record<string, number> = {};
const settings: Record<string, { officeHours: unknown; limits: unknown }> = {};

/** A request the probes point at: who asked, who holds it (a person, or everyone holding a team's role on its unit), and its grid. */
interface RequestTarget {
  resident: string;
  holder: { openid: string | null; role: Role; unitId: string };
  gridId: string;
}
const requests: Record<string, RequestTarget> = {};
const gridOf = (buildingId: string) => DEMO_UNITS.find((u) => u.id === buildingId)!.parentId!;
const ADMINS: readonly Role[] = ['community_admin', 'street_admin'];
/** grid/holders.ts mayAct: the holder (or a member of the holding team) and the admins above the request. */
const mayActOnRequest = (o: string, key: string) => {
  const { holder, gridId } = requests[key]!;
  const held = holder.openid ? holder.openid === o : (userOf(o)?.roles ?? []).some((g) => g.role === holder.role && g.unitId === holder.unitId);
  return held || reaches(o, ADMINS, gridId);
};
/** grid/holders.ts mayRead: its resident, whoever may act on it, and the grid workers and branch officers above it. */
const mayReadRequest = (o: string, key: string) => requests[key]!.resident === o || mayActOnRequest(o, key) || reaches(o, ['grid_worker', 'branch_officer'], requests[key]!.gridId);
/** A request the caller may not read does not exist for them; one they may read but not act on is refused. */
const requestRefusal = (key: string) => (o: string): ErrorCode => (mayReadRequest(o, key) ? 'FORBIDDEN' : 'NOT_FOUND');
/** A step on a request: open (`ask-…`) for the resident's steps, finished (`done-…`) for the workers' (so nobody admitted changes it). */
const requestStep = (who: 'resident' | 'worker', extra: Record<string, unknown> = {}) =>
  both((_c, k) => {
    const key = `${who === 'resident' ? 'ask' : 'done'}-${k}`;
    const may = (o: string) => (who === 'resident' ? requests[key]!.resident === o : mayActOnRequest(o, key));
    return { input: () => ({ id: f[key], ...extra }), may, denied: requestRefusal(key) };
  });

interface Probe {
  where: '西园' | '东桥';
  input: () => unknown;
  /** Role-restricted actions: the unit the caller's grants (of the rule's roles) must reach. */
  unit?: string;
  /** Actions open to everyone signed in but scoped to a record: who may, and how the others are answered. */
  may?: (openid: string) => boolean;
  denied?: ErrorCode | ((openid: string) => ErrorCode);
}
const both = (make: (community: 'cm-xiyuan' | 'cm-dongqiao', c: 'xy' | 'dq') => Omit<Probe, 'where'>): Probe[] => [
  { where: '西园', ...make('cm-xiyuan', 'xy') },
  { where: '东桥', ...make('cm-dongqiao', 'dq') },
];
const community = (extra: (id: string) => Record<string, unknown> = () => ({})) => both((c) => ({ unit: c, input: () => ({ communityId: c, ...extra(c) }) }));

const PROBES: Record<string, Probe[]> = {
  'catalog-admin.items': community(),
  'catalog-admin.item': community(() => ({ code: 'MS-01' })),
  'catalog-admin.adjust': community(() => ({ code: 'MS-01', patch: {}, hidden: false, rev: 0 })),
  'catalog-admin.addLocal': community((c) => ({ item: (({ reviewedAt: _r, reviewedAgainst: _a, ...item }) => item)(localItem(c === 'cm-xiyuan' ? 'LXY-90' : 'LDQ-90')) })),
  'catalog-admin.updateLocal': community((c) => ({ item: (({ reviewedAt: _r, reviewedAgainst: _a, ...item }) => item)(localItem(c === 'cm-xiyuan' ? 'LXY-91' : 'LDQ-91')), rev: 1 })),
  'catalog-admin.removeLocal': community((c) => ({ code: c === 'cm-xiyuan' ? 'LXY-92' : 'LDQ-92', rev: 1 })),
  'catalog-admin.audit': community(),
  'catalog-admin.handbook': community(() => ({ field: 'MS' })),
  'catalog-admin.reports': community(),
  'catalog-admin.resolveReport': community(() => ({ id: 'rp_nonexistent', note: '已核实并更正' })),
  'catalog-admin.reviewDue': community(),
  'grid.get': [
    { where: '西园', input: () => ({ id: f.request }), may: (o) => mayReadRequest(o, 'request'), denied: 'NOT_FOUND' },
    ...both((_c, k) => ({ input: () => ({ id: f[`done-${k}`] }), may: (o: string) => mayReadRequest(o, `done-${k}`), denied: 'NOT_FOUND' as const })),
  ],
  'grid.comment': both((_c, k) => ({ input: () => ({ id: f[`ask-${k}`], text: '补充：晚上更明显' }), may: (o) => requests[`ask-${k}`]!.resident === o || mayActOnRequest(o, `ask-${k}`), denied: requestRefusal(`ask-${k}`) })),
  'grid.confirm': requestStep('resident'),
  'grid.reopen': requestStep('resident', { reason: '问题没有解决' }),
  'grid.rate': requestStep('resident', { rating: 'satisfied' }),
  'grid.accept': requestStep('worker'),
  'grid.start': requestStep('worker'),
  'grid.resolve': requestStep('worker', { note: '已经修好了' }),
  'grid.transfer': requestStep('worker', { to: { kind: 'community' }, reason: '需要社区协调' }),
  'grid.pause': requestStep('worker', { reason: '等待居民补充材料' }),
  'grid.resume': requestStep('worker'),
  'grid.handOff': requestStep('worker', { department: '区住建委', reference: 'ZJ-2026-001' }),
  'grid.sendBack': requestStep('worker', { reason: '不属于街道事权' }),
  'grid.clearReview': both((_c, k) => ({ input: () => ({ id: f[`done-${k}`], decision: 'pass' }), may: (o) => reaches(o, ADMINS, requests[`done-${k}`]!.gridId), denied: requestRefusal(`done-${k}`) })),
  'grid.reviewQueue': community(),
  'grid.dashboard': both((c) => ({ unit: c, input: () => ({ unitId: c }) })),
  'grid.exportDashboard': both((c) => ({ unit: c, input: () => ({ unitId: c, view: 'grid' }) })),
  'org.settings': community(),
  'org.setOfficeHours': community((c) => ({ hours: settings[c]!.officeHours })),
  'org.setLimits': community((c) => ({ limits: settings[c]!.limits })),
  'org.setCategoryRules': community(() => ({ rules: [] })),
  'org.importCsv': community(() => ({ kind: 'grids', csv: '网格编码,网格名称\n' })),
  'staff.list': community(),
  'staff.invite': both((_c, k) => ({ unit: `gd-${k === 'xy' ? 'xiyuan' : 'dongqiao'}-1`, input: () => ({ role: 'grid_worker', unitId: `gd-${k === 'xy' ? 'xiyuan' : 'dongqiao'}-1`, duty: 'deputy' }) })),
  'staff.handOver': both((_c, k) => ({ unit: `gd-${k === 'xy' ? 'xiyuan' : 'dongqiao'}-1`, input: () => ({ openid: 'demo-grid-worker-2', unitId: `gd-${k === 'xy' ? 'xiyuan' : 'dongqiao'}-1` }) })),
  'party.decide': both((c, k) => ({ unit: c, input: () => ({ id: f[`application-${k}`], approve: false, reason: '请补充组织关系介绍信' }) })),
  'party.members': both((c) => ({ unit: c, input: () => ({ unitId: c }) })),
  'activity.get': both((c, k) => ({ input: () => ({ id: f[`join-${k}`] }), may: (o) => partyIn(o, c) || reaches(o, ['branch_officer'], c), denied: 'FORBIDDEN' })),
  'activity.create': both((c) => ({ unit: c, input: () => ({ ...activityInput(host), unitId: c }) })),
  'activity.update': both((_c, k) => ({ unit: _c, input: () => ({ id: f[`run-${k}`], title: '调整后的主题党日' }) })),
  'activity.cancelActivity': both((c, k) => ({ unit: c, input: () => ({ id: f[`cancel-${k}`], reason: '场地调整' }) })),
  'activity.signup': both((c, k) => ({ input: () => ({ id: f[`join-${k}`] }), may: (o) => partyIn(o, c), denied: 'FORBIDDEN' })),
  'activity.cancel': both((c, k) => ({ input: () => ({ id: f[`join-${k}`] }), may: (o) => partyIn(o, c), denied: 'NOT_FOUND' })),
  'activity.checkInToken': both((c, k) => ({ unit: c, input: () => ({ activityId: f[`run-${k}`] }) })),
  'activity.markAttendance': both((c, k) => ({ unit: c, input: () => ({ activityId: f[`run-${k}`], attendeeId: '0123456789abcdef' }) })),
  'activity.attendance': both((c, k) => ({ unit: c, input: () => ({ activityId: f[`run-${k}`] }) })),
  'activity.exportAttendance': both((c, k) => ({ unit: c, input: () => ({ activityId: f[`run-${k}`] }) })),
  'activity.participation': both((c) => ({ unit: c, input: () => ({ quarter: '2026-Q4', unitId: c }) })),
  'household.verify': both((_c, k) => ({ unit: k === 'xy' ? 'bd-xiyuan-06' : 'bd-dongqiao-01', input: () => ({ id: f[`claim-${k}`], rev: revs[`claim-${k}`], approve: false, reason: '房号与登记不符' }) })),
  'household.verifyOwner': both((_c, k) => ({ unit: k === 'xy' ? 'bd-xiyuan-06' : 'bd-dongqiao-01', input: () => ({ id: f[`claim-${k}`], rev: revs[`claim-${k}`], approve: false, reason: '面积与证书不符' }) })),
  // Legal aid: a case is its resident's and its volunteer's (demo-lawyer, the street's team, serves both communities).
  'legal-aid.get': both((_c, k) => ({ input: () => ({ id: f[`booking-${k}`] }), may: (o) => o === LAWYER || o === bookerOf[k], denied: 'FORBIDDEN' })),
  'legal-aid.reads': both((_c, k) => ({ input: () => ({ id: f[`booking-${k}`] }), may: (o) => o === bookerOf[k], denied: 'FORBIDDEN' })),
  'legal-aid.accept': both((_c, k) => ({ input: () => ({ id: f[`booking-${k}`] }), may: (o) => o === LAWYER, denied: 'FORBIDDEN' })),
  'legal-aid.decline': both((_c, k) => ({ input: () => ({ id: f[`booking-${k}`], reason: '当天临时出差' }), may: (o) => o === LAWYER, denied: 'FORBIDDEN' })),
  'legal-aid.cancel': both((_c, k) => ({ input: () => ({ id: f[`booking-${k}`], reason: '临时有事' }), may: (o) => o === LAWYER || o === bookerOf[k], denied: 'FORBIDDEN' })),
  'legal-aid.reschedule': both((_c, k) => ({ input: () => ({ id: f[`booking-${k}`], startAt: host.clock.now() }), may: (o) => o === bookerOf[k], denied: 'FORBIDDEN' })),
  'legal-aid.rate': both((_c, k) => ({ input: () => ({ id: f[`rated-${k}`], stars: 1, comment: '' }), may: (o) => o === raterOf[k], denied: 'FORBIDDEN' })),
  // The volunteer has claimed none of these: the question and its withdrawal are the asker's alone.
  'legal-aid.question': both((_c, k) => ({ input: () => ({ id: f[`question-${k}`] }), may: (o) => o === askerOf[k], denied: 'FORBIDDEN' })),
  'legal-aid.withdraw': both((_c, k) => ({ input: () => ({ id: f[`question-${k}`] }), may: (o) => o === askerOf[k], denied: 'FORBIDDEN' })),
  'legal-aid.claim': both((_c, k) => ({ input: () => ({ id: f[`open-${k}`] }), may: (o) => o === LAWYER, denied: 'FORBIDDEN' })),
  'legal-aid.answer': both((_c, k) => ({ input: () => ({ id: f[`claimed-${k}`], answer: '可以先与对方协商，协商不成可申请人民调解。' }), may: (o) => o === LAWYER, denied: 'FORBIDDEN' })),
  'legal-aid.stats': community(),
};

/** Co-governance: its officers (居委会 and 党支部) of the community, and who lives in it. */
const GOV_OFFICERS: Role[] = ['community_admin', 'street_admin', 'branch_officer'];
const civic = (c: string) => (o: string) => reaches(o, GOV_OFFICERS, c) || userOf(o)?.communityId === c;
/** The verified residents of each probe topic's building (西园3栋: 王建国; nobody seeded in 东桥1栋). */
const votersOf: Record<string, string[]> = { xy: ['demo-resident'], dq: [] };
const GOVERNANCE_PROBES: Record<string, Probe[]> = {
  'governance.needs': both((c) => ({ input: () => ({ communityId: c }), may: civic(c), denied: 'FORBIDDEN' })),
  'governance.meToo': both((c, k) => ({ input: () => ({ id: f[`need-${k}`] }), may: (o) => userOf(o)?.communityId === c, denied: 'NOT_FOUND' })),
  'governance.resources': both((c) => ({ input: () => ({ communityId: c }), may: civic(c), denied: 'FORBIDDEN' })),
  'governance.verifyResource': both((c, k) => ({ unit: c, input: () => ({ id: f[`resource-${k}`], rev: 1, approve: false, reason: '无法联系' }) })),
  'governance.matches': both((c, k) => ({ unit: c, input: () => ({ id: f[`need-${k}`] }) })),
  'governance.createProject': both((c, k) => ({ unit: c, input: () => ({ communityId: c, key: `matrix-project-${k}`, title: '矩阵测试项目', summary: '用于授权矩阵的项目', responsibleUnit: '居委会', needIds: [f[`need2-${k}`]], resourceIds: [], milestones: [] }) })),
  'governance.projects': both((c) => ({ input: () => ({ communityId: c }), may: civic(c), denied: 'FORBIDDEN' })),
  'governance.project': both((c, k) => ({ input: () => ({ id: f[`project-${k}`] }), may: civic(c), denied: 'FORBIDDEN' })),
  'governance.updateProject': both((c, k) => ({ unit: c, input: () => ({ id: f[`project-${k}`], text: '矩阵测试的进展' }) })),
  'governance.finishProject': both((c, k) => ({ unit: c, input: () => ({ id: f[`project-${k}`], result: '矩阵测试的成效' }) })),
  'governance.listsDashboard': community(),
  'governance.exportLists': community(() => ({ list: 'needs' })),
  'governance.openTopic': both((c, k) => ({ unit: c, input: () => ({ ...consultation(host), communityId: c, buildingIds: [k === 'xy' ? 'bd-xiyuan-03' : 'bd-dongqiao-01'] }) })),
  'governance.topics': both((c) => ({ input: () => ({ communityId: c }), may: civic(c), denied: 'FORBIDDEN' })),
  'governance.topic': both((c, k) => ({ input: () => ({ id: f[`topic-${k}`] }), may: civic(c), denied: 'FORBIDDEN' })),
  'governance.comment': both((c, k) => ({ input: () => ({ id: f[`topic-${k}`], text: '矩阵测试的意见' }), may: (o) => reaches(o, GOV_OFFICERS, c) || votersOf[k]!.includes(o), denied: 'FORBIDDEN' })),
  'governance.comments': both((c, k) => ({ input: () => ({ id: f[`topic-${k}`] }), may: civic(c), denied: 'FORBIDDEN' })),
  'governance.moderate': both((c, k) => ({ unit: c, input: () => ({ kind: 'comment', id: f[`comment-${k}`], publish: false, reason: '与议题无关' }) })),
  'governance.vote': both((_c, k) => ({ input: () => ({ id: f[`topic-${k}`], choice: 0 }), may: (o) => votersOf[k]!.includes(o), denied: 'FORBIDDEN' })),
  'governance.results': both((c, k) => ({ input: () => ({ id: f[`topic-${k}`] }), may: civic(c), denied: 'FORBIDDEN' })),
  'governance.recordMinutes': both((c, k) => ({ unit: c, input: () => ({ id: f[`topic-${k}`], decision: '同意', followUp: '下周实施' }) })),
  'governance.coverage': community(),
  'governance.visitHouseholds': community(),
  'governance.addVisitHousehold': both((_c, k) => ({ unit: k === 'xy' ? 'bd-xiyuan-02' : 'bd-dongqiao-01', input: () => ({ buildingId: k === 'xy' ? 'bd-xiyuan-02' : 'bd-dongqiao-01', entrance: 1, room: '909', label: '矩阵户' }) })),
};
Object.assign(PROBES, GOVERNANCE_PROBES);

/** Actions naming a record that can only ever be the caller's own: they have nothing of anyone else's to reach. */
const OWN_ONLY: Record<string, string> = {
  'activity.memberCode': 'a code for the caller’s own confirmed signup (CONFLICT otherwise)',
  'party.apply': 'a branch of the caller’s own community (INVALID_INPUT otherwise: party.test.ts)',
  'household.claim': 'a building of the caller’s own community (INVALID_INPUT otherwise: household.test.ts)',
  'legal-aid.apply': 'a team of the caller’s own street or community (INVALID_INPUT otherwise: legal-onboarding.test.ts)',
};
const TARGET_KEYS = ['communityId', 'unitId', 'id', 'activityId', 'buildingId'];

const actions = Object.entries(FUNCTIONS).flatMap(([fn, def]) => Object.keys(def.contract).map((action) => ({ fn, action, key: `${fn}.${action}`, rule: def.policy[action]! })));
const inputKeys = (fn: string, action: string) => Object.keys((FUNCTIONS[fn as keyof typeof FUNCTIONS].contract[action]!.input as unknown as { shape?: object }).shape ?? {});

async function makeTargets(): Promise<void> {
  const r = await host.callOk('demo-resident', 'grid', 'submit', { code: 'MS-01', answers: { householdSize: 2, hardship: ['因病'], phone: '13800000001' }, idempotencyKey: 'matrix-request' });
  f.request = r.request.id;
  requests.request = { resident: 'demo-resident', holder: { openid: 'demo-grid-worker', role: 'grid_worker', unitId: gridOf('bd-xiyuan-03') }, gridId: gridOf('bd-xiyuan-03') };
  for (const [k, officer, unitId] of [['xy', 'demo-secretary', 'cm-xiyuan'], ['dq', 'demo-secretary-2', 'cm-dongqiao']] as const) {
    for (const use of ['run', 'cancel', 'join']) f[`${use}-${k}`] = (await host.callOk(officer, 'activity', 'create', { ...activityInput(host, { capacity: 30 }), unitId })).id;
    const applicant = `mx-applicant-${k}`;
    const resident = `mx-resident-${k}`;
    for (const id of [applicant, resident]) {
      await host.callOk(id, 'user', 'enter', { scene: k === 'xy' ? 'cm-xiyuan~bd-xiyuan-06' : 'cm-dongqiao~bd-dongqiao-01' });
      await host.callOk(id, 'user', 'consent', { scope: 'membership', version: CONSENT_TEXTS.membership.version });
    }
    f[`application-${k}`] = (await host.callOk(applicant, 'party', 'apply', { unitId })).application!.id;
    await host.callOk(resident, 'household', 'claim', { buildingId: k === 'xy' ? 'bd-xiyuan-06' : 'bd-dongqiao-01', entrance: 1, room: '808' });
    const claim = await host.callOk(resident, 'household', 'claimOwner', { area: 88 });
    f[`claim-${k}`] = claim.id;
    revs[`claim-${k}`] = 2;
    // Two reports per community, held by its admin: one left open (the resident's steps), one resolved and confirmed.
    const admin = k === 'xy' ? 'demo-admin' : 'demo-admin-2';
    const gridId = gridOf(k === 'xy' ? 'bd-xiyuan-06' : 'bd-dongqiao-01');
    for (const use of ['ask', 'done']) {
      const made = await host.callOk(resident, 'grid', 'report', { category: 'road', description: '人行道地砖松动翘起', photos: [], idempotencyKey: `matrix-${use}-${k}` });
      f[`${use}-${k}`] = made.request.id;
      await host.callOk(admin, 'grid', 'accept', { id: made.request.id });
      requests[`${use}-${k}`] = { resident, holder: { openid: admin, role: 'community_admin', unitId: unitId }, gridId };
    }
    await host.callOk(admin, 'grid', 'resolve', { id: f[`done-${k}`]!, note: '地砖已重新铺好' });
    await host.callOk(resident, 'grid', 'confirm', { id: f[`done-${k}`]! });
    const current = await host.callOk(admin, 'org', 'settings', { communityId: unitId });
    settings[unitId] = { officeHours: current.officeHours, limits: current.limits };
  }
  await makeLegalTargets();
  await makeGovernanceTargets();
  for (const k of ['xy', 'dq']) {
    const communityId = k === 'xy' ? 'cm-xiyuan' : 'cm-dongqiao';
    const admin = k === 'xy' ? 'demo-admin' : 'demo-admin-2';
    for (const code of [`L${k === 'xy' ? 'XY' : 'DQ'}-91`, `L${k === 'xy' ? 'XY' : 'DQ'}-92`]) {
      const { reviewedAt: _r, reviewedAgainst: _a, ...item } = localItem(code);
      await host.callOk(admin, 'catalog-admin', 'addLocal', { communityId, item });
    }
  }
}

/** A pending booking and three quick questions (open, open, claimed) in each community; a completed booking in 西园. */
async function makeLegalTargets(): Promise<void> {
  const lawyerId = volunteerIdOf(LAWYER);
  f['booking-xy'] = bookingIdOf('demo-resident-2', 'seed-pending');
  f['rated-xy'] = bookingIdOf('demo-resident', 'seed-completed');
  f['question-xy'] = questionIdOf('demo-resident-2', 'seed-question');
  const [start] = await freeStarts(host, 'mx-resident-dq', lawyerId);
  f['booking-dq'] = (await host.callOk('mx-resident-dq', 'legal-aid', 'book', bookInput(lawyerId, start!, { idempotencyKey: 'matrixbookingdq01' }))).booking.id;
  f['rated-dq'] = f['booking-dq'];
  const ask = async (asker: string, key: string) =>
    (await host.callOk(asker, 'legal-aid', 'ask', { specialty: 'family', service: 'guidance', text: '父母年迈，兄弟姐妹之间赡养费用该如何分担？', consent: true, idempotencyKey: key })).question.id;
  f['question-dq'] = await ask(askerOf.dq, 'matrixquestiondq01');
  for (const k of ['xy', 'dq'] as const) {
    f[`open-${k}`] = await ask(askerOf[k], `matrixopen${k}000001`);
    f[`claimed-${k}`] = await ask(askerOf[k], `matrixclaimed${k}0001`);
    await host.callOk(LAWYER, 'legal-aid', 'claim', { id: f[`claimed-${k}`]! });
  }
}

/** Per community: two needs, a pending resource, a project, an open topic with a comment. */
async function makeGovernanceTargets(): Promise<void> {
  const need = { category: 'facilities' as const, description: '楼道灯坏了需要维修', people: 5 };
  for (const [k, resident, officer, communityId, buildingId] of [
    ['xy', 'demo-resident-2', 'demo-secretary', 'cm-xiyuan', 'bd-xiyuan-03'],
    ['dq', 'mx-resident-dq', 'demo-secretary-2', 'cm-dongqiao', 'bd-dongqiao-01'],
  ] as const) {
    f[`need-${k}`] = (await host.callOk(resident, 'governance', 'postNeed', need)).id;
    f[`need2-${k}`] = (await host.callOk(resident, 'governance', 'postNeed', { ...need, description: '楼下需要增设休息座椅' })).id;
    f[`resource-${k}`] = (await host.callOk(resident, 'governance', 'offerResource', { type: 'venue', title: '活动室', description: '可容纳三十人', providerKind: 'shop', providerName: '便民超市', availability: '周末', contactName: '张老板', contactPhone: '13911112222' })).id;
    f[`project-${k}`] = (await host.callOk(officer, 'governance', 'createProject', { communityId, key: `matrix-setup-${k}`, title: '楼道灯维修项目', summary: '维修楼道灯', responsibleUnit: '物业', needIds: [f[`need-${k}`]!], resourceIds: [], milestones: [] })).id;
    f[`topic-${k}`] = (await host.callOk(officer, 'governance', 'openTopic', { ...consultation(host), communityId, buildingIds: [buildingId] })).id;
    f[`comment-${k}`] = (await host.callOk(k === 'xy' ? 'demo-resident' : officer, 'governance', 'comment', { id: f[`topic-${k}`]!, text: '支持这个方案' })).id;
  }
}

beforeAll(makeTargets, 60_000);

describe('the authorization matrix', () => {
  it('is the table every deployed function enforces, one rule per action of its contract', () => {
    for (const [name, def] of Object.entries(FUNCTIONS)) {
      expect(def.name).toBe(name);
      expect(def.policy).toBe(POLICY[name as keyof typeof POLICY]);
      expect(Object.keys(def.policy).sort()).toEqual(Object.keys(def.contract).sort());
    }
  });

  it('has a probe for every action that names a target, or says why none is needed', () => {
    const missing = actions.filter(({ fn, action, key }) => inputKeys(fn, action).some((k) => TARGET_KEYS.includes(k)) && !PROBES[key] && !OWN_ONLY[key]).map((a) => a.key);
    expect(missing).toEqual([]);
    for (const key of [...Object.keys(PROBES), ...Object.keys(OWN_ONLY)]) expect(actions.map((a) => a.key)).toContain(key);
  });

  it.each(actions.map((a) => [a.key, a] as const))('%s: every caller the rule does not admit is refused, and nothing is written', async (_key, { fn, action, rule }) => {
    const refused = CALLERS.filter((o) => !admits(rule, { openid: o, user: userOf(o) }));
    const before = snapshotData(host.dataDir);
    for (const openid of refused) {
      const res = await host.callRaw(openid, fn, action, PROBES[`${fn}.${action}`]?.[0]?.input() ?? {});
      expect([openid, res.error?.code]).toEqual([openid, 'FORBIDDEN']);
    }
    expect(snapshotData(host.dataDir)).toEqual(before);
  });

  const scoped = actions.flatMap((a) => (PROBES[a.key] ?? []).map((p) => [`${a.key} in ${p.where}`, a, p] as const));
  it.each(scoped)('%s: refused to callers out of scope (writing nothing), not to those in scope', async (_label, { fn, action, rule }, probe) => {
    const admitted = CALLERS.filter((o) => admits(rule, { openid: o, user: userOf(o) }));
    const may = (o: string) => (probe.may ? probe.may(o) : rule.allow !== 'signedIn' && reaches(o, rule.allow, probe.unit!));
    const denied = (o: string) => (typeof probe.denied === 'function' ? probe.denied(o) : (probe.denied ?? 'FORBIDDEN'));
    const outside = admitted.filter((o) => !may(o));
    const before = snapshotData(host.dataDir);
    for (const openid of outside) {
      const res = await host.callRaw(openid, fn, action, probe.input());
      expect([openid, res.error?.code]).toEqual([openid, denied(openid)]);
    }
    expect(snapshotData(host.dataDir)).toEqual(before);
    const inside = admitted.filter(may);
    expect(inside.length + outside.length).toBe(admitted.length);
    for (const openid of inside) {
      const res = await host.callRaw(openid, fn, action, probe.input());
      expect([openid, res.error?.code === 'FORBIDDEN' || res.error?.code === denied(openid) ? res.error : 'admitted']).toEqual([openid, 'admitted']);
    }
  });

  it('tries every scope rule from both communities: 东桥’s admin and secretary meet 西园’s targets, and the reverse', () => {
    const crossing = Object.values(PROBES).flat().filter((p) => p.unit);
    expect(crossing.some((p) => p.where === '西园' && !reaches('demo-admin-2', ['community_admin'], p.unit!))).toBe(true);
    expect(crossing.some((p) => p.where === '东桥' && !reaches('demo-secretary', ['branch_officer'], p.unit!))).toBe(true);
    expect(crossing.some((p) => p.where === '东桥' && reaches('demo-secretary-2', ['branch_officer'], p.unit!))).toBe(true);
  });
});
