import { SIGNUPS, signupId, type ActivityDoc, type SignupDoc } from './activity.repository';
import { signupPromoted, syncReminders } from './activity-notices';
import type { TxOps } from '../store/port';

export interface Seats {
  confirmed: string[];
  waitlist: string[];
}

/**
 * Fills free seats from the head of the waiting list, inside the caller's transaction: each promoted signup is
 * confirmed, told once (its round names the event) and given its reminders. Nobody is promoted once the activity
 * has started or when it is cancelled. Returns the seats to write back to the activity.
 */
export async function promoteFromWaitlist(tx: TxOps, now: number, a: ActivityDoc, seats: Seats): Promise<Seats & { promoted: string[] }> {
  const confirmed = [...seats.confirmed];
  const waitlist = [...seats.waitlist];
  const promoted: string[] = [];
  if (a.status !== 'published' || now >= a.startAt) return { confirmed, waitlist, promoted };
  while (confirmed.length < a.capacity && waitlist.length > 0) {
    const openid = waitlist.shift()!;
    const s = await tx.get(SIGNUPS, signupId(a._id, openid));
    // The list and the signups are written together, so this holds; a stale entry is dropped, never promoted.
    if (!s || s.status !== 'waitlisted') continue;
    confirmed.push(openid);
    promoted.push(openid);
    await tx.update(SIGNUPS, s._id, { set: { status: 'confirmed', confirmedAt: now, promotedAt: now } });
    await signupPromoted(tx, now, a, openid, s.round);
    await syncReminders(tx, now, a, openid);
  }
  return { confirmed, waitlist, promoted };
}

/** The seat fields of an activity update; `confirmedCount` always follows the list. */
export function seatFields(seats: Seats): Record<string, unknown> {
  return { confirmed: seats.confirmed, waitlist: seats.waitlist, confirmedCount: seats.confirmed.length };
}
