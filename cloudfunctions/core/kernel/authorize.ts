import type { Role } from '../../../types/roles';
import type { Caller } from './context';

/**
 * What one action admits, as the authorization table (access/policy.ts) states it. `allow` is who may call:
 * `signedIn` admits any caller with an identity (a new resident included), a role list admits holders of any of
 * them. Scope (which community, which branch, which record) is the domain's check, through access/scope.ts.
 * `timer` marks an action a CloudBase timer trigger runs with no person calling; the host runs the same actions
 * on an interval, and the build writes each function's triggers from it.
 */
export interface Rule {
  readonly allow: 'signedIn' | readonly Role[];
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
export function admits(rule: Rule, caller: Caller): boolean {
  return rule.allow === 'signedIn' || hasAnyRole(caller, rule.allow);
}
