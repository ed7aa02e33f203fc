import type { BookingView } from '../../../types/legal-aid-cases';
import { HOUR_MS, MINUTE_MS } from '../calendar/shanghai-day';
import type { ActionContext } from '../kernel/context';
import { DomainError, invalid } from '../kernel/domain-error';
import { bookingCancelled, bookingRescheduled, dropReminders, syncReminders } from './booking-notices';
import type { BookingDoc } from './booking.repository';
import { residentMayChange, toBookingView, type Role } from './case-view';
import { checkText } from './content';
import { claimSlot, moveSlot, releaseSlot } from './day-claims';
import { locateSlot } from './slots';
import { bookingFor, giveBack, requireRole, requireStatus, transition } from './transition';
import { getVolunteer, VOLUNTEERS } from './volunteer.repository';

const tooLate = (b: BookingDoc) => `距咨询开始已不足${Math.round(b.noticeMs / HOUR_MS)}小时，不能再更改，如有特殊情况请联系志愿者`;

/**
 * Cancels an active booking: the resident until the volunteer's notice before the start, the volunteer until the start
 * and with a reason. The other party is told; the time and the resident's place come free.
 */
export async function cancel(ctx: ActionContext, id: string, reason: string | undefined): Promise<{ booking: BookingView }> {
  const now = ctx.clock.now();
  let role: Role = 'resident';
  const b = await transition(
    ctx.store,
    now,
    id,
    (b) => {
      role = requireRole(b, ctx.caller.openid);
      if (role === 'volunteer' && (reason?.length ?? 0) < 2) throw invalid('请填写取消原因，居民将收到通知', { reason: '请填写取消原因' });
      requireStatus(b, ['pending', 'confirmed'], '该预约已结束，无需取消');
      if (role === 'resident' && !residentMayChange(b, now)) throw new DomainError('CONFLICT', tooLate(b));
      if (role === 'volunteer' && now >= b.startAt) throw new DomainError('CONFLICT', '咨询已开始，请登记咨询结果');
    },
    () => ({ status: 'cancelled', cancelledAt: now, cancelledBy: role, cancelReason: reason ?? null }),
    async (tx, next) => {
      await bookingCancelled(tx, now, next);
      await dropReminders(tx, next);
    },
  );
  await giveBack(ctx.store, b, now, { ticks: true });
  return { booking: toBookingView(b, role, now) };
}

/**
 * Moves a booking once, before the notice window, to another free slot of the same volunteer: the old slot is freed
 * only if the new one is taken. On the same day that is one update of the day (moveClaim); across days the new day is
 * claimed first, the booking then moved, the old day freed last (a function dying in between leaves the sweep an
 * old claim to release). Status stays: the volunteer offered the new time in their hours, and is told of it.
 */
export async function reschedule(ctx: ActionContext, id: string, startAt: number): Promise<{ booking: BookingView }> {
  const { b: found } = await bookingFor(ctx, id, 'resident');
  const now = ctx.clock.now();
  const checkOpen = (b: BookingDoc) => {
    requireStatus(b, ['pending', 'confirmed'], '该预约已结束，不能改期');
    if (b.rescheduledAt !== null) throw new DomainError('CONFLICT', '每个预约只能改期一次');
    if (!residentMayChange(b, now)) throw new DomainError('CONFLICT', tooLate(b));
  };
  checkOpen(found);
  const v = await getVolunteer(ctx.store, found.volunteerId);
  if (!v?.availability || v.status !== 'verified' || v.paused) throw new DomainError('CONFLICT', '该志愿者暂停接受预约，无法改期');
  const slot = locateSlot(v.availability, startAt, now);
  if ('refused' in slot) throw invalid(slot.refused, { startAt: slot.refused });
  if (slot.startAt === found.startAt) throw invalid('请选择与原时段不同的时间', { startAt: '请选择与原时段不同的时间' });

  const sameDay = slot.date === found.date;
  if (sameDay) {
    if (!(await moveSlot(ctx.store, v._id, slot.date, found.ticks, slot.ticks, id, now))) throw new DomainError('CONFLICT', '该时段刚刚被预约，请选择其他时段');
  } else {
    const claim = await claimSlot(ctx.store, v._id, slot.date, slot.ticks, id, v.availability.dailyCap, now);
    if (claim === 'full') throw new DomainError('FULL', '该志愿者当天的预约已满，请选择其他日期');
    if (claim === 'taken') throw new DomainError('CONFLICT', '该时段刚刚被预约，请选择其他时段');
    // 'mine': the new ticks already carry this booking's id, so another reschedule of it (running now, or one that
    // died) made that claim. It is not ours to use nor to give back: releasing it when our write is refused would free
    // the ticks of the reschedule that won. The sweep settles a claim left by one that died.
    if (claim === 'mine') throw new DomainError('CONFLICT', '该预约正在改期，请稍后刷新查看');
  }
  let b: BookingDoc;
  try {
    b = await transition(
      ctx.store,
      now,
      id,
      (b) => {
        checkOpen(b);
        if (b.startAt !== found.startAt) throw new DomainError('CONFLICT', '预约已变化，请刷新后查看');
      },
      (b) => ({
        date: slot.date,
        ticks: slot.ticks,
        startAt: slot.startAt,
        endAt: slot.endAt,
        rescheduledAt: now,
        previousStartAt: b.startAt,
        expiresAt: Math.min(b.expiresAt, slot.startAt - 30 * MINUTE_MS),
      }),
      async (tx, next) => {
        await bookingRescheduled(tx, now, next);
        if (next.status === 'confirmed') await syncReminders(tx, now, next);
      },
    );
  } catch (err) {
    // The booking changed meanwhile (cancelled, say): give the new time back; what cannot be undone is the sweep's.
    if (sameDay) await moveSlot(ctx.store, v._id, slot.date, slot.ticks, found.ticks, id, now);
    else await releaseSlot(ctx.store, v._id, slot.date, slot.ticks, id, now);
    throw err;
  }
  if (!sameDay) await releaseSlot(ctx.store, v._id, found.date, found.ticks, id, now);
  return { booking: toBookingView(b, 'resident', now) };
}

/** The resident rates a completed consultation once; the volunteer's average follows in the same transaction. */
export async function rate(ctx: ActionContext, input: { id: string; stars: number; comment: string }): Promise<{ booking: BookingView }> {
  const review = input.comment ? (await checkText(ctx, 'comment', input.comment, 'comment')) === 'review' : false;
  const now = ctx.clock.now();
  const b = await transition(
    ctx.store,
    now,
    input.id,
    (b) => {
      requireRole(b, ctx.caller.openid, 'resident');
      requireStatus(b, ['completed'], '咨询完成后才能评价');
      if (b.rating) throw new DomainError('CONFLICT', '您已评价过该咨询');
    },
    () => ({ rating: { stars: input.stars, comment: input.comment, review, at: now } }),
    async (tx, next) => {
      await tx.update(VOLUNTEERS, next.volunteerId, { inc: { ratingSum: input.stars, ratingCount: 1 } });
    },
  );
  return { booking: toBookingView(b, 'resident', now) };
}
