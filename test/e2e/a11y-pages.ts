import type { TestHost } from '../../scripts/harness/test-host';
import { bookingIdOf } from '../../cloudfunctions/core/legal-aid/booking.repository';
import { questionIdOf } from '../../cloudfunctions/core/legal-aid/question.repository';
import { volunteerIdOf } from '../../cloudfunctions/core/legal-aid/volunteer.repository';

/**
 * Every page of src/app.config.ts, as the accessibility check opens it: who is signed in (a demo openid), the query it needs (from the seed, or made by `prepare`), and an element that says the page has loaded.
 * A page added to app.config.ts without a line here fails the check: add one.
 */
export interface PageVisit {
  as: string;
  query?: Record<string, string>;
  ready: string;
}

export interface PreparedData {
  /** A request demo-resident submitted, for its detail page. */
  requestId: string;
  /** A free consultation of the seed's lawyer, for the booking form. */
  slotStart: number;
}

/** Data the seed does not hold: made through the functions, as a user would. */
export async function prepare(host: TestHost): Promise<PreparedData> {
  const { request } = await host.callOk('demo-resident', 'grid', 'submit', {
    code: 'MS-01',
    answers: { householdSize: 3, hardship: ['因病'], phone: '13800000001' },
    idempotencyKey: 'rq-a11y-check-0001',
  });
  const { days } = await host.callOk('demo-resident', 'legal-aid', 'slots', { lawyerId: LAWYER_ID });
  return { requestId: request.id, slotStart: days.flatMap((d) => d.slots)[0]?.startAt ?? 0 };
}

const RESIDENT = 'demo-resident';
const ADMIN = 'demo-admin';
const SECRETARY = 'demo-secretary';
/** On duty in 西园第二网格 and the deputy of the first: every 西园 request is in reach. */
const GRID_WORKER = 'demo-grid-worker-2';
const COMMUNITY = { community: 'cm-xiyuan' };
const LAWYER = 'demo-lawyer';
const LAWYER_ID = volunteerIdOf(LAWYER);

