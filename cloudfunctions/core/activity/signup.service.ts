import type { ActivitySummary, MySignup } from '../../../types/activity';
import type { ResidenceLevel } from '../../../types/residence';
import { formatDateTime } from '../../../types/time';
import { reachOf } from '../access/scope';
import { holderKey, leavePlace, readPool, sinceOf, takePlace } from '../hot/places';
import type { ActionContext } from '../kernel/context';
import { DomainError, notFound } from '../kernel/domain-error';
import { ACTIVITIES, SIGNUPS, activitiesByIds, presentField, seatsOf, signupId, type ActivityDoc, type SignupDoc } from './activity.repository';
import { toMySignup, toSummary } from './activity-view';
import { requireJoin } from './audience';
import { promoteWaiting, releaseRecord, settleRecord, writeSeated } from './seat-records';

async function loadActivity(ctx: ActionContext, id: string): Promise<ActivityDoc> {
  const a = await ctx.store.get(ACTIVITIES, id);
  if (!a) throw notFound('该活动');
  return a;
}

const callerName = (ctx: ActionContext) => ctx.caller.user?.name ?? '居民';

/**
 * Takes a seat, or a place at the end of the waiting list. The seat is one conditional update of the activity (never
 * more than its capacity, however many ask at once); the signup record and its message follow in one short
 * transaction. A repeated request (a double tap, a retry) finds the signup that exists.
 */
export async function signup(ctx: ActionContext, id: string, level: ResidenceLevel): Promise<{ signup: MySignup; created: boolean }> {
  const a = await loadActivity(ctx, id);
  requireJoin(a, await reachOf(ctx.store, ctx.caller), ctx.caller, level);
  const openid = ctx.caller.openid;
  const now = ctx.clock.now();
  const open = { status: 'published', signupDeadline: { $gt: now }, startAt: { $gt: now } };
  const taken = await takePlace(ctx.store, seatsOf(id), openid, now, open);

  if (taken.outcome === 'held') {
    const record = await writeSeated(ctx.store, now, a, openid, callerName(ctx), taken.since);
    return { signup: toMySignup(a, record), created: true };
  }
  if (taken.outcome === 'waiting') {
    const pool = (await readPool(ctx.store, seatsOf(id)))!;
    const position = pool.waiting.indexOf(openid) + 1;
    const record = await settleRecord(ctx.store, now, a, openid, 'waiting', taken.since, { name: callerName(ctx), position: position || pool.queued });
    // No seat free: the pool just read and the record just written are the answer.
    if (pool.free <= 0) return { signup: toMySignup({ ...a, seats: pool }, record), created: true };
    // A seat came free while this member joined the queue: give it to whoever heads it (maybe them), then read again.
    await promoteWaiting(ctx.store, now, a);
    return { signup: await currentSignup(ctx, id), created: true };
  }
  return { signup: await explainMissed(ctx, id, now), created: false };
}

/** The caller's signup as it stands, with the waiting position the activity shows now. */
async function currentSignup(ctx: ActionContext, id: string): Promise<MySignup> {
  const [a, s] = await Promise.all([loadActivity(ctx, id), ctx.store.get(SIGNUPS, signupId(id, ctx.caller.openid))]);
  if (!s) throw new DomainError('INTERNAL');
  return toMySignup(a, s);
}

/** Neither a seat nor a waiting place: the caller already has one, or signup is closed, or all is full. */
async function explainMissed(ctx: ActionContext, id: string, now: number): Promise<MySignup> {
  const a = await loadActivity(ctx, id);
  const openid = ctx.caller.openid;
  const since = sinceOf(a.seats, openid);
  if (since !== null) {
    // Held or waiting already: the record exists, or (its writer died) is written now.
    const state = a.seats.holders.includes(openid) ? 'held' : 'waiting';
    const s = await settleRecord(ctx.store, now, a, openid, state, since, { name: callerName(ctx), position: a.seats.waiting.indexOf(openid) + 1 });
    return toMySignup(a, s);
  }
  if (a.status === 'cancelled') throw new DomainError('CONFLICT', '活动已取消');
  if (now >= a.signupDeadline || now >= a.startAt) throw new DomainError('CONFLICT', `报名已于${formatDateTime(a.signupDeadline)}截止`);
  if (a.seats.free > 0 && a.seats.queued === 0) throw new DomainError('CONFLICT', '报名人数变化较快，请再试一次');
  throw new DomainError('FULL', a.waitlistLimit > 0 ? '名额和候补都已满' : '名额已满');
}

/**
 * Gives up a seat (until the cancellation deadline, and never after checking in) or a waiting place (until the
 * start): one conditional update of the activity, then the record. A freed seat goes to the head of the waiting list.
 */
export async function cancel(ctx: ActionContext, id: string): Promise<{ signup: MySignup }> {
  const a = await loadActivity(ctx, id);
  const openid = ctx.caller.openid;
  const now = ctx.clock.now();
  const left = await leavePlace(ctx.store, seatsOf(id), openid, now, {
    place: { status: 'published', cancelDeadline: { $gt: now }, [presentField(openid)]: { $exists: false } },
    queue: { status: 'published', startAt: { $gt: now } },
  });
  if (left === 'none') return { signup: await explainNotLeft(ctx, a, now) };
  await releaseRecord(ctx.store, now, id, openid);
  if (left === 'left-place') await promoteWaiting(ctx.store, now, a);
  return { signup: await currentSignup(ctx, id) };
}

async function explainNotLeft(ctx: ActionContext, a: ActivityDoc, now: number): Promise<MySignup> {
  const openid = ctx.caller.openid;
  const s = await ctx.store.get(SIGNUPS, signupId(a._id, openid));
  const listed = sinceOf(a.seats, openid) !== null;
  if (!s && !listed) throw notFound('您在该活动的报名');
  if (!listed) {
    // Gone from the seats already: the record follows (if a dying cancellation left it behind) and is answered.
    await releaseRecord(ctx.store, now, a._id, openid);
    return toMySignup(a, (await ctx.store.get(SIGNUPS, signupId(a._id, openid)))!);
  }
  if (a.status === 'cancelled') throw new DomainError('CONFLICT', '活动已取消，无需取消报名');
  if (a.present[holderKey(openid)] !== undefined) throw new DomainError('CONFLICT', '您已签到，不能再取消报名');
  if (a.seats.holders.includes(openid)) throw new DomainError('CONFLICT', `取消报名已于${formatDateTime(a.cancelDeadline)}截止，如有特殊情况请联系活动组织人`);
  throw new DomainError('CONFLICT', '活动已开始');
}

/** The caller's seats and waiting places for activities that have not ended, soonest first. */
export async function mySignups(ctx: ActionContext): Promise<{ items: ActivitySummary[] }> {
  const now = ctx.clock.now();
  const signups = await ctx.store.find(SIGNUPS, { openid: ctx.caller.openid, status: { $in: ['confirmed', 'waitlisted'] } }, { limit: 500 });
  const activities = await activitiesByIds(ctx.store, signups.map((s) => s.activityId));
  const items = signups
    .map((s) => ({ s, a: activities.get(s.activityId) }))
    .filter((x): x is { s: SignupDoc; a: ActivityDoc } => x.a !== undefined && x.a.endAt >= now)
    .sort((x, y) => x.a.startAt - y.a.startAt)
    .map(({ a, s }) => toSummary(a, s));
  return { items };
}
