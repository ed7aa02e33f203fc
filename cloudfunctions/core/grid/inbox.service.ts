import type { RequestSummary } from '../../../types/request';
import { OPEN_STATUSES, UNACCEPTED_STATUSES } from '../../../types/request-names';
import type { ActionContext } from '../kernel/context';
import type { Filter } from '../store/port';
import { REQUESTS, type RequestDoc } from './request.repository';
import { toSummary } from './request-view';

type Tab = 'pending' | 'active' | 'overdue';
/** More than anyone acts on at once: a worker's open requests are a handful. */
const LIMIT = 200;

/**
 * What the caller acts on: the open requests of the grids they work in, those held by their teams (the property
 * liaisons, the community, the street's desk) and those they hold themselves. One query per scope, by index.
 */
function scopesOf(ctx: ActionContext): Array<Filter<RequestDoc>> {
  const scopes: Array<Filter<RequestDoc>> = [{ 'holder.openid': ctx.caller.openid }];
  const grids = new Set<string>();
  for (const g of ctx.caller.user?.roles ?? []) {
    if (!g.unitId) continue;
    if (g.role === 'grid_worker') grids.add(g.unitId);
    if (g.role === 'property_liaison' || g.role === 'community_admin' || g.role === 'street_admin') scopes.push({ 'holder.unitId': g.unitId, 'holder.role': g.role });
  }
  if (grids.size > 0) scopes.push({ gridId: { $in: [...grids] } });
  return scopes;
}

/** 待受理 / 处理中 / 已逾期, by deadline, with the count of each. */
export async function inbox(ctx: ActionContext, tab: Tab): Promise<{ items: RequestSummary[]; counts: Record<Tab, number> }> {
  const now = ctx.clock.now();
  const found = new Map<string, RequestDoc>();
  for (const scope of scopesOf(ctx)) {
    for (const doc of await ctx.store.find(REQUESTS, { ...scope, status: { $in: [...OPEN_STATUSES] } } as Filter<RequestDoc>, { orderBy: [['deadlineAt', 'asc']], limit: LIMIT })) found.set(doc._id, doc);
  }
  const open = [...found.values()].sort((a, b) => (a.deadlineAt ?? Infinity) - (b.deadlineAt ?? Infinity) || a.createdAt - b.createdAt);
  const lists: Record<Tab, RequestDoc[]> = {
    pending: open.filter((r) => UNACCEPTED_STATUSES.includes(r.status)),
    active: open.filter((r) => !UNACCEPTED_STATUSES.includes(r.status)),
    overdue: open.filter((r) => r.deadlineAt !== null && r.deadlineAt < now),
  };
  return { items: lists[tab].map((r) => toSummary(r, now)), counts: { pending: lists.pending.length, active: lists.active.length, overdue: lists.overdue.length } };
}
