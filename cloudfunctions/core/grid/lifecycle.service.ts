import type { RequestDetail } from '../../../types/request';
import { DEFAULT_OFFICE_HOURS } from '../../../types/working-hours';
import { RATING_LABELS, UNACCEPTED_STATUSES, type Rating, type RequestStatus, type Urgency } from '../../../types/request-names';
import { ADMIN_ROLES } from '../access/scope';
import type { ActionContext } from '../kernel/context';
import { DomainError, forbidden, invalid } from '../kernel/domain-error';
import { getUnit } from '../org/org.repository';
import { limitsOf, officeHoursOf } from '../org/unit-settings';
import { calendarFor, resolveDue, termsFor } from './clocks';
import { checkPhotos, checkText } from './content';
import { holds, mayAct, type Holder } from './holders';
import { readable } from './requests.service';
import { reopenUntilOf, toDetail } from './request-view';
import type { RequestDoc } from './request.repository';
import type { Metric } from './timeline';
import { takeStep, type Actor } from './transition';

const DAY_MS = 86_400_000;
export const WORKING: readonly RequestStatus[] = ['accepted', 'in_progress', 'reopened'];

export const actorOf = (ctx: ActionContext): Actor => ({ openid: ctx.caller.openid, name: ctx.caller.user?.name ?? '居民' });
export const detail = (ctx: ActionContext, r: RequestDoc): Promise<RequestDetail> => toDetail(ctx, ctx.caller, r);

export function requireAct(ctx: ActionContext, r: RequestDoc): void {
  if (!mayAct(ctx.caller, r)) throw forbidden('您不是该诉求的办理人员，不能进行此操作');
}
export function requireResident(ctx: ActionContext, r: RequestDoc): void {
  if (r.residentId !== ctx.caller.openid) throw forbidden('只有提出诉求的居民可以进行此操作');
}

/** Why a step cannot be taken from the status the request has now. */
export function wrongStatus(r: RequestDoc, what: string): DomainError {
  if (r.status === 'closed') return new DomainError('CONFLICT', '该诉求已关闭');
  if (!UNACCEPTED_STATUSES.includes(r.status) && what === '受理') return new DomainError('CONFLICT', `该诉求已由${r.holder.name}受理`);
  return new DomainError('CONFLICT', `该诉求当前状态不能${what}，请刷新后查看`);
}

/** The resolution deadline again (after a pause or a reopening): from `resolveFrom`, less every finished pause. */
export async function reckonResolve(ctx: ActionContext, r: Pick<RequestDoc, 'communityId' | 'terms'>, from: number, pauses: RequestDoc['pauses']) {
  const community = await getUnit(ctx.store, r.communityId);
  const paused = pauses.filter((p) => p.to !== null).map((p) => ({ from: p.from, to: p.to! }));
  return resolveDue(calendarFor(community ? officeHoursOf(community) : DEFAULT_OFFICE_HOURS), from, r.terms.resolve, paused);
}

/** The holder after the caller accepts: the team's member, or an admin stepping in, becomes the person accountable. */
function accepterHolder(ctx: ActionContext, r: RequestDoc): Holder {
  const name = ctx.caller.user?.name ?? '';
  if (holds(ctx.caller, r.holder)) return { ...r.holder, openid: ctx.caller.openid, name };
  const grant = (ctx.caller.user?.roles ?? []).find((g) => (ADMIN_ROLES as readonly string[]).includes(g.role) && g.unitId && r.unitPath.includes(g.unitId))!;
  return { role: grant.role as Holder['role'], unitId: grant.unitId!, openid: ctx.caller.openid, name };
}

/** 受理: one conditional update; of two people pressing it at once one wins, the other is told who has it. */
export async function accept(ctx: ActionContext, id: string, urgency: Urgency | undefined): Promise<RequestDetail> {
  const first = await readable(ctx, id);
  requireAct(ctx, first);
  if (first.holder.role === 'street_admin') throw invalid('街道派单台的诉求请转交部门或退回');
  // Classing it anew (e.g. as complex) moves the resolution deadline, from its creation, on the street's limits.
  const reclassed = urgency && urgency !== first.urgency && first.terms.source === 'street' ? await reclass(ctx, first, urgency) : null;
  const next = await takeStep(ctx, first, actorOf(ctx), (r) => {
    if (!UNACCEPTED_STATUSES.includes(r.status)) throw wrongStatus(r, '受理');
    requireAct(ctx, r);
    const now = ctx.clock.now();
    const metrics: Metric[] = r.acceptCounted ? [] : [now <= r.acceptDueAt ? 'acceptedOnTime' : 'acceptMissed'];
    const resolveDueAt = reclassed?.resolveDueAt ?? r.resolveDueAt;
    return {
      from: UNACCEPTED_STATUSES,
      status: 'accepted',
      action: 'accept',
      note: reclassed ? `已受理，按${reclassed.label}诉求办理` : '已受理',
      metrics,
      set: { holder: accepterHolder(ctx, r), acceptedAt: r.acceptedAt ?? now, acceptCounted: true, deadlineAt: resolveDueAt, dueAt: r.level >= 3 ? null : resolveDueAt, ...(reclassed ? { urgency: reclassed.urgency, terms: reclassed.terms, resolveDueAt } : {}) },
    };
  });
  return detail(ctx, next);
}

async function reclass(ctx: ActionContext, r: RequestDoc, urgency: Urgency) {
  const street = await getUnit(ctx.store, r.streetId);
  const terms = termsFor(urgency, limitsOf(street), null);
  const due = await reckonResolve(ctx, { communityId: r.communityId, terms }, r.resolveFrom, r.pauses);
  return { urgency, terms, resolveDueAt: due.at, label: urgency === 'complex' ? '复杂' : urgency === 'urgent' ? '紧急' : '一般' };
}

