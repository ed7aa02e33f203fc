import type { FunctionName } from '../../types/api';
import { activityFunction } from './activity/activity.function';
import { catalogAdminFunction } from './catalog/admin/catalog-admin.function';
import { catalogFunction } from './catalog/catalog.function';
import { governanceFunction } from './governance/governance.function';
import { gridFunction } from './grid/grid.function';
import { householdFunction } from './household/household.function';
import type { FunctionDef } from './kernel/function-def';
import { legalAidFunction } from './legal-aid/legal-aid.function';
import { notifyFunction } from './notify/notify.function';
import { orgFunction } from './org-admin/org.function';
import { staffFunction } from './staff/staff.function';
import { partyFunction } from './party/party.function';
import { userFunction } from './user/user.function';

/** Every deployed function by name (each contract in types/api.ts has one): the local host serves these; each CloudBase entry exports one. */
export const FUNCTIONS: { readonly [F in FunctionName]: FunctionDef } = {
  user: userFunction,
  catalog: catalogFunction,
  'catalog-admin': catalogAdminFunction,
  grid: gridFunction,
  notify: notifyFunction,
  party: partyFunction,
  activity: activityFunction,
  'legal-aid': legalAidFunction,
  household: householdFunction,
  org: orgFunction,
  staff: staffFunction,
  governance: governanceFunction,
};

/** A function by its public name, or undefined (own keys only: `constructor` is not a function of ours). */
export function functionNamed(name: string): FunctionDef | undefined {
  return Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name as FunctionName] : undefined;
}
