import type { BookingView } from '../../../types/legal-aid-cases';
import type { ActionContext } from '../kernel/context';
import { DomainError, invalid } from '../kernel/domain-error';
import { bookingConfirmed, bookingDeclined, consultationCompleted, dropReminders, syncReminders } from './booking-notices';
import { toBookingView } from './case-view';
import { checkTexts } from './content';
import { bookingFor, giveBack, requireRole, requireStatus, transition } from './transition';
import { VOLUNTEERS } from './volunteer.repository';

/** The volunteer accepts a pending booking before it expires; the resident is told and both are reminded later. */
export async function accept(ctx: ActionContext, id: string): Promise<{ booking: BookingView }> {
  const now = ctx.clock.now();
  const b = await transition(
    ctx.store,
    now,
    id,
    (b) => {
      requireRole(b, ctx.caller.openid, 'volunteer');
      requireStatus(b, ['pending'], b.status === 'confirmed' ? '该预约已确认' : '该预约已不能确认');
      if (now >= b.expiresAt) throw new DomainError('CONFLICT', '该预约已超过确认期限');
    },
    () => ({ status: 'confirmed', respondedAt: now }),
    async (tx, next) => {
      await bookingConfirmed(tx, now, next);
      await syncReminders(tx, now, next);
    },
  );
  return { booking: toBookingView(b, 'volunteer', now) };
}

/** The volunteer declines with a reason: the slot and the resident's place come free, the resident is told. */
export async function decline(ctx: ActionContext, id: string, reason: string): Promise<{ booking: BookingView }> {
  const now = ctx.clock.now();
  const b = await transition(
    ctx.store,
    now,
    id,
    (b) => {
      requireRole(b, ctx.caller.openid, 'volunteer');
      requireStatus(b, ['pending'], '该预约已不能婉拒');
    },
    () => ({ status: 'declined', respondedAt: now, declineReason: reason }),
    (tx, next) => bookingDeclined(tx, now, next),
  );
  await giveBack(ctx.store, b, now, { ticks: true });
  return { booking: toBookingView(b, 'volunteer', now) };
}

export type CompleteInput =
  | { id: string; outcome: 'no_show' }
  | { id: string; outcome: 'completed'; summary: string; advice?: string | undefined; guidance?: string | undefined; referral?: { documents: string[]; note: string } | undefined };

const HOUR = 60;

/**
 * After the start, the volunteer records the outcome: completed (a summary; a lawyer's legal opinion, which a
 * 法律明白人 never writes; guidance or mediation notes; a referral to 法律援助 with what to bring), or no-show. A
 * completed consultation keeps its time and adds its length to the volunteer's service hours.
 */
export async function complete(ctx: ActionContext, input: CompleteInput): Promise<{ booking: BookingView }> {
  const { b: found } = await bookingFor(ctx, input.id, 'volunteer');
  let review = false;
  if (input.outcome === 'completed') {
    if (found.volunteerKind === 'guide' && input.advice) throw invalid('法律明白人不出具法律意见，请在“调解或指引情况”中填写', { advice: '法律明白人不出具法律意见' });
    if (found.service === 'advice' && !input.advice) throw invalid('请填写法律意见', { advice: '请填写法律意见' });
    review = (await checkTexts(ctx, 'comment', { summary: input.summary, advice: input.advice, guidance: input.guidance, 'referral.note': input.referral?.note, 'referral.documents': input.referral?.documents.join('，') })) === 'review';
  }
  const now = ctx.clock.now();
  const b = await transition(
    ctx.store,
    now,
    input.id,
    (b) => {
      requireStatus(b, ['confirmed'], '只有已确认的预约可以登记结果');
      if (now < b.startAt) throw new DomainError('CONFLICT', '咨询开始后才能登记结果');
    },
    (b) =>
      input.outcome === 'no_show'
        ? { status: 'no_show', completedAt: now }
        : {
            status: 'completed',
            completedAt: now,
            summary: input.summary,
            advice: input.advice ?? null,
            guidance: input.guidance ?? null,
            referral: input.referral ?? null,
            hours: Math.round(((b.endAt - b.startAt) / 60_000 / HOUR) * 100) / 100,
            contentReview: b.contentReview || review,
          },
    async (tx, next) => {
      await consultationCompleted(tx, now, next);
      await dropReminders(tx, next);
      if (next.status === 'completed') await tx.update(VOLUNTEERS, next.volunteerId, { inc: { completedCount: 1 } });
    },
  );
  await giveBack(ctx.store, b, now, { ticks: false });
  return { booking: toBookingView(b, 'volunteer', now) };
}
