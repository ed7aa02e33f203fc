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

/** What one change adds to one shard: counters by dotted path, the shard's fields for its first use, labels beside them. */
export type ShardChange =
  | { collection: typeof WEEK_STATS; id: string; inc: Record<string, number>; fields: Omit<WeekStatsDoc, '_id'>; set: Record<string, string> }
  | { collection: typeof STATUS_COUNTS; id: string; inc: Record<string, number>; fields: Omit<StatusCountsDoc, '_id'> };

/** What one timeline entry adds: its metrics to the week's shard, and its move between statuses (or shards). */
export function entryChanges(r: Pick<RequestDoc, 'communityId' | 'streetId' | 'source' | 'title'>, entry: TimelineEntry): ShardChange[] {
  const changes: ShardChange[] = [];
  if (entry.metrics.length > 0) {
    const week = weekOf(entry.at);
    const inc: Record<string, number> = {};
    const cat = categoryKey(r.source);
    for (const metric of entry.metrics) {
      inc[`m.${metric}`] = (inc[`m.${metric}`] ?? 0) + 1;
      inc[`c.${cat}.${metric}`] = (inc[`c.${cat}.${metric}`] ?? 0) + 1;
    }
    changes.push({ collection: WEEK_STATS, id: `${entry.to.shard}:${week}`, inc, fields: { ...placeOf(entry.to.shard, r), week, m: {}, c: {}, t: {} }, set: { [`t.${cat}`]: r.title } });
  }
  const { from, to } = entry;
  const status = (shard: string, inc: Record<string, number>): ShardChange => ({ collection: STATUS_COUNTS, id: shard, inc, fields: { ...placeOf(shard, r), n: {} } });
  if (!from) changes.push(status(to.shard, { [`n.${to.status}`]: 1 }));
  else if (from.shard === to.shard && from.status !== to.status) changes.push(status(to.shard, { [`n.${from.status}`]: -1, [`n.${to.status}`]: 1 }));
  else if (from.shard !== to.shard) changes.push(status(from.shard, { [`n.${from.status}`]: -1 }), status(to.shard, { [`n.${to.status}`]: 1 }));
  return changes;
}

/**
 * Applies changes with those of one shard merged first, so that a batch (a timer's run) writes each shard once
 * however many of its requests moved. Counters that cancel out are left unwritten.
 */
export async function countChanges(tx: TxOps, changes: readonly ShardChange[]): Promise<void> {
  const merged = new Map<string, ShardChange>();
  for (const change of changes) {
    const key = `${change.collection}/${change.id}`;
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, { ...change, inc: { ...change.inc }, ...(change.collection === WEEK_STATS ? { set: { ...change.set } } : {}) } as ShardChange);
      continue;
    }
    for (const [path, by] of Object.entries(change.inc)) seen.inc[path] = (seen.inc[path] ?? 0) + by;
    if (seen.collection === WEEK_STATS && change.collection === WEEK_STATS) Object.assign(seen.set, change.set);
  }
  for (const change of merged.values()) {
    const inc = Object.fromEntries(Object.entries(change.inc).filter(([, by]) => by !== 0));
    if (change.collection === WEEK_STATS) await addTo(tx, WEEK_STATS, change.id, inc, change.fields, change.set);
    else await addTo(tx, STATUS_COUNTS, change.id, inc, change.fields);
  }
}

/** Counts one timeline entry. */
export async function countEntry(tx: TxOps, r: Pick<RequestDoc, 'communityId' | 'streetId' | 'source' | 'title'>, entry: TimelineEntry): Promise<void> {
  await countChanges(tx, entryChanges(r, entry));
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
