import type { ActivityDetail } from '../../../types/activity';
import { timeProblems, type CreateActivityInput, type UpdateActivityInput } from '../../../types/functions/activity';
import { communityIdOf, getUnit } from '../org/org.repository';
import { OFFICER_ROLES, officerRefusal, requireActOn } from '../access/scope';
import type { ActionContext } from '../kernel/context';
import { DomainError, invalid, notFound } from '../kernel/domain-error';
import { newId } from '../kernel/ids';
import type { TxOps } from '../store/port';
import { ACTIVITIES, type ActivityDoc } from './activity.repository';
import { toDetail } from './activity-view';
import { newPool } from '../hot/places';
import { activityCancelled, activityChanged, dropReminders, syncReminders } from './activity-notices';
import { promoteWaiting } from './seat-records';

function invalidFields(problems: Record<string, string>): never {
  throw invalid(Object.values(problems)[0]!, problems);
}

/** An organiser's view of the activity as it stands. */
const organiserView = (ctx: ActionContext, a: ActivityDoc): ActivityDetail => toDetail(a, null, { eligible: false, residenceNeeded: false, canManage: true, now: ctx.clock.now() });

/** An organiser's view of the activity just written, read again: seats may have moved since. */
async function freshView(ctx: ActionContext, id: string): Promise<ActivityDetail> {
  return organiserView(ctx, (await ctx.store.get(ACTIVITIES, id))!);
}

export async function createActivity(ctx: ActionContext, input: CreateActivityInput): Promise<ActivityDetail> {
  const unit = await getUnit(ctx.store, input.unitId);
  if (!unit) throw invalid('请选择组织单位', { unitId: '组织单位不存在' });
  requireActOn(ctx.caller, OFFICER_ROLES, unit, officerRefusal());

  // A branch may invite a unit inside it; "the community" is the organising unit's community (a street's whole area).
  const audienceId = input.audience === 'party_subtree' ? (input.audienceUnitId ?? unit.id) : (communityIdOf(unit) ?? unit.id);
  const audienceUnit = audienceId === unit.id ? unit : await getUnit(ctx.store, audienceId);
  if (!audienceUnit || (input.audience === 'party_subtree' && !audienceUnit.path.includes(unit.id))) {
    throw invalid('参加对象须为本支部或其下属组织', { audienceUnitId: '参加对象须为本支部或其下属组织' });
  }
  // The windows (after now, within two years, deadlines ordered) were checked by the input's schema.
  const now = ctx.clock.now();

  const { unitId: _u, audienceUnitId: _a, ...fields } = input;
  const doc: ActivityDoc = {
    _id: newId('act', now),
    ...fields,
    unitId: unit.id,
    unitPath: unit.path,
    unitName: unit.partyOrgName,
    audienceUnitId: audienceUnit.id,
    audienceUnitName: input.audience === 'party_subtree' ? audienceUnit.partyOrgName : audienceUnit.name,
    status: 'published',
    cancelReason: null,
    cancelledAt: null,
    seats: newPool(input.capacity, input.waitlistLimit),
    present: {},
    touchedAt: now,
    revision: 1,
    createdBy: ctx.caller.openid,
    createdByName: ctx.caller.user?.name ?? '',
    createdAt: now,
    updatedAt: now,
  };
  await ctx.store.transaction(async (tx) => {
    await tx.insert(ACTIVITIES, doc);
    await syncReminders(tx, now, doc);
  });
  // Nobody can have taken a seat of an activity nobody has seen yet: the document written is the one stored.
  return organiserView(ctx, doc);
}

/** Reads, inside the transaction that changes it, an activity the caller may manage. */
async function managed(ctx: ActionContext, tx: TxOps, id: string): Promise<ActivityDoc> {
  const a = await tx.get(ACTIVITIES, id);
  if (!a) throw notFound('该活动');
  requireActOn(ctx.caller, OFFICER_ROLES, { path: a.unitPath }, officerRefusal(a.unitName));
  return a;
}

const NOTIFIED_FIELDS = ['title', 'startAt', 'endAt', 'place'] as const;

/**
 * Edits an activity in one short transaction on it: the seats change with the capacity (never below those already
 * confirmed), a change of title, time or place is one notice to everyone signed up and moves the reminders. Seats
 * taken meanwhile conflict with the transaction, which then runs again on the new count. A larger capacity then
 * promotes from the waiting list.
 */
export async function updateActivity(ctx: ActionContext, input: UpdateActivityInput): Promise<ActivityDetail> {
  const { id, ...given } = input;
  const changes = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Partial<ActivityDoc>;
  const now = ctx.clock.now();
  const after = await ctx.store.transaction(async (tx) => {
    const a = await managed(ctx, tx, id);
    if (a.status === 'cancelled') throw new DomainError('CONFLICT', '活动已取消，不能修改');
    if (now >= a.endAt) throw new DomainError('CONFLICT', '活动已结束，不能修改');
    const next: ActivityDoc = { ...a, ...changes, revision: a.revision + 1, updatedAt: now };
    const problems = timeProblems(next, now);
    if (next.startAt !== a.startAt && next.startAt <= now) problems.startAt = '开始时间须晚于现在';
    if (next.capacity < a.seats.holders.length) problems.capacity = `名额不能少于已报名的${a.seats.holders.length}人`;
    if (next.waitlistLimit < a.seats.queued) problems.waitlistLimit = `候补人数不能少于当前候补的${a.seats.queued}人`;
    if (Object.keys(problems).length > 0) invalidFields(problems);
    await tx.update(ACTIVITIES, id, {
      set: { ...changes, revision: next.revision, updatedAt: now },
      inc: { 'seats.free': next.capacity - a.capacity, 'seats.waitFree': next.waitlistLimit - a.waitlistLimit },
    });
    if (NOTIFIED_FIELDS.some((f) => next[f] !== a[f])) await activityChanged(tx, now, next);
    if (next.startAt !== a.startAt) await syncReminders(tx, now, next);
    return next;
  });
  if (changes.capacity !== undefined) await promoteWaiting(ctx.store, now, after);
  return freshView(ctx, id);
}

/** Cancels the activity: one notice to everyone signed up or waiting, and the reminders withdrawn, in one transaction. */
export async function cancelActivity(ctx: ActionContext, input: { id: string; reason: string }): Promise<ActivityDetail> {
  const now = ctx.clock.now();
  await ctx.store.transaction(async (tx) => {
    const a = await managed(ctx, tx, input.id);
    if (a.status === 'cancelled') return;
    if (now >= a.endAt) throw new DomainError('CONFLICT', '活动已结束，不能取消');
    const after: ActivityDoc = { ...a, status: 'cancelled', cancelReason: input.reason, cancelledAt: now, revision: a.revision + 1, updatedAt: now };
    await tx.update(ACTIVITIES, a._id, { set: { status: 'cancelled', cancelReason: input.reason, cancelledAt: now, revision: after.revision, updatedAt: now } });
    await activityCancelled(tx, now, after);
    await dropReminders(tx, a);
  });
  return freshView(ctx, input.id);
}
