import type { RequestDetail } from '../../../types/request';
import { OPEN_STATUSES, TEAM_LABELS, type Team } from '../../../types/request-names';
import type { ActionContext } from '../kernel/context';
import { DomainError, invalid, notFound } from '../kernel/domain-error';
import { grantKey, usersHolding } from '../kernel/users';
import { getUnit } from '../org/org.repository';
import { checkText } from './content';
import { communityTeam, gridReceiver, propertyTeam, streetDesk, TEAM_ROLE, type Holder } from './holders';
import { actorOf, detail, requireAct, wrongStatus } from './lifecycle.service';
import { readable } from './requests.service';
import type { RequestDoc } from './request.repository';
import type { Metric } from './timeline';
import { takeStep } from './transition';

export type TransferTo = { kind: 'grid'; gridId: string } | { kind: 'team'; team: Team } | { kind: 'community' } | { kind: 'street' };

const MAX_TRANSFERS = 5;
/** The community's own path: the request's, less its grid. */
const communityPath = (r: RequestDoc) => (r.gridId ? r.unitPath.slice(0, -1) : r.unitPath);

/** Where the transfer sends it, and what moves with it (a grid's request becomes that grid's). */
async function destination(ctx: ActionContext, r: RequestDoc, to: TransferTo): Promise<{ holder: Holder; set: Partial<RequestDoc> }> {
  const community = { id: r.communityId, name: r.communityName };
  switch (to.kind) {
    case 'grid': {
      const grid = await getUnit(ctx.store, to.gridId);
      if (grid?.kind !== 'grid' || grid.parentId !== r.communityId) throw invalid('只能转办到本社区的其他网格', { 'to.gridId': '不是本社区的网格' });
      if (grid.id === r.gridId && r.holder.role === 'grid_worker') throw invalid('诉求已在该网格', { 'to.gridId': '诉求已在该网格' });
      const holder = (await gridReceiver(ctx.store, grid.id)) ?? communityTeam(community);
      return { holder, set: { gridId: grid.id, gridName: grid.name, unitPath: [...communityPath(r), grid.id] } };
    }
    case 'team': {
      if ((await usersHolding(ctx.store, grantKey(TEAM_ROLE[to.team], r.communityId))).length === 0) throw invalid(`本社区尚未设置${TEAM_LABELS[to.team]}联络员`, { to: '没有联络员' });
      return { holder: propertyTeam(community), set: {} };
    }
    case 'community':
      return { holder: communityTeam(community), set: {} };
    case 'street': {
      const street = await getUnit(ctx.store, r.streetId);
      if (!street) throw notFound('所属街道');
      // The street has it: no level above to climb to.
      return { holder: streetDesk(street), set: { sentBy: r.holder, level: 3, dueAt: null } };
    }
  }
}

/**
 * 转办, only with a reason: to another grid or team of the community, the community itself, or (for a matter
 * outside the community's powers: 占道, 噪音扰民…) the street's dispatch desk. The new holder accepts it anew; the
 * original clocks keep running (a transfer never buys time).
 */
export async function transfer(ctx: ActionContext, id: string, to: TransferTo, reason: string): Promise<RequestDetail> {
  const first = await readable(ctx, id);
  requireAct(ctx, first);
  if (first.holder.role === 'street_admin') throw invalid('街道派单台的诉求请转交部门或退回');
  await checkText(ctx, reason, 'reason');
  const target = await destination(ctx, first, to);
  const next = await takeStep(ctx, first, actorOf(ctx), (r) => {
    requireAct(ctx, r);
    if (!OPEN_STATUSES.includes(r.status)) throw wrongStatus(r, '转办');
    if (r.timeline.filter((e) => e.action === 'transfer').length >= MAX_TRANSFERS) throw new DomainError('CONFLICT', '转办次数过多，请由社区统一协调');
    if (r.pauses.some((p) => p.to === null)) throw new DomainError('CONFLICT', '诉求正在暂停计时，请先恢复计时再转办');
    return {
      from: OPEN_STATUSES,
      status: 'assigned',
      action: 'transfer',
      note: `转办至${target.holder.name}。理由：${reason}`,
      set: { holder: target.holder, deadlineAt: r.acceptCounted ? r.resolveDueAt : r.acceptDueAt, ...target.set },
    };
  });
  return detail(ctx, next);
}

function requireDesk(r: RequestDoc): void {
  if (r.holder.role !== 'street_admin') throw new DomainError('CONFLICT', '该诉求不在街道派单台');
  if (!OPEN_STATUSES.includes(r.status)) throw wrongStatus(r, '派单');
  if (r.external) throw new DomainError('CONFLICT', `该诉求已转交${r.external.department}`);
}

/** The street's dispatch desk hands it to a department: an external hand-off with the department's reference. */
export async function handOff(ctx: ActionContext, id: string, department: string, reference: string): Promise<RequestDetail> {
  const first = await readable(ctx, id);
  requireAct(ctx, first);
  const next = await takeStep(ctx, first, actorOf(ctx), (r) => {
    requireAct(ctx, r);
    requireDesk(r);
    const now = ctx.clock.now();
    const metrics: Metric[] = r.acceptCounted ? [] : [now <= r.acceptDueAt ? 'acceptedOnTime' : 'acceptMissed'];
    return {
      from: OPEN_STATUSES,
      status: 'in_progress',
      action: 'handoff',
      note: `街道已转交${department}办理（受理编号${reference}）`,
      metrics,
      set: { external: { department, reference, at: now }, acceptedAt: r.acceptedAt ?? now, acceptCounted: true, deadlineAt: r.resolveDueAt },
    };
  });
  return detail(ctx, next);
}

/** The street's dispatch desk returns it to whoever sent it, with a reason. */
export async function sendBack(ctx: ActionContext, id: string, reason: string): Promise<RequestDetail> {
  const first = await readable(ctx, id);
  requireAct(ctx, first);
  await checkText(ctx, reason, 'reason');
  const next = await takeStep(ctx, first, actorOf(ctx), (r) => {
    requireAct(ctx, r);
    requireDesk(r);
    if (!r.sentBy) throw new DomainError('CONFLICT', '该诉求没有可退回的对象');
    return {
      from: OPEN_STATUSES,
      status: 'assigned',
      action: 'return',
      note: `街道退回${r.sentBy.name}。理由：${reason}`,
      set: { holder: r.sentBy, sentBy: null, deadlineAt: r.acceptCounted ? r.resolveDueAt : r.acceptDueAt },
    };
  });
  return detail(ctx, next);
}
