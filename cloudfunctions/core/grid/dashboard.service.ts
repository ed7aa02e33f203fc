import type { Dashboard, DashboardView, RateRow } from '../../../types/dashboard';
import { REQUEST_STATUSES, categoryName, type RequestStatus } from '../../../types/request-names';
import { scopeRoots } from '../access/scope';
import { DAY_MS } from '../calendar/shanghai-day';
import { toCsv } from '../export/csv';
import type { ActionContext } from '../kernel/context';
import { forbidden } from '../kernel/domain-error';
import type { Role } from '../../../types/role-names';
import { childrenOf, type UnitDoc } from '../org/org.repository';
import type { Filter } from '../store/port';
import { REQUESTS, type RequestDoc } from './request.repository';
import { toSummary } from './request-view';
import { statusCountsOf, weekOf, weekStatsOf, type WeekStatsDoc } from './stats.repository';
import type { Metric } from './timeline';

/** Who sees figures: the people who act on requests and those who oversee them, each within their units. */
const OVERSIGHT: readonly Role[] = ['grid_worker', 'branch_officer', 'community_admin', 'street_admin'];
const DEFAULT_WEEKS = 8;
const OVERDUE_SHOWN = 20;

type Counts = Partial<Record<Metric, number>>;

function rateRow(key: string, name: string, m: Counts): RateRow {
  const n = (metric: Metric) => m[metric] ?? 0;
  const acceptDue = n('acceptedOnTime') + n('acceptMissed');
  const resolveDue = n('resolvedOnTime') + n('resolveMissed');
  const satisfied = n('satisfied') + n('basic');
  const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
  return {
    key,
    name,
    received: n('received'),
    acceptedOnTime: n('acceptedOnTime'),
    acceptDue,
    responseRate: ratio(n('acceptedOnTime'), acceptDue),
    resolvedOnTime: n('resolvedOnTime'),
    resolveDue,
    resolveRate: ratio(n('resolvedOnTime'), resolveDue),
    satisfied,
    rated: n('rated'),
    satisfactionRate: ratio(satisfied, n('rated')),
  };
}

function add(into: Counts, from: Counts): void {
  for (const [metric, value] of Object.entries(from) as Array<[Metric, number]>) into[metric] = (into[metric] ?? 0) + value;
}

/** The shards of the unit: a street's or a community's by index, a grid's from its community's. */
function scopeOf(unit: UnitDoc): { filter: { communityId?: string; streetId?: string }; keep: (shard: { shard: string }) => boolean } {
  if (unit.kind === 'street') return { filter: { streetId: unit.id }, keep: () => true };
  if (unit.kind === 'community') return { filter: { communityId: unit.id }, keep: () => true };
  return { filter: { communityId: unit.parentId! }, keep: (s) => s.shard === unit.id };
}

/** A root and the communities and grids below it (buildings are not overseen separately). */
async function oversightTree(ctx: ActionContext, root: UnitDoc): Promise<UnitDoc[]> {
  if (root.kind === 'grid') return [root];
  const children = await childrenOf(ctx.store, [root.id]);
  if (root.kind === 'community') return [root, ...children.filter((u) => u.kind === 'grid')];
  return [root, ...children, ...(await childrenOf(ctx.store, children.map((c) => c.id))).filter((u) => u.kind === 'grid')];
}

const summed = <K extends string>(docs: readonly WeekStatsDoc[], keyOf: (d: WeekStatsDoc) => Array<[K, Counts]>) => {
  const out = new Map<K, Counts>();
  for (const doc of docs) for (const [key, counts] of keyOf(doc)) add(out.get(key) ?? out.set(key, {}).get(key)!, counts);
  return out;
};

/**
 * The figures of a unit the caller oversees: counts by status now, the overdue list, and 响应率 / 办结率 / 满意率
 * by grid, category and week over the last weeks, summed from the shards the changes keep (never a scan of the
 * requests). For improvement, in the spirit of 基层减负: rows are grids, categories and weeks, never people.
 */
