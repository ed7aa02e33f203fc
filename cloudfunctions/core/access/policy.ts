import type { Role } from '../../../types/roles';

/**
 * The one authorization table: which roles may call each action. `signedIn` admits any caller with an
 * identity (a new resident included). Scope (which community, which branch) is checked by the domain
 * against the org tree, using the grants in access/grants.ts.
 */
export type Rule = 'signedIn' | readonly Role[];

export const POLICY: Record<string, Rule> = {
  'user.communities': 'signedIn',
  'user.me': 'signedIn',
  'user.enter': 'signedIn',
  'user.updateProfile': 'signedIn',
  'catalog.list': 'signedIn',
  'catalog.get': 'signedIn',
  'catalog.frequent': 'signedIn',
  'catalog.reportMistake': 'signedIn',
  'catalog-admin.scopes': ['community_admin', 'street_admin'],
  'catalog-admin.items': ['community_admin', 'street_admin'],
  'catalog-admin.item': ['community_admin', 'street_admin'],
  'catalog-admin.adjust': ['community_admin', 'street_admin'],
  'catalog-admin.addLocal': ['community_admin', 'street_admin'],
  'catalog-admin.updateLocal': ['community_admin', 'street_admin'],
  'catalog-admin.removeLocal': ['community_admin', 'street_admin'],
  'catalog-admin.audit': ['community_admin', 'street_admin'],
  'catalog-admin.handbook': ['community_admin', 'street_admin'],
  'catalog-admin.reports': ['community_admin', 'street_admin'],
  'catalog-admin.resolveReport': ['community_admin', 'street_admin'],
  'catalog-admin.reviewDue': ['community_admin', 'street_admin'],
  'grid.submit': 'signedIn',
  'grid.route': 'signedIn',
  'grid.mine': 'signedIn',
  'grid.get': 'signedIn',
  'notify.inbox': 'signedIn',
  'notify.unreadCount': 'signedIn',
  'notify.markRead': 'signedIn',
  'notify.grantSubscribe': 'signedIn',
  'notify.dispatch': ['community_admin', 'street_admin'],
  'notify.deadLetters': ['community_admin', 'street_admin'],
  'notify.retry': ['community_admin', 'street_admin'],
  // Party membership: applying is open to residents; the register and decisions to branch officers (scope in the domain).
  'party.branches': 'signedIn',
  'party.apply': 'signedIn',
  'party.myMembership': 'signedIn',
  'party.applications': ['branch_officer'],
  'party.decide': ['branch_officer'],
  'party.members': ['branch_officer'],
  // Party activities: audience and organiser scope are checked by the domain along the org tree.
  'activity.list': 'signedIn',
  'activity.get': 'signedIn',
  'activity.organiserUnits': ['branch_officer'],
  'activity.create': ['branch_officer'],
  'activity.update': ['branch_officer'],
  'activity.cancelActivity': ['branch_officer'],
  'activity.signup': 'signedIn',
  'activity.cancel': 'signedIn',
  'activity.mySignups': 'signedIn',
  'activity.checkInToken': ['branch_officer'],
  'activity.memberCode': 'signedIn',
  'activity.checkIn': 'signedIn',
  'activity.markAttendance': ['branch_officer'],
  'activity.attendance': ['branch_officer'],
  'activity.exportAttendance': ['branch_officer'],
  'activity.history': 'signedIn',
  'activity.participation': ['branch_officer'],
};

export function ruleFor(fn: string, action: string): Rule | undefined {
  return POLICY[`${fn}.${action}`];
}

/**
 * Actions a timer trigger may run, with no person calling (no OPENID) and empty input; the trigger's name is the
 * action's name (cloudfunctions/<fn>/config.json). Only these are reachable without an identity.
 */
export const TIMER_ACTIONS: ReadonlySet<string> = new Set(['notify.dispatch']);

export function isTimerAction(fn: string, action: string): boolean {
  return TIMER_ACTIONS.has(`${fn}.${action}`);
}
