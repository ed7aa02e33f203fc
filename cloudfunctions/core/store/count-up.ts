import type { CollectionName, DocOf } from './collections';
import type { TxOps } from './port';

/** A counter document: its count `n` and whatever fields say what it counts. */
export interface CounterDoc {
  _id: string;
  n: number;
  /** Whose counter it is, for counters kept per person (daily quotas): their data, found and erased by it. */
  openid?: string;
}

/** Collections whose documents are counters. */
type CounterCollection = { [N in CollectionName]: DocOf<N> extends { n: number } ? N : never }[CollectionName];

/**
 * Adds one to the counter document `id` (field `n`), creating it with `fields` and n = 1 on first use, and returns
 * the new count. Call it inside a transaction: that is what makes read-then-write safe here.
 */
export async function countUp<N extends CounterCollection>(tx: TxOps, collection: N, id: string, fields: Omit<DocOf<N>, '_id' | 'n'>): Promise<number> {
  const counter = (await tx.get(collection, id)) as { n: number } | null;
  if (counter) await tx.update(collection, id, { inc: { n: 1 } } as never);
  // A counter collection's document is exactly its fields, id and count: built here, hence the one widening.
  else await tx.insert(collection, { _id: id, ...fields, n: 1 } as unknown as DocOf<N>);
  return (counter?.n ?? 0) + 1;
}

declare module './collections' {
  interface CollectionDocs {
    /** Counters of countUp: request numbers, daily quotas (its own id per counter). */
    counters: CounterDoc;
  }
}
