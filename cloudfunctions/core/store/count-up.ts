import type { BaseDoc, TxOps } from './port';

/**
 * Adds one to the counter document `id` (field `n`), creating it with `fields` and n = 1 on first use, and returns
 * the new count. Call it inside a transaction: that is what makes read-then-write safe here.
 */
export async function countUp(tx: TxOps, collection: string, id: string, fields: Record<string, unknown> = {}): Promise<number> {
  const counter = await tx.get<BaseDoc & { n: number }>(collection, id);
  if (counter) await tx.update(collection, id, { inc: { n: 1 } });
  else await tx.insert(collection, { _id: id, ...fields, n: 1 });
  return (counter?.n ?? 0) + 1;
}
