import type { ConsentScope } from '../../../types/privacy';
import type { ResidenceLevel } from '../../../types/residence';
import type { Role } from '../../../types/roles';
import type { Caller } from './context';

/** Who may call: `signedIn` admits any caller with an identity (a new resident included), a role list the holders of any. */
export type Allow = 'signedIn' | readonly Role[];

/**
 * A sliding window on one person's calls of one class: at most `max` in any `windowMs`. Actions share a class when
 * repeating one stands for repeating the other (cancelling and signing up again); over it they answer RATE_LIMITED
 * with `message`.
 */
export interface RateLimit {
  readonly key: string;
  readonly max: number;
  readonly windowMs: number;
  readonly message: string;
}

/**
 * How an action stands to its class's window. `count`: refused when the window is full, and each success is
 * counted (one conditional update of the caller's own record, after the handler). `check`: refused when the window
 * is full but never counted, because every repeat of it must pass through an action of the class that counts (a
 * second signup to an activity needs a cancellation first), which keeps the action at its store-call budget.
 */
export interface RateRule {
  readonly limit: RateLimit;
  readonly mode: 'count' | 'check';
}

/**
 * What one action admits, as the authorization table (access/policy.ts) states it:
 * - `allow`: who may call. Scope (which community, which branch, which record) is the domain's check, through
 *   access/scope.ts.
 * - `rate`: `read` for an action that changes nothing a person could repeat to harm anyone, else its window. Every
 *   rule must choose, so a new action cannot arrive without one.
 * - `residence`: the verified residence the caller must hold (runAction checks it on the caller's record).
 *   `residenceByRecord`: the level required when the record asks for it (an activity open to residents only); the
 *   domain checks it through access/residence.ts with the level read from here.
 * - `consent`: the sensitive-data consent the caller must have given (at its current version) before the action
 *   collects that data.
 * - `timer`: a CloudBase timer trigger runs the action with no person calling; the host runs the same actions on an
 *   interval, and the build writes each function's triggers from it.
 */
export interface Rule {
  readonly allow: Allow;
  readonly rate: 'read' | RateRule;
  readonly residence?: ResidenceLevel;
  readonly residenceByRecord?: ResidenceLevel;
  readonly consent?: ConsentScope;
  readonly timer?: TimerSchedule;
}

export interface TimerSchedule {
  /** CloudBase's seven-field cron (second minute hour day month weekday year), e.g. every minute is `0 *\/1 * * * * *` written without the backslash. */
  readonly cron: string;
}

/** Every role the caller holds; anyone with an identity is at least a resident. */
export function rolesOf(caller: Caller): Set<Role> {
  const roles = new Set<Role>(['resident']);
  for (const grant of caller.user?.roles ?? []) roles.add(grant.role);
  return roles;
}

export function hasAnyRole(caller: Caller, roles: readonly Role[]): boolean {
  const held = rolesOf(caller);
  return roles.some((r) => held.has(r));
}

/** Whether the rule lets this caller in at all (before any scope check). */
export function admits(rule: Pick<Rule, 'allow'>, caller: Caller): boolean {
  return rule.allow === 'signedIn' || hasAnyRole(caller, rule.allow);
}
