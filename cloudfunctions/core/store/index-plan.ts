import { COLLECTIONS, indexesOf, type IndexKey } from './collections';

/**
 * CloudBase's database indexes, declared from COLLECTIONS, and what it takes for one to serve a query.
 *
 * CloudBase (a MongoDB underneath) uses one index per query. Its documentation states the rules this follows:
 * - a query hits a compound index when the fields it filters on are the index's fields or a prefix of them
 *   (index `A, B, C` serves filters on `A` and on `A, B`; never on `B` alone);
 * - a sorted query hits it when the sort keys follow in the index's order, with every direction as declared or every
 *   direction reversed (`A asc, B desc` serves `A asc, B desc` and `A desc, B asc` only). A single-field index serves
 *   either direction.
 * So a query is *covered* when some index starts with exactly its filter fields (in any order: equality conditions
 * commute) followed by its sort keys not already filtered on, in order, directions consistent. A filter on `_id` is
 * covered by the built-in `_id` index; a query with neither filter nor sort reads the whole collection, which no
 * index could help (the code keeps those to small collections: the org tree, the catalog).
 */
export interface QueryShape {
  collection: string;
  /** The fields the filter names (its conditions are AND-ed). */
  fields: readonly string[];
  sort: ReadonlyArray<readonly [field: string, direction: 'asc' | 'desc']>;
}

export interface IndexDecl {
  collection: string;
  /** CloudBase index names: the keys joined, as the console would suggest (`communityId_1_createdAt_-1`). */
  name: string;
  keys: IndexKey[];
}

export const indexName = (keys: readonly IndexKey[]) => keys.map((k) => `${k.field}_${k.direction}`).join('_');

/** Every declared index of every collection. */
export function declaredIndexes(): IndexDecl[] {
  return Object.keys(COLLECTIONS).flatMap((collection) => indexesOf(collection).map((keys) => ({ collection, name: indexName(keys), keys })));
}

export type Coverage = { by: 'index'; index: IndexDecl } | { by: '_id' } | { by: 'whole-collection' } | null;

function serves(index: IndexDecl, query: QueryShape): boolean {
  const filtered = new Set(query.fields);
  const sort = query.sort.filter(([field]) => !filtered.has(field));
  if (index.keys.length < filtered.size + sort.length) return false;
  const prefix = index.keys.slice(0, filtered.size);
  if (!prefix.every((k) => filtered.has(k.field))) return false;
  if (sort.length === 0) return true;
  const rest = index.keys.slice(filtered.size, filtered.size + sort.length);
  if (!rest.every((k, i) => k.field === sort[i]![0])) return false;
  if (index.keys.length === 1) return true;
  const same = rest.every((k, i) => (k.direction === 1) === (sort[i]![1] === 'asc'));
  const reversed = rest.every((k, i) => (k.direction === 1) !== (sort[i]![1] === 'asc'));
  return same || reversed;
}

/** How a query is served on CloudBase, or null when no declared index serves it. */
export function coverageOf(query: QueryShape, indexes: readonly IndexDecl[] = declaredIndexes()): Coverage {
  if (query.fields.includes('_id') || (query.fields.length === 0 && query.sort.length === 1 && query.sort[0]![0] === '_id')) return { by: '_id' };
  if (query.fields.length === 0 && query.sort.length === 0) return { by: 'whole-collection' };
  const index = indexes.find((i) => i.collection === query.collection && serves(i, query));
  return index ? { by: 'index', index } : null;
}
