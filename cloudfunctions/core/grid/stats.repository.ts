import type { RequestStatus } from '../../../types/request-names';
import { dayNumberOf, isoDateOf, isoWeekdayOf } from '../calendar/shanghai-day';
import { addTo } from '../store/add-to';
import type { Store, TxOps } from '../store/port';
import type { RequestDoc } from './request.repository';
import type { Metric, TimelineEntry } from './timeline';

/**
 * Counters kept with the changes, sharded so that no document is written by every request of a street: a grid's
 * figures per Shanghai week (what the rates are drawn from), and a grid's current count per status. A request
 * the community holds without a grid counts in the community's own shard. A dashboard sums the shards in scope.
 */
export const WEEK_STATS = 'request_week_stats';
export const STATUS_COUNTS = 'request_status_counts';

interface ShardPlace {
  /** The grid, or the community for a request without one. */
  shard: string;
  gridId: string | null;
  communityId: string;
  streetId: string;
}

export interface WeekStatsDoc extends ShardPlace {
  _id: string;
  /** Monday of the week, YYYY-MM-DD in Shanghai. */
  week: string;
  m: Partial<Record<Metric, number>>;
  /** The same figures per category (the item's code or the report's category, as a field name: CG_03). */
  c: Record<string, Partial<Record<Metric, number>>>;
  /** Each category's name, as requests gave it. */
  t: Record<string, string>;
}

export interface StatusCountsDoc extends ShardPlace {
  _id: string;
  n: Partial<Record<RequestStatus, number>>;
}

/** Monday (Shanghai) of the week holding `ms`, computed without a date library: counters are written on every change. */
export function weekOf(ms: number): string {
  const day = dayNumberOf(ms);
  return isoDateOf(day - (isoWeekdayOf(day) - 1));
}

export const shardOf = (r: Pick<RequestDoc, 'gridId' | 'communityId'>) => r.gridId ?? r.communityId;
/** A category as a field name. */
export const categoryKey = (source: string) => source.replace(/-/g, '_');

const placeOf = (shard: string, r: Pick<RequestDoc, 'communityId' | 'streetId'>): ShardPlace => ({ shard, gridId: shard === r.communityId ? null : shard, communityId: r.communityId, streetId: r.streetId });

/** Counts one timeline entry: its metrics into the week's shard, and its move between statuses (or shards). */
export async function countEntry(tx: TxOps, r: Pick<RequestDoc, 'communityId' | 'streetId' | 'source' | 'title'>, entry: TimelineEntry): Promise<void> {
  if (entry.metrics.length > 0) {
    const week = weekOf(entry.at);
    const inc: Record<string, number> = {};
    const cat = categoryKey(r.source);
    for (const metric of entry.metrics) {
      inc[`m.${metric}`] = (inc[`m.${metric}`] ?? 0) + 1;
      inc[`c.${cat}.${metric}`] = (inc[`c.${cat}.${metric}`] ?? 0) + 1;
    }
    await addTo(tx, WEEK_STATS, `${entry.to.shard}:${week}`, inc, { ...placeOf(entry.to.shard, r), week, m: {}, c: {}, t: {} }, { [`t.${cat}`]: r.title });
  }
  const { from, to } = entry;
  if (!from) return addTo(tx, STATUS_COUNTS, to.shard, { [`n.${to.status}`]: 1 }, { ...placeOf(to.shard, r), n: {} });
  if (from.shard === to.shard && from.status === to.status) return;
  if (from.shard === to.shard) return addTo(tx, STATUS_COUNTS, to.shard, { [`n.${from.status}`]: -1, [`n.${to.status}`]: 1 }, { ...placeOf(to.shard, r), n: {} });
  await addTo(tx, STATUS_COUNTS, from.shard, { [`n.${from.status}`]: -1 }, { ...placeOf(from.shard, r), n: {} });
  await addTo(tx, STATUS_COUNTS, to.shard, { [`n.${to.status}`]: 1 }, { ...placeOf(to.shard, r), n: {} });
}

/** The week shards of a community or a street from `fromWeek` on (one query per thousand shards). */
export async function weekStatsOf(store: Store, scope: { communityId?: string; streetId?: string }, fromWeek: string): Promise<WeekStatsDoc[]> {
  const where = scope.communityId ? { communityId: scope.communityId } : { streetId: scope.streetId! };
  const out: WeekStatsDoc[] = [];
  for (;;) {
    const last = out[out.length - 1]?._id;
    const page = await store.find(WEEK_STATS, { ...where, week: { $gte: fromWeek }, ...(last ? { _id: { $gt: last } } : {}) }, { orderBy: [['_id', 'asc']], limit: 1000 });
    out.push(...page);
    if (page.length < 1000) return out;
  }
}

export async function statusCountsOf(store: Store, scope: { communityId?: string; streetId?: string }): Promise<StatusCountsDoc[]> {
  return store.find(STATUS_COUNTS, scope.communityId ? { communityId: scope.communityId } : { streetId: scope.streetId! }, { limit: 1000 });
}

declare module '../store/collections' {
  interface CollectionDocs {
    request_week_stats: WeekStatsDoc;
    request_status_counts: StatusCountsDoc;
  }
}
