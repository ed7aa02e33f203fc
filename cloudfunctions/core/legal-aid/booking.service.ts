import type { BookingView } from '../../../types/legal-aid-cases';
import { MAX_ACTIVE_BOOKINGS, SERVICES_OF_KIND, type Service, type ServiceMode, type Specialty } from '../../../types/legal-aid-names';
import { HOUR_MS, MINUTE_MS } from '../calendar/shanghai-day';
import type { ActionContext } from '../kernel/context';
import { DomainError, invalid } from '../kernel/domain-error';
import { DuplicateKeyError } from '../store/port';
import { homePathOf, servingVolunteer } from './availability.service';
import { bookingRequested } from './booking-notices';
import { BOOKINGS, bookingIdOf, getBooking, holdsTicks, isActive, type BookingDoc } from './booking.repository';
import { toBookingView } from './case-view';
import { checkText } from './content';
import { claimSlot, releaseSlot } from './day-claims';
import { settleQuota } from './quota-settle';
import { leaveQuota, takeQuota } from './resident-quota';
import { SWEEP_GRACE_MS } from './sweep.service';
import { locateSlot, type LocatedSlot } from './slots';
import type { VolunteerDoc } from './volunteer.repository';

export interface BookInput {
  lawyerId: string;
  startAt: number;
  specialty: Specialty;
  service: Service;
  mode: ServiceMode;
  description: string;
  phone?: string | undefined;
  consent: true;
  idempotencyKey: string;
}

/** A pending booking not accepted by the earlier of a day after it was made and half an hour before it starts expires. */
const ACCEPT_WITHIN_MS = 24 * HOUR_MS;
const LAST_ACCEPT_BEFORE_MS = 30 * MINUTE_MS;

/** What the volunteer takes on, checked against the request before anything is held. */
function checkOffer(v: VolunteerDoc, input: BookInput): void {
  if (!v.specialties.includes(input.specialty)) throw invalid('该志愿者不擅长此类问题，请选择其他志愿者', { specialty: '该志愿者不擅长此类问题' });
  if (!v.modes.includes(input.mode)) throw invalid('该志愿者不提供这种咨询方式', { mode: '该志愿者不提供这种咨询方式' });
  if (!SERVICES_OF_KIND[v.kind].includes(input.service)) throw invalid('法律明白人提供矛盾纠纷调解和办事指引，不出具法律意见；需要法律意见请预约志愿律师', { service: '法律明白人不提供法律咨询意见' });
}

function recordOf(ctx: ActionContext, id: string, v: VolunteerDoc, slot: LocatedSlot, input: BookInput, phone: string | null, review: boolean, now: number): BookingDoc {
  const user = ctx.caller.user;
  return {
    _id: id,
    residentId: ctx.caller.openid,
    residentName: user?.name ?? '居民',
    communityId: user?.communityId ?? '',
    phone,
    volunteerId: v._id,
    volunteerOpenid: v.openid,
    volunteerName: v.realName,
    volunteerKind: v.kind,
    unitId: v.unitId,
    specialty: input.specialty,
    service: input.service,
    mode: input.mode,
    place: input.mode === 'in_person' ? v.place : null,
    description: input.description,
    contentReview: review,
    consentAt: now,
    date: slot.date,
    ticks: slot.ticks,
    startAt: slot.startAt,
    endAt: slot.endAt,
    noticeMs: v.availability!.minNoticeHours * HOUR_MS,
    status: 'pending',
    createdAt: now,
    expiresAt: Math.min(now + ACCEPT_WITHIN_MS, slot.startAt - LAST_ACCEPT_BEFORE_MS),
    respondedAt: null,
    declineReason: null,
    cancelledAt: null,
    cancelledBy: null,
    cancelReason: null,
    rescheduledAt: null,
    previousStartAt: null,
    completedAt: null,
    summary: null,
    advice: null,
    guidance: null,
    referral: null,
    hours: null,
    rating: null,
    updatedAt: now,
  };
}

/**
 * Books a free slot. Checks first (the volunteer serves the caller's home and offers this; the slot is in their hours,
 * after the notice, within the horizon; the description passes the content check), then three steps, each atomic:
 * a place among the resident's active bookings, the slot's ticks on the volunteer's day (one conditional update that
 * also holds the daily limit: of many residents at once exactly one wins), and the booking with its message to the
 * volunteer in one short transaction under the booking's deterministic id. A step that fails gives back what the
 * steps before it took; a function that dies between steps leaves the rest to the sweep. A repeated request (same
 * idempotency key) finds its own booking.
 */
export async function book(ctx: ActionContext, input: BookInput): Promise<{ booking: BookingView; created: boolean }> {
  const v = await servingVolunteer(ctx, input.lawyerId, await homePathOf(ctx));
  if (v.openid === ctx.caller.openid) throw new DomainError('CONFLICT', '不能预约自己的咨询时段');
  const av = v.availability;
  if (!av) throw new DomainError('CONFLICT', '该志愿者尚未设置值班时间');
  checkOffer(v, input);
  const phone = input.mode === 'phone' ? (input.phone ?? ctx.caller.user?.phone ?? null) : (input.phone ?? null);
  if (input.mode === 'phone' && !phone) throw invalid('电话咨询请留下手机号码', { phone: '电话咨询请留下手机号码' });
  const now = ctx.clock.now();
  const slot = locateSlot(av, input.startAt, now);
  if ('refused' in slot) throw invalid(slot.refused, { startAt: slot.refused });
  const review = (await checkText(ctx, 'comment', input.description, 'description')) === 'review';
  const id = bookingIdOf(ctx.caller.openid, input.idempotencyKey);
  const openid = ctx.caller.openid;

  let quota = await takeQuota(ctx.store, openid, 'bookings', id, now);
  // Full: a place may still be held by a booking whose time has passed; let those go and try once more.
  if (quota === 'full' && (await settleQuota(ctx.store, openid, 'bookings', now, SWEEP_GRACE_MS)) > 0) quota = await takeQuota(ctx.store, openid, 'bookings', id, now);
  if (quota === 'full') throw new DomainError('CONFLICT', `您已有${MAX_ACTIVE_BOOKINGS}个进行中的预约，请在完成或取消后再预约`);
  const claim = await claimSlot(ctx.store, v._id, slot.date, slot.ticks, id, av.dailyCap, now);
  if (claim === 'taken' || claim === 'full') {
    if (quota === 'taken') await leaveQuota(ctx.store, openid, 'bookings', id, now);
    throw claim === 'full' ? new DomainError('FULL', '该志愿者当天的预约已满，请选择其他日期') : new DomainError('CONFLICT', '该时段刚刚被预约，请选择其他时段');
  }

  const record = recordOf(ctx, id, v, slot, input, phone, review, now);
  try {
    await ctx.store.transaction(async (tx) => {
      await tx.create(BOOKINGS, record);
      await bookingRequested(tx, now, record);
    });
    return { booking: toBookingView(record, 'resident', now), created: true };
  } catch (err) {
    if (!(err instanceof DuplicateKeyError)) throw err;
  }
  // The same request made before: its booking answers. One already over gives back what this retry took again.
  const existing = (await getBooking(ctx.store, id))!;
  if (claim === 'claimed' && (!holdsTicks(existing.status) || existing.startAt !== slot.startAt)) await releaseSlot(ctx.store, v._id, slot.date, slot.ticks, id, now);
  if (quota === 'taken' && !isActive(existing.status)) await leaveQuota(ctx.store, openid, 'bookings', id, now);
  return { booking: toBookingView(existing, 'resident', now), created: false };
}
