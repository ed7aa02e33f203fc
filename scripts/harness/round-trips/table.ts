import { ACTIVITY_SCENARIOS } from './activity.scenarios';
import { CATALOG_ADMIN_SCENARIOS } from './catalog-admin.scenarios';
import { CATALOG_SCENARIOS } from './catalog.scenarios';
import { GOVERNANCE_SCENARIOS } from './governance.scenarios';
import { GRID_SCENARIOS } from './grid.scenarios';
import { LEGAL_AID_SCENARIOS } from './legal-aid.scenarios';
import { HOUSEHOLD_SCENARIOS } from './household.scenarios';
import { NOTIFY_SCENARIOS } from './notify.scenarios';
import { ORG_SCENARIOS } from './org.scenarios';
import { PARTY_SCENARIOS } from './party.scenarios';
import type { ScenarioTable } from './scenario';
import { STAFF_SCENARIOS } from './staff.scenarios';
import { USER_SCENARIOS } from './user.scenarios';

/**
 * A scenario for every registered action (typed like access/policy.ts's Policy: a new action without one fails
 * tsc), each with its budget of store calls. Held by test/budget/round-trips.test.ts, printed by bench/round-trips.ts.
 */
export const ROUND_TRIP_SCENARIOS: ScenarioTable = {
  user: USER_SCENARIOS,
  catalog: CATALOG_SCENARIOS,
  'catalog-admin': CATALOG_ADMIN_SCENARIOS,
  grid: GRID_SCENARIOS,
  notify: NOTIFY_SCENARIOS,
  party: PARTY_SCENARIOS,
  activity: ACTIVITY_SCENARIOS,
  'legal-aid': LEGAL_AID_SCENARIOS,
  household: HOUSEHOLD_SCENARIOS,
  org: ORG_SCENARIOS,
  staff: STAFF_SCENARIOS,
  governance: GOVERNANCE_SCENARIOS,
};