export function pageVisits(data: PreparedData): Record<string, PageVisit> {
  return {
    'pages/home/index': { as: RESIDENT, ready: '.home .home__community' },
    'pages/catalog/index': { as: RESIDENT, ready: '.catalog .item-row' },
    'pages/me/index': { as: RESIDENT, ready: '.me .me__name' },
    'pages/item/index': { as: RESIDENT, query: { code: 'MS-01' }, ready: '.item .item__title' },
    'pages/inbox/index': { as: RESIDENT, ready: '.inbox .inbox__toolbar' },
    'pages/login/index': { as: RESIDENT, ready: '.login .login__user' },
    'pkg-ops/dead-letters/index': { as: ADMIN, ready: '.dead-letters .empty' },
    'pkg-service/request/index': { as: RESIDENT, query: { code: 'MS-01' }, ready: '.request-form .route-card' },
    'pkg-service/mine/index': { as: RESIDENT, ready: '.my-requests .my-requests__row' },
    'pkg-service/detail/index': { as: RESIDENT, query: { id: data.requestId }, ready: '.request-detail .request-detail__title' },
    'pkg-service/report/index': { as: RESIDENT, ready: '.report .report__category' },
    'pkg-grid/inbox/index': { as: GRID_WORKER, ready: '.inbox .inbox__row' },
    'pkg-grid/request/index': { as: GRID_WORKER, query: { id: data.requestId }, ready: '.work .work__title' },
    'pkg-oversight/dashboard/index': { as: SECRETARY, ready: '.oversight .oversight__note' },
    'pkg-admin/staff/index': { as: ADMIN, query: COMMUNITY, ready: '.staff .staff__member' },
    'pkg-admin/invite/index': { as: ADMIN, query: COMMUNITY, ready: '.invite .admin-chip' },
    // The invitee's page: without a scanned code it asks for one.
    'pkg-admin/join/index': { as: RESIDENT, ready: '.join .join__input' },
    'pkg-admin/settings/index': { as: ADMIN, query: COMMUNITY, ready: '.settings .settings__rule' },
    'pkg-admin/content-review/index': { as: ADMIN, query: COMMUNITY, ready: '.content-review .empty' },
    'pkg-admin/catalog/index': { as: ADMIN, query: COMMUNITY, ready: '.catalog-admin .catalog-admin__row' },
    'pkg-admin/item/index': { as: ADMIN, query: { ...COMMUNITY, code: 'MS-01' }, ready: '.adjust-item .adjust-item__field' },
    'pkg-admin/local/index': { as: ADMIN, query: COMMUNITY, ready: '.local-item .local-item__field' },
    'pkg-admin/handbook/index': { as: ADMIN, query: COMMUNITY, ready: '.handbook-page .handbook-page__doc' },
    // Opened by anyone holding a setup code; without one it is the form and its explanation.
    'pkg-admin/activate/index': { as: RESIDENT, ready: '.activate .activate__intro' },
    'pkg-admin/review/index': { as: ADMIN, query: COMMUNITY, ready: '.review .review__due' },
    'pkg-activity/list/index': { as: RESIDENT, ready: '.activity-list .activity-card' },
    'pkg-activity/detail/index': { as: RESIDENT, query: { id: 'act_demovolunteer' }, ready: '.activity-detail .activity-detail__title' },
    'pkg-activity/mine/index': { as: RESIDENT, ready: '.my-activities .empty' },
    'pkg-activity/checkin/index': { as: RESIDENT, ready: '.checkin .checkin__help' },
    'pkg-activity/apply/index': { as: RESIDENT, ready: '.party-apply .party-apply__form' },
    'pkg-branch/index/index': { as: SECRETARY, ready: '.branch-home .activity-card' },
    'pkg-branch/edit/index': { as: SECRETARY, ready: '.edit .edit__field' },
    'pkg-branch/manage/index': { as: SECRETARY, query: { id: 'act_demothemeday' }, ready: '.manage .manage__person' },
    'pkg-branch/qr/index': { as: SECRETARY, query: { id: 'act_demothemeday' }, ready: '.qr .qr__title' },
    'pkg-branch/approvals/index': { as: SECRETARY, ready: '.approvals .approvals__app' },
    'pkg-branch/stats/index': { as: SECRETARY, ready: '.stats .stats__row' },
    // Legal aid, on the seed's cases (seed/demo-legal.ts): demo-resident's confirmed booking, demo-resident-2's question.
    'pkg-legal/index/index': { as: RESIDENT, ready: '.legal-home .legal-home__lawyer' },
    'pkg-legal/lawyer/index': { as: RESIDENT, query: { id: LAWYER_ID }, ready: '.legal-lawyer .legal-lawyer__slot' },
    'pkg-legal/book/index': { as: RESIDENT, query: { lawyerId: LAWYER_ID, startAt: String(data.slotStart) }, ready: '.book .book__specialty' },
    'pkg-legal/ask/index': { as: RESIDENT, ready: '.ask .ask__specialty' },
    'pkg-legal/mine/index': { as: RESIDENT, ready: '.my-legal .legal-booking-row' },
    'pkg-legal/booking/index': { as: RESIDENT, query: { id: bookingIdOf(RESIDENT, 'seed-confirmed') }, ready: '.legal-booking .legal-booking__status' },
    'pkg-legal/question/index': { as: 'demo-resident-2', query: { id: questionIdOf('demo-resident-2', 'seed-question') }, ready: '.legal-question .legal-question__text' },
    'pkg-legal/apply/index': { as: RESIDENT, ready: '.apply .apply__form' },
    'pkg-legal/hours/index': { as: LAWYER, ready: '.hours .hours__day-name' },
    'pkg-legal/desk/index': { as: LAWYER, ready: '.desk .desk__link' },
    'pkg-legal/record/index': { as: LAWYER, ready: '.record .record__title' },
    'pkg-legal/admin/index': { as: 'demo-street-admin', ready: '.legal-admin .legal-admin__volunteer' },
    'pkg-household/mine/index': { as: RESIDENT, ready: '.household-mine .card' },
    'pkg-household/verify/index': { as: 'demo-building-head', ready: '.household-verify .household-verify__claim' },
    'pkg-privacy/guide/index': { as: RESIDENT, ready: '.privacy-guide .privacy-guide__section' },
    'pkg-privacy/reads/index': { as: RESIDENT, ready: '.privacy-reads .privacy-reads__intro' },
    'pkg-privacy/data/index': { as: RESIDENT, ready: '.privacy-data .privacy-data__export' },
    // Co-governance: 李大爷家 is 西园2栋2单元302, assigned to 刘志强 in the seed.
    'pkg-gov/needs/index': { as: RESIDENT, ready: '.gov-needs .gov-needs__row' },
    'pkg-gov/resources/index': { as: ADMIN, ready: '.gov-resources .gov-resources__row' },
    'pkg-gov/projects/index': { as: SECRETARY, ready: '.gov-projects .gov-projects__row' },
    'pkg-gov/project/index': { as: SECRETARY, query: { id: 'pj_demo000000000000000001' }, ready: '.gov-project .gov-project__title' },
    'pkg-gov/project-new/index': { as: SECRETARY, ready: '.gov-project-new .gov-project-new__need' },
    'pkg-gov/topics/index': { as: RESIDENT, ready: '.gov-topics .gov-topics__row' },
    'pkg-gov/topic/index': { as: RESIDENT, query: { id: 'tp_demo000000000001' }, ready: '.gov-topic .gov-topic__option' },
    'pkg-gov/topic-new/index': { as: SECRETARY, ready: '.gov-topic-new .gov-topic-new__building' },
    'pkg-gov/visits/index': { as: 'demo-party-member', ready: '.gov-visits .gov-visits__row' },
    'pkg-gov/visit/index': { as: 'demo-party-member', query: { id: 'vh_bccd2e2c8cdc449e42d2f769' }, ready: '.gov-visit .gov-visit__household' },
    'pkg-gov/board/index': { as: SECRETARY, ready: '.gov-board .gov-board__coverage' },
  };
}
