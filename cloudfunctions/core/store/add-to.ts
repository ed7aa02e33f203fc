import type { CollectionName, DocOf } from './collections';
import { DuplicateKeyError, type RawTxOps, type TxOps } from './port';

/**
 * Adds to counters of a document (`inc` by dotted path, e.g. `m.received`), creating it from `fields` on first use.
 * Call it inside a transaction, with the change it counts: a shard written by few changes (a grid's week, say), so
 * counters are kept with the changes and a dashboard sums the shards instead of scanning what they count.
 */
export async function addTo<N extends CollectionName>(
  tx: TxOps,
  collection: N,
  id: string,
  inc: Readonly<Record<string, number>>,
  fields: Omit<DocOf<N>, '_id'>,
  /** Labels kept beside the counts (e.g. a category's name), written with them. */
  set: Readonly<Record<string, unknown>> = {},
): Promise<void> {
  if (Object.keys(inc).length === 0) return;
  // Paths are chosen at run time (a category's key), which the typed update cannot name: the raw signature takes them.
  const raw = tx as unknown as RawTxOps;
  const update = Object.keys(set).length > 0 ? { inc: { ...inc }, set: { ...set } } : { inc: { ...inc } };
  if (await raw.update(collection, id, update)) return;
  try {
    await raw.insert(collection, { ...fields, _id: id });
  } catch (err) {
    // Another transaction created it first: add to theirs.
    if (!(err instanceof DuplicateKeyError)) throw err;
  }
  await raw.update(collection, id, update);
}
