import type { NestedPath } from './port';

/**
 * Every collection by its public name, with its document type. The type is declared by the repository that owns
 * the collection, by augmenting this interface:
 *
 *   declare module '../store/collections' { interface CollectionDocs { activities: ActivityDoc } }
 *
 * so the store port types each call by the collection it names, and store/ itself depends on no feature.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging from each repository
export interface CollectionDocs {}
export type CollectionName = keyof CollectionDocs & string;
export type DocOf<N extends CollectionName> = CollectionDocs[N];

/**
 * The fields each collection is queried or sorted on often enough to deserve an index. The SQLite adapter creates
 * them; CloudBase's are declared from the same list. A collection a repository declares but that is missing here,
 * or listed here but declared by nobody, or an index on a field its document lacks, fails `tsc`.
 */
export const COLLECTIONS = {
  meta: [],
  units: ['parentId', 'kind'],
  users: ['communityId', 'erasure.requestedAt'],
  catalog_items: ['field', 'center'],
  catalog_adjustments: ['communityId'],
  catalog_demand: ['communityId', 'week'],
  catalog_reports: ['communityId', 'status', 'createdAt'],
  audit: ['unitId', 'at', 'target', 'actor'],
  data_reads: ['subjects', 'reader', 'at'],
  service_requests: ['residentId', 'sortKey', 'communityId', 'status'],
  counters: ['openid'],
  outbox: ['status', 'dueAt', 'recipient'],
  notice_repeats: ['recipient'],
  inbox: ['recipient', 'key'],
  subscribe_credits: [],
  party_applications: ['status', 'unitPath'],
  party_members: ['unitId', 'unitPath'],
  activities: ['audienceUnitId', 'startAt', 'unitPath', 'touchedAt'],
  signups: ['activityId', 'openid', 'loggedBy'],
  household_claims: ['buildingPath', 'status', 'owner.status', 'householdKey'],
  gov_needs: ['communityId', 'status', 'weight', 'source', 'author', 'meTooBy'],
  gov_resources: ['communityId', 'offeredBy'],
  gov_projects: ['communityId', 'createdBy'],
  gov_topics: ['communityId', 'deadline'],
  gov_ballots: ['topicId', 'castBy', 'voterKey'],
  gov_comments: ['topicId', 'author'],
  gov_visit_households: ['communityId', 'buildingPath', 'assignees'],
  gov_visits: ['householdId', 'visitor'],
} as const satisfies { readonly [N in CollectionName]: ReadonlyArray<(keyof DocOf<N> & string) | NestedPath> };

/** The index fields of a collection by name, for adapters that see names only. */
export function indexedFields(collection: string): readonly string[] {
  return Object.hasOwn(COLLECTIONS, collection) ? COLLECTIONS[collection as CollectionName] : [];
}
