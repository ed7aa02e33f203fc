import type { userContract } from './functions/user';
import type { catalogContract } from './functions/catalog';
import type { catalogAdminContract } from './functions/catalog-admin';
import type { gridContract } from './functions/grid';
import type { notifyContract } from './functions/notify';
import type { partyContract } from './functions/party';
import type { activityContract } from './functions/activity';
import type { legalAidContract } from './functions/legal-aid';
import type { householdContract } from './functions/household';
import type { orgContract } from './functions/org';
import type { staffContract } from './functions/staff';
import type { governanceContract } from './functions/governance';
import type { ActionInput, ActionOutput } from './contract';

/** Every deployed function and its actions; the client's `call` is typed from this map. */
export interface Contracts {
  user: typeof userContract;
  catalog: typeof catalogContract;
  'catalog-admin': typeof catalogAdminContract;
  grid: typeof gridContract;
  notify: typeof notifyContract;
  party: typeof partyContract;
  activity: typeof activityContract;
  'legal-aid': typeof legalAidContract;
  household: typeof householdContract;
  org: typeof orgContract;
  staff: typeof staffContract;
  governance: typeof governanceContract;
}
export type FunctionName = keyof Contracts;
export type ActionName<F extends FunctionName> = keyof Contracts[F] & string;
export type InputOf<F extends FunctionName, A extends ActionName<F>> = ActionInput<Contracts[F], A>;
export type OutputOf<F extends FunctionName, A extends ActionName<F>> = ActionOutput<Contracts[F], A>;
