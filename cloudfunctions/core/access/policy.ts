import type { Contracts } from '../../../types/api';
import type { Role } from '../../../types/roles';
import type { Rule } from '../kernel/authorize';

/**
 * The one authorization table: who may call each action of each function. Typed by the contract, so an action
 * without a rule, or a rule for an action that does not exist, fails `tsc`. Scope (which community, which branch,
 * which record) is checked by the domain through access/scope.ts. Timer-triggered actions declare their schedule
 * here and nowhere else: the host's timers and each function's CloudBase triggers are derived from it.
 */
export type Policy = { readonly [F in keyof Contracts]: { readonly [A in keyof Contracts[F]]: Rule } };

const signedIn: Rule = { allow: 'signedIn' };
const only = (...roles: Role[]): Rule => ({ allow: roles });
const admins = only('community_admin', 'street_admin');
const officers = only('branch_officer');
/** Everyone who can hold a request: grid workers, property liaisons, community and street admins. */
const workers = only('grid_worker', 'property_liaison', 'community_admin', 'street_admin');
const EVERY_MINUTE = '0 */1 * * * * *';
const EVERY_TEN_MINUTES = '0 */10 * * * * *';

export const POLICY = {
  user: { communities: signedIn, me: signedIn, enter: signedIn, updateProfile: signedIn, claimAdmin: signedIn },
  catalog: { list: signedIn, get: signedIn, frequent: signedIn, reportMistake: signedIn },
  'catalog-admin': {
    scopes: admins,
    items: admins,
    item: admins,
    adjust: admins,
    addLocal: admins,
    updateLocal: admins,
    removeLocal: admins,
    audit: admins,
    handbook: admins,
    reports: admins,
    resolveReport: admins,
    reviewDue: admins,
  },
  // Requests: who may read or act on one (its resident, its holder, the admins above it) is the domain's check.
  grid: {
    submit: signedIn,
    report: signedIn,
    similar: signedIn,
    route: signedIn,
    mine: signedIn,
    get: signedIn,
    comment: signedIn,
    confirm: signedIn,
    reopen: signedIn,
    rate: signedIn,
    inbox: workers,
    accept: workers,
    start: workers,
    resolve: workers,
    transfer: workers,
    pause: workers,
    resume: workers,
    handOff: only('street_admin'),
    sendBack: only('street_admin'),
    // Oversight: figures for the units the caller works in or oversees, never per person.
    dashboard: only('grid_worker', 'branch_officer', 'community_admin', 'street_admin'),
    exportDashboard: only('grid_worker', 'branch_officer', 'community_admin', 'street_admin'),
    reviewQueue: admins,
    clearReview: admins,
    // Timers keep the clocks; admins may run them by hand.
    escalateOverdue: { ...admins, timer: { cron: EVERY_MINUTE } },
    closeUnrated: { ...admins, timer: { cron: EVERY_TEN_MINUTES } },
    sweep: { ...admins, timer: { cron: EVERY_MINUTE } },
  },
  notify: {
    inbox: signedIn,
    unreadCount: signedIn,
    markRead: signedIn,
    grantSubscribe: signedIn,
    subscriptions: signedIn,
    // Admins may also run it by hand (a stuck queue); the timer runs it every minute.
    dispatch: { ...admins, timer: { cron: EVERY_MINUTE } },
    deadLetters: admins,
    retry: admins,
  },
  // Party membership: applying is open to residents; the register and decisions to branch officers.
  party: { branches: signedIn, apply: signedIn, myMembership: signedIn, applications: officers, decide: officers, members: officers },
  // Party activities: audience and organiser scope are checked by the domain along the org tree.
  activity: {
    list: signedIn,
    get: signedIn,
    organiserUnits: officers,
    create: officers,
    update: officers,
    cancelActivity: officers,
    signup: signedIn,
    cancel: signedIn,
    mySignups: signedIn,
    checkInToken: officers,
    memberCode: signedIn,
    checkIn: signedIn,
    markAttendance: officers,
    attendance: officers,
    exportAttendance: officers,
    history: signedIn,
    participation: officers,
    // Admins may run it by hand; the timer runs it every minute.
    sweep: { ...admins, timer: { cron: EVERY_MINUTE } },
  },
  // Settings that drive requests; scope (which community, which street) is checked by the domain.
  org: { settings: admins, setOfficeHours: admins, setLimits: only('street_admin'), setCategoryRules: admins, importCsv: admins },
  // Appointments: who may appoint whom on which unit is checked by the domain (staff/appointment-rules.ts).
  staff: { invite: admins, invitation: signedIn, accept: signedIn, revoke: admins, handOver: admins, list: admins },
} as const satisfies Policy;
