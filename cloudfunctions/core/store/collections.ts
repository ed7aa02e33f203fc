
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
/** A dotted path into a nested field (`fields.time`): checked at run time only (assertFieldPath). */
export type NestedPath = `${string}.${string}`;
export type DocOf<N extends CollectionName> = CollectionDocs[N];

type FieldOf<N extends CollectionName> = (keyof DocOf<N> & string) | NestedPath;
/** A key of a compound index: the field, ascending, or `-field`, descending. */
type KeyOf<N extends CollectionName> = FieldOf<N> | `-${FieldOf<N>}`;
/** One index: a single field, or a compound index as its keys in order (`['communityId', '-createdAt']`). */
export type IndexEntry<N extends CollectionName> = FieldOf<N> | readonly [KeyOf<N>, ...KeyOf<N>[]];

/**
 * The indexes of each collection: every find, count and conditional update the code makes must be served by one
 * (test/support/index-coverage.ts checks each query the test runs make; store/index-plan.ts says what "served"
 * means on CloudBase). The SQLite adapter creates them; CloudBase's are declared from the same list (npm run setup).
 * A collection a repository declares but that is missing here, or listed here but declared by nobody, or an index on
 * a field its document lacks, fails `tsc`.
 */
export const COLLECTIONS = {
  meta: [],
  units: [['parentId', 'id'], ['kind', 'parentId'], ['kind', 'name'], ['kind', 'path'], ['path', 'id']],
  users: ['communityId', 'erasure.requestedAt', ['grantKeys', '_id'], ['staffIn', '_id']],
  catalog_items: ['field', 'center', 'order'],
  catalog_adjustments: [['communityId', 'code'], 'updatedBy'],
  catalog_demand: [['communityId', 'week'], 'week'],
  catalog_reports: [['communityId', 'status', 'createdAt', '_id'], ['communityId', 'createdAt', '_id'], 'status', 'createdAt', 'reporter', 'resolvedBy'],
  audit: [['unitId', 'target', 'at', '_id'], ['unitId', 'at', '_id'], 'at', 'target', 'actor'],
  data_reads: [['subjects', '-at'], 'reader'],
  service_requests: [
    ['residentId', 'sortKey'],
    'sortKey',
    'communityId',
    'status',
    'deadlineAt',
    'dueAt',
    'closeAt',
    'pendingAt',
    // Inboxes by deadline: the holder's own, a grid's, a team's or a unit's.
    ['holder.openid', 'status', 'deadlineAt'],
    ['holder.openid', 'holder.unitId', 'status'],
    ['holder.unitId', 'holder.role', 'status', 'deadlineAt'],
    ['gridId', 'status', 'deadlineAt'],
    // Overdue lists of a grid, community or street, and a community's held content.
    ['gridId', 'deadlineAt'],
    ['communityId', 'deadlineAt'],
    ['streetId', 'deadlineAt'],
    ['communityId', 'held', 'updatedAt'],
    // Similar reports at a building (or in a grid) in the last 24 hours.
    ['buildingId', 'source', 'createdAt'],
    ['gridId', 'source', 'createdAt'],
  ],
  request_week_stats: [
    ['communityId', 'week', '_id'],
    ['streetId', 'week', '_id'],
  ],
  request_status_counts: ['communityId', 'streetId'],
  request_effects: [],
  request_batches: ['at'],
  invitations: [['communityId', 'status', 'expiresAt', '-createdAt'], 'invitedBy', 'usedBy', 'revokedBy'],
  counters: ['openid'],
  outbox: [['status', 'dueAt'], ['status', 'claimedUntil', 'attempts'], ['status', 'communityId', 'deadAt'], 'dueAt', 'recipient'],
  notice_repeats: ['recipient'],
  inbox: [['recipient', 'key'], ['recipient', 'readAt']],
  subscribe_credits: ['openid'],
  party_applications: [['status', 'unitPath'], 'unitPath', 'decidedBy'],
  party_members: ['unitId', 'unitPath'],
  activities: [
    ['audienceUnitId', 'endAt', 'startAt'],
    ['type', 'audienceUnitId', 'endAt', 'startAt'],
    ['unitPath', 'status', 'startAt'],
    ['unitPath', 'startAt'],
    ['seats.holders', 'startAt'],
    'audienceUnitId',
    'startAt',
    'touchedAt',
    'createdBy',
    'seats.waiting',
  ],
  first_admin: ['claimedBy'],
  signups: [['activityId', 'status'], ['activityId', 'ticket'], ['activityId', 'signedUpAt'], ['openid', 'status', 'checkedInAt'], ['openid', 'checkedInAt'], 'loggedBy'],
  legal_volunteers: [['status', 'paused', 'unitId'], ['unitPath', 'status'], 'unitId', 'openid'],
  legal_days: ['touchedAt'],
  legal_bookings: [['volunteerId', 'status', 'startAt'], ['residentId', '-startAt'], ['communityId', 'createdAt'], ['status', 'expiresAt'], 'expiresAt', 'startAt', 'volunteerOpenid'],
  legal_residents: ['touchedAt', 'openid'],
  legal_reads: [['caseId', '-at', '-_id'], 'reader'],
  legal_questions: [['status', 'homePath', 'specialty', 'service', 'asker', 'expiresAt', 'createdAt'], ['status', 'expiresAt'], ['claimedBy', '-claimedAt'], ['claimedBy', 'status'], ['asker', '-createdAt'], ['communityId', 'createdAt'], 'expiresAt'],
  household_claims: [['buildingPath', 'status', 'claimedAt'], ['buildingPath', 'owner.status', 'claimedAt'], ['buildingPath', 'status', '_id'], ['buildingPath', 'owner.status', '_id'], 'status', 'owner.status', 'verifiedBy.actor', 'owner.verifiedBy.actor', 'householdKey'],
  gov_needs: [['communityId', '-weight', '-createdAt'], ['communityId', 'status', '-weight', '-createdAt'], ['communityId', 'source'], 'author', 'meTooBy'],
  gov_resources: [['communityId', '-createdAt'], 'offeredBy', 'verifiedBy.actor'],
  gov_projects: [['communityId', '-createdAt'], 'createdBy'],
  gov_topics: [['communityId', '-deadline'], 'openedBy'],
  gov_ballots: [['topicId', '_id'], 'castBy', 'voterKey'],
  gov_comments: [['topicId', 'at'], 'author'],
  gov_topic_rosters: ['recipients'],
  gov_visit_households: [['communityId', 'buildingId', 'room'], 'buildingPath', 'assignees', 'care.markedBy'],
  gov_visits: [['householdId', '-visitedAt'], 'visitor'],
} as const satisfies { readonly [N in CollectionName]: ReadonlyArray<IndexEntry<N>> };

export interface IndexKey {
  field: string;
  direction: 1 | -1;
}

/** The indexes of a collection by name, each as its keys in order, for adapters and tools that see names only. */
export function indexesOf(collection: string): IndexKey[][] {
  const entries: ReadonlyArray<string | readonly string[]> = Object.hasOwn(COLLECTIONS, collection) ? COLLECTIONS[collection as CollectionName] : [];
  return entries.map((entry) =>
    (typeof entry === 'string' ? [entry] : entry).map((key) => (key.startsWith('-') ? { field: key.slice(1), direction: -1 as const } : { field: key, direction: 1 as const })),
  );
}
