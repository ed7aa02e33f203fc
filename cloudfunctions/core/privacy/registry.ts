import { ACTIVITY_PERSONAL_DATA } from '../activity/activity.personal-data';
import { CATALOG_PERSONAL_DATA } from '../catalog/catalog.personal-data';
import { GOVERNANCE_PERSONAL_DATA } from '../governance/governance.personal-data';
import { GRID_PERSONAL_DATA } from '../grid/grid.personal-data';
import { HOUSEHOLD_PERSONAL_DATA } from '../household/household.personal-data';
import { LEGAL_AID_PERSONAL_DATA } from '../legal-aid/legal-aid.personal-data';
import { NOTIFY_PERSONAL_DATA } from '../notify/notify.personal-data';
import { PARTY_PERSONAL_DATA } from '../party/party.personal-data';
import { STAFF_PERSONAL_DATA } from '../staff/staff.personal-data';
import type { CollectionName, DocOf } from '../store/collections';
import { CORE_PERSONAL_DATA } from './core.personal-data';
import type { PersonalData } from '../store/personal-data';

/**
 * Every collection, by name, with how it holds people's data: whose (the fields holding an OPENID), how the person's
 * export shows it, and how it is erased; or that it holds nobody's, and why. Typed over every collection
 * (store/collections.ts): a collection added without its declaration fails tsc. Each feature declares its own
 * collections beside its repository. The erasure runs them in this order, the person's record (users) last.
 */
export const PERSONAL_DATA: { readonly [N in CollectionName]: PersonalData<DocOf<N>> } = {
  ...CATALOG_PERSONAL_DATA,
  ...GRID_PERSONAL_DATA,
  ...STAFF_PERSONAL_DATA,
  ...PARTY_PERSONAL_DATA,
  // Signups before activities: the record moves to the alias first, then the seats follow.
  ...ACTIVITY_PERSONAL_DATA,
  ...HOUSEHOLD_PERSONAL_DATA,
  ...LEGAL_AID_PERSONAL_DATA,
  ...GOVERNANCE_PERSONAL_DATA,
  ...NOTIFY_PERSONAL_DATA,
  ...CORE_PERSONAL_DATA,
};

export type PersonalEntry = { [N in CollectionName]: { name: N; data: PersonalData<DocOf<N>> } }[CollectionName];

/** The declarations in erasure order, each with its collection's name. */
export function personalEntries(): PersonalEntry[] {
  return Object.entries(PERSONAL_DATA).map(([name, data]) => ({ name, data }) as PersonalEntry);
}
