import type { Contracts } from '../../../types/api';
import type { Role } from '../../../types/roles';
import type { Allow, RateLimit, Rule } from '../kernel/authorize';
import { LIMITS } from './rate-limits';
import { HOUSEHOLD_VERIFIER_ROLES } from './residence';

/**
 * The one authorization table: for each action of each function, who may call it, how often (its rate class), and
 * what verified residence or consent it needs (kernel/authorize.ts says what each field means). Typed by the
 * contract, so an action without a rule, or a rule for an action that does not exist, fails `tsc`; and a rule must
 * say whether the action reads (`read`) or writes under a limit (`write`), so no new action arrives unlimited by
 * accident. Scope (which community, which branch, which record) is checked by the domain through access/scope.ts.
 * Timer-triggered actions declare their schedule here and nowhere else: the host's timers and each function's
 * CloudBase triggers are derived from it.
 */
export type Policy = { readonly [F in keyof Contracts]: { readonly [A in keyof Contracts[F]]: Rule } };

type Extra = Omit<Rule, 'allow' | 'rate'>;

const signedIn: Allow = 'signedIn';
const only = (...roles: Role[]): Allow => roles;
const admins = only('community_admin', 'street_admin');
const officers = only('branch_officer');
/** Everyone who can hold a request: grid workers, property liaisons, community and street admins. */
const workers = only('grid_worker', 'property_liaison', 'community_admin', 'street_admin');
/** Who may confirm a household (scope, and ownership for admins only: access/residence.ts). */
const verifiers = only(...HOUSEHOLD_VERIFIER_ROLES);
/** The community's officers for co-governance: its residents' committee (admins) and its Party branch. */
const govOfficers = only('community_admin', 'street_admin', 'branch_officer');
/** Who visits households (进百家门): party members (their assigned households), grid workers (their grid), officers. */
const visitors = only('party_member', 'grid_worker', 'branch_officer', 'community_admin', 'street_admin');

// The extras keep their literal types, so that code reads a level from the table typed as it is declared.
/** Changes nothing a person could repeat to harm anyone. */
const read = <E extends Extra = Record<never, never>>(allow: Allow, extra?: E): Rule & E => ({ allow, rate: 'read', ...(extra as E) });
/** Each success counts in the caller's window of the class. */
const write = <E extends Extra = Record<never, never>>(allow: Allow, limit: RateLimit, extra?: E): Rule & E => ({ allow, rate: { limit, mode: 'count' }, ...(extra as E) });
/** Refused while the class's window is full; counted by the action of the class that every repeat must go through. */
const checkedBy = <E extends Extra = Record<never, never>>(allow: Allow, limit: RateLimit, extra?: E): Rule & E => ({ allow, rate: { limit, mode: 'check' }, ...(extra as E) });

const EVERY_MINUTE = '0 */1 * * * * *';
const EVERY_FIVE_MINUTES = '0 */5 * * * * *';
const EVERY_TEN_MINUTES = '0 */10 * * * * *';

