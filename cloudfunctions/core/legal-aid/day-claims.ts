import { claimKeys, moveClaim, releaseKeys } from '../hot/claims';
import type { Store } from '../store/port';
import { DAYS, dayId, dayRef, ensureDay, type DayDoc } from './day.repository';

/**
 * A booking's time on its volunteer's day, through hot/claims.ts: taken all or none in one conditional update that
 * also counts the day's consultations against the daily limit and notes when the claim was made; released or moved
 * the same way. The booking's id is the claimant.
 */
/** 'mine': every tick already carries this booking's id (a retry, or another request for the same booking: whoever
 * made that claim owns it, so a caller seeing 'mine' must not release it). */
export type ClaimOutcome = 'claimed' | 'mine' | 'taken' | 'full';

const claimed = (bookingId: string, now: number) => ({ set: { touchedAt: now, [`claimedAt.${bookingId}`]: now } });

export async function claimSlot(store: Store, volunteerId: string, date: string, ticks: readonly string[], bookingId: string, cap: number, now: number): Promise<ClaimOutcome> {
  const ref = dayRef(dayId(volunteerId, date));
  const take = () => claimKeys(store, ref, ticks, bookingId, { active: { $lt: cap } }, { inc: { active: 1 }, ...claimed(bookingId, now) });
  if (await take()) return 'claimed';
  let day = await store.get(DAYS, ref.id);
  if (!day) {
    // The first booking of the day creates it (an insert that tolerates a concurrent one), then claims.
    await ensureDay(store, volunteerId, date, now);
    if (await take()) return 'claimed';
    day = await store.get(DAYS, ref.id);
  }
  return explain(day, ticks, bookingId, cap);
}

function explain(day: DayDoc | null, ticks: readonly string[], bookingId: string, cap: number): ClaimOutcome {
  if (day && ticks.every((t) => day.ticks[t] === bookingId)) return 'mine';
  if (day && day.active >= cap && ticks.every((t) => day.ticks[t] === undefined)) return 'full';
  return 'taken';
}

/** Frees a booking's ticks (only if it holds them all); true when freed. */
export async function releaseSlot(store: Store, volunteerId: string, date: string, ticks: readonly string[], bookingId: string, now: number): Promise<boolean> {
  return releaseKeys(store, dayRef(dayId(volunteerId, date)), ticks, bookingId, {}, { inc: { active: -1 }, set: { touchedAt: now }, unset: [`claimedAt.${bookingId}`] });
}

/** Moves a booking to other ticks of the same day in one update: the old ones are freed only if the new are taken. */
export async function moveSlot(store: Store, volunteerId: string, date: string, from: readonly string[], to: readonly string[], bookingId: string, now: number): Promise<boolean> {
  return moveClaim(store, dayRef(dayId(volunteerId, date)), from, to, bookingId, {}, claimed(bookingId, now));
}
