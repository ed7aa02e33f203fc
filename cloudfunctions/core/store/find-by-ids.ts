import type { CollectionName, DocOf } from './collections';
import type { Store } from './port';

/** CloudBase answers an `$in` of at most this many values comfortably; larger sets are asked in slices. */
const SLICE = 100;

/** Several documents by id, in as few queries as the ids need (one per hundred); unknown ids are left out. */
export async function findByIds<N extends CollectionName>(store: Store, collection: N, ids: readonly string[]): Promise<Map<string, DocOf<N>>> {
  const unique = [...new Set(ids)];
  const found = new Map<string, DocOf<N>>();
  for (let i = 0; i < unique.length; i += SLICE) {
    // Every document has an _id, but TypeScript cannot see that through a generic collection name: hence the casts.
    const page = await store.find(collection, { _id: { $in: unique.slice(i, i + SLICE) } } as never);
    for (const doc of page) found.set((doc as { _id: string })._id, doc);
  }
  return found;
}
