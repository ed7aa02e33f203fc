import type { BookingDetail, BookingView, CaseRead, QuestionView } from '../../../types/legal-aid-cases';
import type { ActionContext } from '../kernel/context';
import { forbidden, notFound } from '../kernel/domain-error';
import { bookingsOfResident, getBooking } from './booking.repository';
import { logRead, readsOf } from './case-reads';
import { CONTENT_REFUSAL, roleIn, toBookingDetail, toBookingView } from './case-view';
import { getQuestion, questionsOfAsker } from './question.repository';
import { toQuestionView } from './question.service';

/** The caller's own bookings and quick questions, latest first: no content in the lists. */
export async function myCases(ctx: ActionContext): Promise<{ bookings: BookingView[]; questions: QuestionView[] }> {
  const now = ctx.clock.now();
  const [bookings, questions] = await Promise.all([bookingsOfResident(ctx.store, ctx.caller.openid), questionsOfAsker(ctx.store, ctx.caller.openid)]);
  return { bookings: bookings.map((b) => toBookingView(b, 'resident', now)), questions: questions.map((q) => toQuestionView(q, 'resident')) };
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
  const owner = id.startsWith('bk_') ? (await getBooking(ctx.store, id))?.residentId : (await getQuestion(ctx.store, id))?.asker;
  if (!owner) throw notFound('该咨询');
  if (owner !== ctx.caller.openid) throw forbidden('只有咨询的居民本人可以查看查阅记录');
  return { items: await readsOf(ctx.store, id, ctx.caller.openid) };
}
