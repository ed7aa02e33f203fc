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
};

export function ruleFor(fn: string, action: string): Rule | undefined {
  return POLICY[`${fn}.${action}`];
}