/** 开始处理. */
export async function start(ctx: ActionContext, id: string): Promise<RequestDetail> {
  const next = await takeStep(ctx, await readable(ctx, id), actorOf(ctx), (r) => {
    requireAct(ctx, r);
    if (r.status !== 'accepted' && r.status !== 'reopened') throw wrongStatus(r, '开始处理');
    return { from: ['accepted', 'reopened'], status: 'in_progress', action: 'start', note: '开始处理' };
  });
  return detail(ctx, next);
}

/** 办结, with what was done and photos of the result; the resident then has 7 days to confirm, reopen or rate. */
export async function resolve(ctx: ActionContext, id: string, note: string, photoIds: readonly string[]): Promise<RequestDetail> {
  const first = await readable(ctx, id);
  requireAct(ctx, first);
  const [text, photos] = [await checkText(ctx, note, 'note'), await checkPhotos(ctx, photoIds)];
  const next = await takeStep(ctx, first, actorOf(ctx), (r) => {
    requireAct(ctx, r);
    if (!WORKING.includes(r.status)) throw wrongStatus(r, '办结');
    if (r.pauses.some((p) => p.to === null)) throw new DomainError('CONFLICT', '诉求已暂停计时，请先恢复再办结');
    const now = ctx.clock.now();
    const metrics: Metric[] = ['resolved', ...(r.resolveCounted ? [] : [now <= r.resolveDueAt ? ('resolvedOnTime' as const) : ('resolveMissed' as const)])];
    return {
      from: WORKING,
      status: 'resolved',
      action: 'resolve',
      note,
      held: text.held,
      photos,
      metrics,
      set: { resolvedAt: now, resolveCounted: true, deadlineAt: null, dueAt: null, closeAt: now + 7 * DAY_MS, held: r.held || text.held || photos.some((p) => p.verdict !== 'pass') },
    };
  });
  return detail(ctx, next);
}

/** The resident confirms the resolution (rating closes it). */
export async function confirm(ctx: ActionContext, id: string): Promise<RequestDetail> {
  const next = await takeStep(ctx, await readable(ctx, id), actorOf(ctx), (r) => {
    requireResident(ctx, r);
    if (r.status !== 'resolved') throw wrongStatus(r, '确认');
    return { from: ['resolved'], status: 'confirmed', action: 'confirm', note: '居民确认已办结' };
  });
  return detail(ctx, next);
}

/** The step that reopens a request (asked for, or a 不满意): back to its holder, on a new resolution clock. */
async function reopening(ctx: ActionContext, r: RequestDoc) {
  const now = ctx.clock.now();
  const due = await reckonResolve(ctx, r, now, []);
  return { resolveFrom: now, resolveDueAt: due.at, deadlineAt: due.at, dueAt: r.level >= 3 ? null : due.at, closeAt: null, resolvedAt: null, reopened: true, pauses: [] };
}

function requireReopenable(ctx: ActionContext, r: RequestDoc): void {
  if (r.status !== 'resolved' && r.status !== 'confirmed') throw wrongStatus(r, '重新办理');
  if (r.reopened) throw new DomainError('CONFLICT', '每项诉求只能申请重新办理一次');
  if (ctx.clock.now() > reopenUntilOf(r)!) throw new DomainError('CONFLICT', '已超过办结后7天，不能再申请重新办理');
}

/** The resident asks for it to be done again: once, within 7 days of the resolution. */
export async function reopen(ctx: ActionContext, id: string, reason: string): Promise<RequestDetail> {
  const first = await readable(ctx, id);
  requireResident(ctx, first);
  requireReopenable(ctx, first);
  const text = await checkText(ctx, reason, 'reason');
  const set = await reopening(ctx, first);
  const next = await takeStep(ctx, first, actorOf(ctx), (r) => {
    requireReopenable(ctx, r);
    return { from: ['resolved', 'confirmed'], status: 'reopened', action: 'reopen', note: reason, held: text.held, metrics: ['reopened'], set: { ...set, held: r.held || text.held } };
  });
  return detail(ctx, next);
}

/** The resident's rating: 满意 or 基本满意 closes it; 不满意 reopens it once (within 7 days), else closes it too. */
export async function rate(ctx: ActionContext, id: string, rating: Rating, comment: string | undefined): Promise<RequestDetail> {
  const first = await readable(ctx, id);
  requireResident(ctx, first);
  const text = comment ? await checkText(ctx, comment, 'comment') : { held: false };
  const reopens = rating === 'dissatisfied' && !first.reopened && ctx.clock.now() <= reopenUntilOf(first)!;
  const again = reopens ? await reopening(ctx, first) : null;
  const next = await takeStep(ctx, first, actorOf(ctx), (r) => {
    if (r.status !== 'resolved' && r.status !== 'confirmed') throw wrongStatus(r, '评价');
    const now = ctx.clock.now();
    const note = `评价：${RATING_LABELS[rating]}${comment ? `。${comment}` : ''}`;
    const recorded = { rating: { value: rating, comment: comment ?? '', at: now }, held: r.held || text.held };
    const metrics: Metric[] = ['rated', rating];
    if (again && !r.reopened) return { from: ['resolved', 'confirmed'], status: 'reopened', action: 'rate', note, held: text.held, metrics: [...metrics, 'reopened'], set: { ...again, ...recorded } };
    return { from: ['resolved', 'confirmed'], status: 'closed', action: 'rate', note, held: text.held, metrics, set: { ...recorded, closedAt: now, closeAt: null } };
  });
  return detail(ctx, next);
}
