import { shanghai } from '../../../types/time';
import { countUp } from '../store/count-up';
import type { Store, TxOps } from '../store/port';

/**
 * How often each item is requested in a community, counted per week (Monday, Shanghai) so that a 90-day window
 * is at most 14 small documents per item: one read answers 常用事项 without scanning requests.
 */
export const DEMAND = 'catalog_demand';

export interface DemandDoc {
  _id: string;
  communityId: string;
  code: string;
  /** Monday of the week, YYYY-MM-DD in Shanghai. */
  week: string;
  n: number;
}

export function weekOf(ms: number): string {
  const day = shanghai(ms);
  return day.subtract((day.day() + 6) % 7, 'day').format('YYYY-MM-DD');
}

/** Counts one request; call inside the transaction that stores the request. */
export async function recordDemand(tx: TxOps, communityId: string, code: string, now: number): Promise<void> {
  const week = weekOf(now);
  await countUp(tx, DEMAND, `${communityId}:${week}:${code}`, { communityId, code, week });
}

/** Requests per item code in the weeks overlapping [since, now]. */
export async function demandSince(store: Store, communityId: string, since: number): Promise<Map<string, number>> {
  const docs = await store.find(DEMAND, { communityId, week: { $gte: weekOf(since) } });
  const counts = new Map<string, number>();
  for (const d of docs) counts.set(d.code, (counts.get(d.code) ?? 0) + d.n);
  return counts;
}

declare module '../store/collections' {
  interface CollectionDocs {
    catalog_demand: DemandDoc;
  }
}
