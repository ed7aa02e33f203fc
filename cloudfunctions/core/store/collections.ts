/**
 * Every collection and the fields queried often enough to deserve an index. The SQLite adapter creates
 * these indexes; for CloudBase, scripts/cloudbase-indexes prints the same list for the console.
 */
export const COLLECTIONS = {
  meta: [],
  units: ['parentId', 'kind'],
  users: ['communityId'],
  catalog_items: ['field', 'center'],
  outbox: ['status', 'dueAt', 'recipient'],
} as const satisfies Record<string, readonly string[]>;

export type CollectionName = keyof typeof COLLECTIONS;
