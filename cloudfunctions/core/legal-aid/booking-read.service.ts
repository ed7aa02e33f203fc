import type { BookingDetail, BookingView, CaseRead } from '../../../types/legal-aid-cases';
import type { ActionContext } from '../kernel/context';
import { forbidden, notFound } from '../kernel/domain-error';
import { bookingsOfResident, getBooking } from './booking.repository';
import { logRead, readsOf } from './case-reads';
import { roleIn, toBookingDetail, toBookingView } from './case-view';

export const CONTENT_REFUSAL = '咨询内容仅预约的居民和承办的志愿者可以查看';

/** The caller's own bookings, latest first: no content in the list. */
export async function myBookings(ctx: ActionContext): Promise<BookingView[]> {
  const now = ctx.clock.now();
  return (await bookingsOfResident(ctx.store, ctx.caller.openid)).map((b) => toBookingView(b, 'resident', now));
}

/**
 * A booking with its content, for the resident or the assigned volunteer only (律师法 第三十八条, 法律援助法 第二十一条):
 * not another volunteer, not an admin. The read is logged before the content is returned.
 */
export async function getBookingDetail(ctx: ActionContext, id: string): Promise<BookingDetail> {
  const b = await getBooking(ctx.store, id);
  if (!b) throw notFound('该预约');
  const role = roleIn(b, ctx.caller.openid);
  if (!role) throw forbidden(CONTENT_REFUSAL);
  const now = ctx.clock.now();
  await logRead(ctx.store, now, b._id, ctx.caller, role, role === 'resident' ? b.residentName : b.volunteerName);
  return toBookingDetail(b, role, now);
}

/** 谁查看了我的咨询: every opening of the resident's own case, for the resident alone. */
export async function caseReads(ctx: ActionContext, id: string): Promise<{ items: CaseRead[] }> {
  const owner = (await getBooking(ctx.store, id))?.residentId;
  if (!owner) throw notFound('该咨询');
  if (owner !== ctx.caller.openid) throw forbidden('只有咨询的居民本人可以查看查阅记录');
  return { items: await readsOf(ctx.store, id, ctx.caller.openid) };
}
