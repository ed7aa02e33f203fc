import { dayNumberFromIso, dayStart, MINUTE_MS } from '../calendar/shanghai-day';
import { DomainError } from '../kernel/domain-error';
import { enqueue } from '../notify/outbox';
import { LEGAL_PAGES, specialtyName } from '../../../types/legal-aid-names';
import type { Store } from '../store/port';
import { bookingExpired, bookingRescheduled, syncReminders } from './booking-notices';
import { BOOKINGS, bookingsByIds, holdsTicks, type BookingDoc } from './booking.repository';
import { releaseSlot } from './day-claims';
import { daysTouchedSince, type DayDoc } from './day.repository';
import { settleQuota } from './quota-settle';
import { QUESTIONS } from './question.repository';
import { minuteOfTick } from './slots';
import { giveBack, requireStatus, transition } from './transition';
import { leaveQuota, residentsTouchedSince } from './resident-quota';

/** How far back a sweep looks: it runs every minute, so a document is looked at about fifteen times after a change. */
export const SWEEP_WINDOW_MS = 15 * 60_000;
/**
 * Claims younger than this are left to the request making them. It must exceed the legal-aid function's timeout
 * (20 s, config/cloudfunctions.json): a request still running after it cannot exist, so a claim this old without
 * its record belongs to a request that died.
 */
export const SWEEP_GRACE_MS = 60_000;

export interface LegalSweepReport {
  expiredBookings: number;
  expiredQuestions: number;
  releasedClaims: number;
  followedMoves: number;
  releasedPlaces: number;
}

/**
 * The timer's work (every minute): pending bookings not accepted in time and questions not taken up in time expire
 * (the resident is told); then the volunteers' days and the residents' limits changed lately are brought in line with
 * the bookings and questions, finishing what a function that died part-way left: ticks whose booking never appeared
 * or has ended are freed, a same-day move whose record was not written is written, places of cases that ended are
 * given back. Safe to run twice at once: every step is a conditional update or a guarded transition.
 */
export async function sweepLegal(store: Store, now: number): Promise<LegalSweepReport> {
  const report: LegalSweepReport = { expiredBookings: 0, expiredQuestions: 0, releasedClaims: 0, followedMoves: 0, releasedPlaces: 0 };
  report.expiredBookings = await expireBookings(store, now);
  report.expiredQuestions = await expireQuestions(store, now);
  for (const day of await daysTouchedSince(store, now - SWEEP_WINDOW_MS)) {
    const settled = await settleDay(store, day, now);
    report.releasedClaims += settled.released;
    report.followedMoves += settled.followed;
  }
  for (const r of await residentsTouchedSince(store, now - SWEEP_WINDOW_MS)) {
    report.releasedPlaces += (await settleQuota(store, r.openid, 'bookings', now, SWEEP_GRACE_MS)) + (await settleQuota(store, r.openid, 'questions', now, SWEEP_GRACE_MS));
  }
  return report;
}

/** Skips a step another request or sweep took first (its guard refused): the state moved on as it should. */
async function unlessMoved(step: () => Promise<unknown>): Promise<boolean> {
  try {
    await step();
    return true;
  } catch (err) {
    if (err instanceof DomainError && err.code === 'CONFLICT') return false;
    throw err;
  }
}

async function expireBookings(store: Store, now: number): Promise<number> {
  let expired = 0;
  for (const found of await store.find(BOOKINGS, { status: 'pending', expiresAt: { $lte: now } }, { limit: 100 })) {
    const done = await unlessMoved(async () => {
      const b = await transition(store, now, found._id, (b) => requireStatus(b, ['pending']), () => ({ status: 'expired' }), (tx, next) => bookingExpired(tx, now, next));
      await giveBack(store, b, now, { ticks: true });
    });
    if (done) expired++;
  }
  return expired;
}

async function expireQuestions(store: Store, now: number): Promise<number> {
  let expired = 0;
  for (const found of await store.find(QUESTIONS, { status: { $in: ['open', 'claimed'] }, expiresAt: { $lte: now } }, { limit: 100 })) {
    const done = await unlessMoved(() =>
      store.transaction(async (tx) => {
        const q = await tx.get(QUESTIONS, found._id);
        if (!q || (q.status !== 'open' && q.status !== 'claimed') || q.expiresAt > now) throw new DomainError('CONFLICT');
        await tx.update(QUESTIONS, q._id, { set: { status: 'expired', closedAt: now, updatedAt: now } });
        await enqueue(tx, now, {
          event: `legal:question:${q._id}:expired`,
          recipient: q.asker,
          kind: 'question_expired',
          title: `快速咨询未获答复：${specialtyName(q.specialty)}`,
          body: '暂时没有志愿者答复您的问题，可以重新提问，或预约志愿者面谈、电话咨询',
          link: LEGAL_PAGES.home,
        });
      }),
    );
    if (done) {
      await leaveQuota(store, found.asker, 'questions', found._id, now);
      expired++;
    }
  }
  return expired;
}

/** Brings one day's claims in line with the bookings that hold them. */
async function settleDay(store: Store, day: DayDoc, now: number): Promise<{ released: number; followed: number }> {
  const byClaimant = new Map<string, string[]>();
  for (const [tick, claimant] of Object.entries(day.ticks)) byClaimant.set(claimant, [...(byClaimant.get(claimant) ?? []), tick]);
  const old = [...byClaimant.keys()].filter((c) => now - (day.claimedAt[c] ?? 0) >= SWEEP_GRACE_MS);
  if (old.length === 0) return { released: 0, followed: 0 };
  const records = await bookingsByIds(store, old);
  let released = 0;
  let followed = 0;
  for (const claimant of old) {
    const ticks = byClaimant.get(claimant)!.sort();
    const b = records.get(claimant);
    if (!b || !holdsTicks(b.status) || b.date !== day.date) {
      // Never written, ended, or moved to another day (its claim here is the old day's, or an abandoned new one).
      if (await releaseSlot(store, day.volunteerId, day.date, ticks, claimant, now)) released++;
    } else if (ticks.join() !== [...b.ticks].sort().join() && ticks.length === b.ticks.length && (b.status === 'pending' || b.status === 'confirmed')) {
      // A same-day move (one update of the day) whose record was not written: the day is the truth, the record follows.
      if (await unlessMoved(() => followMove(store, b, day.date, ticks, now))) followed++;
    }
  }
  return { released, followed };
}

async function followMove(store: Store, found: BookingDoc, date: string, ticks: string[], now: number): Promise<void> {
  const startAt = dayStart(dayNumberFromIso(date)) + minuteOfTick(ticks[0]!) * MINUTE_MS;
  await transition(
    store,
    now,
    found._id,
    (b) => {
      requireStatus(b, ['pending', 'confirmed']);
      if (b.startAt !== found.startAt) throw new DomainError('CONFLICT');
    },
    (b) => ({ ticks, startAt, endAt: startAt + (b.endAt - b.startAt), rescheduledAt: b.rescheduledAt ?? now, previousStartAt: b.startAt, expiresAt: Math.min(b.expiresAt, startAt - 30 * MINUTE_MS) }),
    async (tx, next) => {
      await bookingRescheduled(tx, now, next);
      if (next.status === 'confirmed') await syncReminders(tx, now, next);
    },
  );
}