export const POLICY = {
  user: {
    communities: read(signedIn),
    me: read(signedIn),
    enter: write(signedIn, LIMITS.account),
    updateProfile: write(signedIn, LIMITS.account),
    consent: write(signedIn, LIMITS.account),
    whoReadMyData: read(signedIn),
    // Personal-data rights: strictly the caller's own data.
    exportMyData: write(signedIn, LIMITS.export),
    deleteMe: write(signedIn, LIMITS.erase),
    // Admins may run it by hand; the timer resumes unfinished erasures every five minutes.
    // The first street admin's one-time code: limited like any account change, so it cannot be guessed in a loop.
    claimAdmin: write(signedIn, LIMITS.account),
    finishErasures: write(admins, LIMITS.ops, { timer: { cron: EVERY_FIVE_MINUTES } }),
  },
  catalog: { list: read(signedIn), get: read(signedIn), frequent: read(signedIn), reportMistake: write(signedIn, LIMITS.post) },
  'catalog-admin': {
    scopes: read(admins),
    items: read(admins),
    item: read(admins),
    adjust: write(admins, LIMITS.staff),
    addLocal: write(admins, LIMITS.staff),
    updateLocal: write(admins, LIMITS.staff),
    removeLocal: write(admins, LIMITS.staff),
    audit: read(admins),
    handbook: read(admins),
    reports: read(admins),
    resolveReport: write(admins, LIMITS.staff),
    reviewDue: read(admins),
  },
  // Requests: who may read or act on one (its resident, its holder, the admins above it) is the domain's check.
  // Reporting a problem needs no verified residence: anyone in the community may ask for help.
  grid: {
    submit: write(signedIn, LIMITS.post),
    report: write(signedIn, LIMITS.post),
    similar: read(signedIn),
    route: read(signedIn),
    mine: read(signedIn),
    get: read(signedIn),
    comment: write(signedIn, LIMITS.post),
    confirm: write(signedIn, LIMITS.post),
    reopen: write(signedIn, LIMITS.post),
    rate: write(signedIn, LIMITS.post),
    inbox: read(workers),
    accept: write(workers, LIMITS.staff),
    start: write(workers, LIMITS.staff),
    resolve: write(workers, LIMITS.staff),
    transfer: write(workers, LIMITS.staff),
    pause: write(workers, LIMITS.staff),
    resume: write(workers, LIMITS.staff),
    handOff: write(only('street_admin'), LIMITS.staff),
    sendBack: write(only('street_admin'), LIMITS.staff),
    // Oversight: figures for the units the caller works in or oversees, never per person.
    dashboard: read(only('grid_worker', 'branch_officer', 'community_admin', 'street_admin')),
    exportDashboard: write(only('grid_worker', 'branch_officer', 'community_admin', 'street_admin'), LIMITS.export),
    reviewQueue: read(admins),
    clearReview: write(admins, LIMITS.staff),
    // Timers keep the clocks; admins may run them by hand.
    escalateOverdue: write(admins, LIMITS.ops, { timer: { cron: EVERY_MINUTE } }),
    closeUnrated: write(admins, LIMITS.ops, { timer: { cron: EVERY_TEN_MINUTES } }),
    sweep: write(admins, LIMITS.ops, { timer: { cron: EVERY_MINUTE } }),
  },
  notify: {
    inbox: read(signedIn),
    unreadCount: read(signedIn),
    markRead: write(signedIn, LIMITS.inbox),
    grantSubscribe: write(signedIn, LIMITS.inbox),
    subscriptions: read(signedIn),
    // Admins may also run it by hand (a stuck queue); the timer runs it every minute.
    dispatch: write(admins, LIMITS.ops, { timer: { cron: EVERY_MINUTE } }),
    deadLetters: read(admins),
    retry: write(admins, LIMITS.ops),
  },
  // Party membership: applying is open to residents who agreed to the membership data being kept (sensitive data,
  // asked separately when it is collected); the register and decisions to branch officers, their reads logged.
  party: {
    branches: read(signedIn),
    apply: write(signedIn, LIMITS.post, { consent: 'membership' }),
    myMembership: read(signedIn),
    applications: read(officers),
    decide: write(officers, LIMITS.staff),
    members: read(officers),
  },
  // Party activities: audience and organiser scope are checked by the domain along the org tree.
  activity: {
    list: read(signedIn),
    get: read(signedIn),
    organiserUnits: read(officers),
    create: write(officers, LIMITS.staff),
    update: write(officers, LIMITS.staff),
    cancelActivity: write(officers, LIMITS.staff),
    // An activity open to residents admits those whose household inside its audience is verified.
    signup: checkedBy(signedIn, LIMITS.seat, { residenceByRecord: 'household' }),
    cancel: write(signedIn, LIMITS.seat),
    mySignups: read(signedIn),
    checkInToken: read(officers),
    memberCode: read(signedIn),
    checkIn: write(signedIn, LIMITS.checkIn),
    markAttendance: write(officers, LIMITS.staff),
    attendance: read(officers),
    exportAttendance: write(officers, LIMITS.export),
    history: read(signedIn),
    participation: read(officers),
    // Admins may run it by hand; the timer runs it every minute.
    sweep: write(admins, LIMITS.ops, { timer: { cron: EVERY_MINUTE } }),
  },
  // Households: stating one's own needs nothing; verifying needs a grant reaching the building.
  household: {
    mine: read(signedIn),
    claim: write(signedIn, LIMITS.account),
    claimOwner: write(signedIn, LIMITS.account),
    pending: read(verifiers),
    verify: write(verifiers, LIMITS.staff),
    verifyOwner: write(admins, LIMITS.staff),
  },
  // Legal aid: anyone may apply, book and ask; verified volunteers (granted `lawyer` on their team's unit) serve;
  // the team's admins verify. Which record, which team and the volunteer's own status are the domain's checks.
  'legal-aid': {
    apply: write(signedIn, LIMITS.post),
    myVolunteer: read(signedIn),
    volunteers: read(admins),
    verify: write(admins, LIMITS.staff),
    pause: write(only('lawyer'), LIMITS.staff),
    // An applicant withdraws a pending application this way too, before holding the role.
    leave: write(signedIn, LIMITS.account),
    setAvailability: write(only('lawyer'), LIMITS.staff),
    lawyers: read(signedIn),
    slots: read(signedIn),
    // Booking is held by the active-booking limit; giving slots up (cancel, reschedule) counts, as with seats.
    book: checkedBy(signedIn, LIMITS.seat),
    mine: read(signedIn),
    get: read(signedIn),
    reads: read(signedIn),
    accept: write(only('lawyer'), LIMITS.staff),
    decline: write(only('lawyer'), LIMITS.staff),
    // The resident cancels their own; the assigned volunteer theirs: the domain tells which.
    cancel: write(signedIn, LIMITS.seat),
    reschedule: write(signedIn, LIMITS.seat),
    complete: write(only('lawyer'), LIMITS.staff),
    rate: write(signedIn, LIMITS.post),
    ask: write(signedIn, LIMITS.post),
    question: read(signedIn),
    withdraw: write(signedIn, LIMITS.post),
    questions: read(only('lawyer')),
    claim: write(only('lawyer'), LIMITS.staff),
    answer: write(only('lawyer'), LIMITS.staff),
    agenda: read(only('lawyer')),
    // A volunteer who has left keeps their record of service (the domain checks they served).
    serviceRecord: read(signedIn),
    stats: read(admins),
    // Expiry and reconciliation; admins may run it by hand, the timer every minute.
    sweep: write(admins, LIMITS.ops, { timer: { cron: EVERY_MINUTE } }),
  },
  // Settings that drive requests; scope (which community, which street) is checked by the domain.
  org: {
    settings: read(admins),
    setOfficeHours: write(admins, LIMITS.staff),
    setLimits: write(only('street_admin'), LIMITS.staff),
    setCategoryRules: write(admins, LIMITS.staff),
    importCsv: write(admins, LIMITS.staff),
  },
  // Appointments: who may appoint whom on which unit is checked by the domain (staff/appointment-rules.ts).
  // An invitation code is guessed only in a loop: reading and accepting one are account changes, limited.
  staff: {
    invite: write(admins, LIMITS.staff),
    invitation: write(signedIn, LIMITS.account),
    accept: write(signedIn, LIMITS.account),
    revoke: write(admins, LIMITS.staff),
    handOver: write(admins, LIMITS.staff),
    list: read(admins),
  },
  // Co-governance: anyone in a community posts needs, says 我也需要 and offers resources; the community's officers
  // (居委会 and 党支部) verify, make projects and open topics; party members and grid workers visit households. Scope
  // (which community, which topic's buildings, whose households) is checked by the domain (governance/scope.ts).
  governance: {
    postNeed: write(signedIn, LIMITS.post),
    needs: read(signedIn),
    meToo: write(signedIn, LIMITS.vote),
    offerResource: write(signedIn, LIMITS.post),
    resources: read(signedIn),
    verifyResource: write(govOfficers, LIMITS.staff),
    matches: read(govOfficers),
    createProject: write(govOfficers, LIMITS.staff),
    projects: read(signedIn),
    project: read(signedIn),
    updateProject: write(govOfficers, LIMITS.staff),
    finishProject: write(govOfficers, LIMITS.staff),
    listsDashboard: read(govOfficers),
    exportLists: write(govOfficers, LIMITS.export),
    openTopic: write(govOfficers, LIMITS.staff),
    topics: read(signedIn),
    topic: read(signedIn),
    // Discussion and votes: a verified household inside the topic's buildings (an owners' decision: a verified owner).
    comment: write(signedIn, LIMITS.post, { residenceByRecord: 'household' }),
    comments: read(signedIn),
    moderate: write(govOfficers, LIMITS.staff),
    vote: write(signedIn, LIMITS.vote, { residenceByRecord: 'household' }),
    results: read(signedIn),
    recordMinutes: write(govOfficers, LIMITS.staff),
    myVisits: read(visitors),
    logVisit: write(visitors, LIMITS.staff),
    visits: read(visitors),
    coverage: read(govOfficers),
    visitHouseholds: read(govOfficers),
    addVisitHousehold: write(only('grid_worker', 'community_admin', 'street_admin', 'branch_officer'), LIMITS.staff),
    assignVisitor: write(govOfficers, LIMITS.staff),
    markCare: write(govOfficers, LIMITS.staff),
  },
} as const satisfies Policy;
