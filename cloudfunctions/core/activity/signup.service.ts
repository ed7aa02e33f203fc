import { randomBytes } from 'node:crypto';
import type { ActivitySummary, MySignup } from '../../../types/activity';
import { formatDateTime } from '../../../types/time';
import { findMember } from '../party/membership.repository';
import type { ActionContext } from '../kernel/context';
import { DomainError, forbidden, notFound } from '../kernel/domain-error';
import { ACTIVITIES, SIGNUPS, activitiesByIds, signupId, type ActivityDoc, type SignupDoc } from './activity.repository';
import { toMySignup, toSummary } from './activity-view';
import { reachOf, type Reach } from '../access/scope';
import { audienceRefusal, isEligible } from './audience';
import { dropReminders, signupConfirmed, signupWaitlisted, syncReminders } from './activity-notices';
import { promoteFromWaitlist, seatFields } from './seats';

async function loadActivity(ctx: ActionContext, id: string): Promise<ActivityDoc> {
  const a = await ctx.store.get(ACTIVITIES, id);
  if (!a) throw notFound('该活动');
  return a;
}

/** Name and party organisation as the organiser's list shows them. */
async function profileOf(ctx: ActionContext, reach: Reach): Promise<{ name: string; branchName: string }> {
  const registered = await findMember(ctx.store, ctx.caller.openid);
  return { name: ctx.caller.user?.name ?? '居民', branchName: registered?.partyOrgName ?? reach.partyUnits[0]?.partyOrgName ?? '居民' };
}

/**
 * Takes a seat, or a place at the end of the waiting list, in one transaction over the activity and the signup:
 * the seat count can never pass the capacity however many ask at once, and a repeated request (a double tap, a
 * retry) returns the signup that exists.
 */
export async function signup(ctx: ActionContext, id: string): Promise<{ signup: MySignup; created: boolean }> {
  const found = await loadActivity(ctx, id);
  const reach = await reachOf(ctx.store, ctx.caller);
  if (!isEligible(found, reach)) throw forbidden(audienceRefusal(found));
  const profile = await profileOf(ctx, reach);
  const openid = ctx.caller.openid;
  const now = ctx.clock.now();

  return ctx.store.transaction(async (tx) => {
    const a = (await tx.get(ACTIVITIES, id))!;
    const existing = await tx.get(SIGNUPS, signupId(id, openid));
    if (existing && existing.status !== 'cancelled') return { signup: toMySignup(a, existing), created: false };
    if (a.status === 'cancelled') throw new DomainError('CONFLICT', '活动已取消');
    if (now >= a.signupDeadline || now >= a.startAt) throw new DomainError('CONFLICT', `报名已于${formatDateTime(a.signupDeadline)}截止`);

    const status = a.confirmed.length < a.capacity ? 'confirmed' : a.waitlist.length < a.waitlistLimit ? 'waitlisted' : null;
    if (!status) throw new DomainError('FULL', a.waitlistLimit > 0 ? '名额和候补都已满' : '名额已满');
    const doc: SignupDoc = {
      _id: signupId(id, openid),
      activityId: id,
      openid,
      ...profile,
      status,
      round: (existing?.round ?? 0) + 1,
      ticket: existing?.ticket ?? randomBytes(8).toString('hex'),
      signedUpAt: now,
      confirmedAt: status === 'confirmed' ? now : null,
      promotedAt: null,
      cancelledAt: null,
      checkedInAt: null,
      checkInMethod: null,
      recordedBy: null,
      recordedByName: null,
      recordedAt: null,
      log: existing?.log ?? [],
    };
    await tx.put(SIGNUPS, doc);
    const seats = status === 'confirmed' ? { confirmed: [...a.confirmed, openid], waitlist: a.waitlist } : { confirmed: a.confirmed, waitlist: [...a.waitlist, openid] };
    await tx.update(ACTIVITIES, id, { set: seatFields(seats) });
    const after = { ...a, ...seats, confirmedCount: seats.confirmed.length };
    if (status === 'confirmed') {
      await signupConfirmed(tx, now, after, openid, doc.round);
      await syncReminders(tx, now, after, openid);
    } else {
      await signupWaitlisted(tx, now, after, openid, doc.round, seats.waitlist.length);
    }
    return { signup: toMySignup(after, doc), created: true };
  });
}

/**
 * Gives up a seat (until the cancellation deadline) or a waiting place (until the start). A freed seat goes to
 * the head of the waiting list in the same transaction, so it can never be lost or given twice.
 */
export async function cancel(ctx: ActionContext, id: string): Promise<{ signup: MySignup }> {
  await loadActivity(ctx, id);
  const openid = ctx.caller.openid;
  const now = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    const a = (await tx.get(ACTIVITIES, id))!;
    const s = await tx.get(SIGNUPS, signupId(id, openid));
    if (!s) throw notFound('您在该活动的报名');
    if (s.status === 'cancelled') return { signup: toMySignup(a, s) };
    if (a.status === 'cancelled') throw new DomainError('CONFLICT', '活动已取消，无需取消报名');
    let seats = { confirmed: a.confirmed, waitlist: a.waitlist };
    if (s.status === 'confirmed') {
      if (now >= a.cancelDeadline) throw new DomainError('CONFLICT', `取消报名已于${formatDateTime(a.cancelDeadline)}截止，如有特殊情况请联系活动组织人`);
      seats = { ...seats, confirmed: a.confirmed.filter((o) => o !== openid) };
      await dropReminders(tx, a, openid);
    } else {
      if (now >= a.startAt) throw new DomainError('CONFLICT', '活动已开始');
      seats = { ...seats, waitlist: a.waitlist.filter((o) => o !== openid) };
    }
    const done: SignupDoc = { ...s, status: 'cancelled', cancelledAt: now };
    await tx.update(SIGNUPS, s._id, { set: { status: 'cancelled', cancelledAt: now } });
    const next = await promoteFromWaitlist(tx, now, a, seats);
    await tx.update(ACTIVITIES, id, { set: seatFields(next) });
    return { signup: toMySignup({ ...a, ...next }, done) };
  });
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
