import { holderKey, reconcilePlaces, type RecordState } from '../hot/places';
import { isAlias } from '../kernel/alias';
import { findUser } from '../kernel/users';
import type { Store } from '../store/port';
import { SIGNUPS, liveSignups, signupId, signupsByIds, touchedSince, type ActivityDoc, type SignupDoc } from './activity.repository';
import { promoteWaiting, releaseRecord, settleRecord } from './seat-records';

/** How far back a sweep looks: it runs every minute, so an activity is looked at about fifteen times after a change. */
export const SWEEP_WINDOW_MS = 15 * 60_000;
/** Seats younger than this are left to the request that took them, which is most likely still writing. */
export const SWEEP_GRACE_MS = 30_000;

export interface SweepReport {
  activities: number;
  completed: number;
  released: number;
  promoted: number;
  checkIns: number;
}

const stateOf = (s: SignupDoc): RecordState => ({
  who: s.openid,
  state: s.status === 'confirmed' ? 'held' : s.status === 'waitlisted' ? 'waiting' : 'none',
  since: s.status === 'cancelled' ? null : s.since,
});

/** Everyone's record the seats or the records name: the live ones, and those of people listed on the seats. */
async function recordsOf(store: Store, a: ActivityDoc): Promise<SignupDoc[]> {
  const live = await liveSignups(store, a._id);
  const known = new Set(live.map((s) => s.openid));
  const missing = [...a.seats.holders, ...a.seats.waiting].filter((o) => !known.has(o));
  return [...live, ...(await signupsByIds(store, missing.map((o) => signupId(a._id, o)))).values()];
}

/**
 * Brings the signup records of every activity changed lately in line with its seats: the seats are the truth (each
 * change to them is one atomic update), the records follow, and any step a dying function did not reach is done here,
 * exactly as it would have done it (messages keyed by the seat, so nobody is told twice). Safe to run twice at once.
 */
export async function sweepSeats(store: Store, now: number): Promise<SweepReport> {
  const report: SweepReport = { activities: 0, completed: 0, released: 0, promoted: 0, checkIns: 0 };
  for (const a of await touchedSince(store, now - SWEEP_WINDOW_MS)) {
    report.activities++;
    const records = await recordsOf(store, a);
    const plan = reconcilePlaces(a.seats, records.map(stateOf));
    for (const step of plan.complete) {
      if (now - step.since < SWEEP_GRACE_MS || (await leaving(store, step.who))) continue;
      await settleRecord(store, now, a, step.who, step.state, step.since, { position: a.seats.waiting.indexOf(step.who) + 1 });
      report.completed++;
    }
    for (const who of plan.release) if (await releaseRecord(store, now, a._id, who)) report.released++;
    report.checkIns += await followCheckIns(store, a, records);
    if (a.status === 'published' && a.startAt > now && a.seats.free > 0 && a.seats.queued > 0) report.promoted += await promoteWaiting(store, now, a);
  }
  return report;
}

/**
 * A seat whose holder is leaving the app (their account being erased) or has left it (an alias holds it) gets no
 * record and no message from the sweeper: the erasure moves that record itself (privacy/erasure.ts).
 */
async function leaving(store: Store, who: string): Promise<boolean> {
  return isAlias(who) || (await findUser(store, who))?.erasure !== undefined;
}

/** Check-ins the activity recorded that its signups do not show yet. */
async function followCheckIns(store: Store, a: ActivityDoc, records: readonly SignupDoc[]): Promise<number> {
  const byKey = new Map(records.map((s) => [holderKey(s.openid), s]));
  let followed = 0;
  for (const [key, mark] of Object.entries(a.present)) {
    const s = byKey.get(key);
    if (!s || s.checkedInAt !== null || s.status !== 'confirmed') continue;
    followed += await store.updateWhere(SIGNUPS, { _id: s._id, status: 'confirmed', checkedInAt: null }, { set: { checkedInAt: mark.at, checkInMethod: mark.method } });
  }
  return followed;
}