export async function dashboard(ctx: ActionContext, unitId: string | undefined, weeks = DEFAULT_WEEKS): Promise<Dashboard> {
  const roots = await scopeRoots(ctx.store, ctx.caller, OVERSIGHT);
  const unit = unitId ? (await scopeRoots(ctx.store, ctx.caller, OVERSIGHT, unitId, '您无权查看该单位的诉求统计'))[0]! : roots[0];
  if (!unit) throw forbidden('您无权查看诉求统计');
  const now = ctx.clock.now();
  const weekList = Array.from({ length: weeks }, (_, i) => weekOf(now - (weeks - 1 - i) * 7 * DAY_MS));
  const scope = scopeOf(unit);
  const [shards, statusDocs, trees] = await Promise.all([
    weekStatsOf(ctx.store, scope.filter, weekList[0]!),
    statusCountsOf(ctx.store, scope.filter),
    Promise.all(roots.map((r) => oversightTree(ctx, r))),
  ]);
  const tree = [...new Map(trees.flat().filter((u) => u.kind !== 'building').map((u) => [u.id, u])).values()];
  const grids = tree.filter((u) => u.kind === 'grid' && u.path.includes(unit.id));
  const mine = shards.filter(scope.keep);
  const statusCounts = new Map<RequestStatus, number>();
  for (const doc of statusDocs.filter(scope.keep)) for (const [status, n] of Object.entries(doc.n) as Array<[RequestStatus, number]>) statusCounts.set(status, (statusCounts.get(status) ?? 0) + n);

  const gridNames = new Map(grids.map((g) => [g.id, g.name]));
  const byGrid = summed(mine, (d) => [[d.shard, d.m]]);
  const byCategory = summed(mine, (d) => Object.entries(d.c));
  const names = new Map(mine.flatMap((d) => Object.entries(d.t ?? {})));
  const byWeek = summed(mine, (d) => [[d.week, d.m]]);
  const total: Counts = {};
  for (const d of mine) add(total, d.m);

  const overdueWhere: Filter<RequestDoc> = unit.kind === 'grid' ? { gridId: unit.id } : unit.kind === 'community' ? { communityId: unit.id } : { streetId: unit.id };
  const overdue = await ctx.store.find(REQUESTS, { ...overdueWhere, deadlineAt: { $lt: now } }, { orderBy: [['deadlineAt', 'asc']], limit: OVERDUE_SHOWN });
  return {
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    units: tree.map((u) => ({ id: u.id, name: u.name, kind: u.kind })),
    weeks: weekList,
    statusCounts: REQUEST_STATUSES.filter((s) => s !== 'submitted').map((status) => ({ status, count: statusCounts.get(status) ?? 0 })),
    overdue: overdue.map((r) => toSummary(r, now)),
    byGrid: [...gridNames.keys(), ...[...byGrid.keys()].filter((k) => !gridNames.has(k))].map((key) => rateRow(key, gridNames.get(key) ?? '社区统一分派', byGrid.get(key) ?? {})),
    byCategory: [...byCategory.entries()].map(([key, m]) => rateRow(key, names.get(key) ?? categoryName(key), m)).sort((a, b) => b.received - a.received),
    byWeek: weekList.map((week) => rateRow(week, `${Number(week.slice(5, 7))}月${Number(week.slice(8))}日起`, byWeek.get(week) ?? {})),
    total: rateRow(unit.id, unit.name, total),
  };
}

const percent = (rate: number | null) => (rate === null ? '' : `${Math.round(rate * 1000) / 10}%`);
const VIEW_LABELS: Record<DashboardView, string> = { grid: '按网格', category: '按类别', week: '按周' };

/** One table of the dashboard as CSV (export/csv.ts: formula cells neutralised, BOM, CRLF). */
export async function exportDashboard(ctx: ActionContext, input: { unitId?: string | undefined; weeks?: number | undefined; view: DashboardView }): Promise<{ filename: string; csv: string }> {
  const d = await dashboard(ctx, input.unitId, input.weeks);
  const rows = input.view === 'grid' ? d.byGrid : input.view === 'category' ? d.byCategory : d.byWeek;
  const header = [VIEW_LABELS[input.view].slice(1), '收到诉求', '按时受理', '应受理', '响应率', '按时办结', '应办结', '办结率', '满意及基本满意', '已评价', '满意率'];
  const csv = toCsv(
    header,
    rows.map((r) => [r.name, r.received, r.acceptedOnTime, r.acceptDue, percent(r.responseRate), r.resolvedOnTime, r.resolveDue, percent(r.resolveRate), r.satisfied, r.rated, percent(r.satisfactionRate)]),
  );
  return { filename: `诉求统计-${d.unit.name}-${VIEW_LABELS[input.view]}-${d.weeks[0]}起${d.weeks.length}周.csv`, csv };
}
