/**
 * Every collection and the fields queried often enough to deserve an index. The SQLite adapter creates
 * these indexes; for CloudBase, scripts/cloudbase-indexes prints the same list for the console.
 */
export const COLLECTIONS = {
  meta: [],
  units: ['parentId', 'kind'],
  users: ['communityId'],
  catalog_items: ['field', 'center'],
  catalog_adjustments: ['communityId'],
  catalog_demand: ['communityId', 'week'],
  catalog_reports: ['communityId', 'status', 'createdAt'],
  audit: ['unitId', 'at', 'target'],
  service_requests: ['residentId', 'sortKey', 'communityId', 'status'],
  counters: [],
  outbox: ['status', 'dueAt', 'recipient'],
  inbox: ['recipient', 'key'],
  subscribe_credits: [],
  party_applications: ['status', 'unitPath'],
  party_members: ['unitId', 'unitPath'],
  activities: ['audienceUnitId', 'startAt', 'unitPath'],
  signups: ['activityId', 'openid'],
} as const satisfies Record<string, readonly string[]>;

export type CollectionName = keyof typeof COLLECTIONS;
