import type { RequestDetail } from '../../../types/request';
import type { ActionContext } from '../kernel/context';
import { DomainError, forbidden } from '../kernel/domain-error';
import { checkPhotos, checkText } from './content';
import { mayAct } from './holders';
import { actorOf, detail, reckonResolve, requireAct, WORKING, wrongStatus } from './lifecycle.service';
import { readable } from './requests.service';
import { pausedNow } from './request-view';
import type { RequestDoc } from './request.repository';
import { MAX_COMMENTS } from './timeline';
import { takeStep } from './transition';

const MAX_PAUSES = 5;

/** The fields that end the running pause and move the resolution deadline by the time it lasted. */
async function resumed(ctx: ActionContext, r: RequestDoc) {
  const now = ctx.clock.now();
  const pauses = r.pauses.map((p) => (p.to === null ? { ...p, to: now } : p));
  const due = await reckonResolve(ctx, r, r.resolveFrom, pauses);
  return { pauses, resolveDueAt: due.at, deadlineAt: due.at, dueAt: r.level >= 3 ? null : due.at };
}

/**
 * The resident adds to their request (补充), or a worker replies, with photos. Text and photos pass the content
 * checks. A comment by the resident on a request paused for them ends the pause: the clock runs again.
 */
export async function comment(ctx: ActionContext, id: string, text: string, photoIds: readonly string[]): Promise<RequestDetail> {
  const first = await readable(ctx, id);
  const resident = first.residentId === ctx.caller.openid;
  if (!resident && !mayAct(ctx.caller, first)) throw forbidden('您不能在该诉求下留言');
  const [checked, photos] = [await checkText(ctx, text, 'text'), await checkPhotos(ctx, photoIds)];
  const resumes = resident && pausedNow(first) ? await resumed(ctx, first) : null;
  const next = await takeStep(ctx, first, actorOf(ctx), (r) => {
    if (r.status === 'closed') throw wrongStatus(r, '留言');
    if (r.timeline.filter((e) => e.action === 'comment' || e.action === 'reply').length >= MAX_COMMENTS) throw new DomainError('RATE_LIMITED', '留言已达上限，请直接联系办理人员');
    const held = r.held || checked.held || photos.some((p) => p.verdict !== 'pass');
    const set = resumes && pausedNow(r) ? { ...resumes, held } : { held };
    return { from: [r.status], status: r.status, action: resident ? 'comment' : 'reply', note: text, held: checked.held, photos, set };
  });
  return detail(ctx, next);
}

/** Stops the resolution clock while waiting on the resident, with a reason the resident sees. */
export async function pause(ctx: ActionContext, id: string, reason: string): Promise<RequestDetail> {
  const first = await readable(ctx, id);
  requireAct(ctx, first);
  const text = await checkText(ctx, reason, 'reason');
  const next = await takeStep(ctx, first, actorOf(ctx), (r) => {
    requireAct(ctx, r);
    if (!WORKING.includes(r.status)) throw wrongStatus(r, '暂停计时');
    if (pausedNow(r)) throw new DomainError('CONFLICT', '诉求已在暂停计时中');
    if (r.pauses.length >= MAX_PAUSES) throw new DomainError('CONFLICT', `每项诉求最多暂停计时${MAX_PAUSES}次`);
    const now = ctx.clock.now();
    return {
      from: WORKING,
      status: r.status,
      action: 'pause',
      note: `暂停计时，等待居民：${reason}`,
      held: text.held,
      set: { pauses: [...r.pauses, { from: now, to: null, reason }], deadlineAt: null, dueAt: null, held: r.held || text.held },
    };
  });
  return detail(ctx, next);
}

export async function resume(ctx: ActionContext, id: string): Promise<RequestDetail> {
  const first = await readable(ctx, id);
  requireAct(ctx, first);
  const set = await resumed(ctx, first);
  const next = await takeStep(ctx, first, actorOf(ctx), (r) => {
    requireAct(ctx, r);
    if (!pausedNow(r)) throw new DomainError('CONFLICT', '诉求没有在暂停计时');
    return { from: WORKING, status: r.status, action: 'resume', note: '恢复计时', set };
  });
  return detail(ctx, next);
}
