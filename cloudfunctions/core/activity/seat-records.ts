import { promoteHead } from '../hot/places';
import { DuplicateKeyError, type Store } from '../store/port';
import { signupConfirmed, signupPromoted, signupWaitlisted } from './activity-notices';
import { SIGNUPS, seatsOf, signupId, ticketOf, type ActivityDoc, type SignupDoc } from './activity.repository';

/**
 * Signup records follow the activity's seats (hot/places.ts): after a change to the seats, the record that carries it
 * and its message are written in one short transaction on documents nobody else writes. Records only ever move
 * forward (a record written for a later seat is never overwritten by one for an earlier), and a message already
 * written means the record was too: the duplicate is the answer.
 */
export type SeatState = 'held' | 'waiting';
const STATUS = { held: 'confirmed', waiting: 'waitlisted' } as const;

function recordFor(a: ActivityDoc, openid: string, name: string, state: SeatState, since: number, previous: SignupDoc | null): SignupDoc {
  const promoted = state === 'held' && previous?.status === 'waitlisted';
  return {
    _id: signupId(a._id, openid),
    activityId: a._id,
    openid,
    name,
    status: STATUS[state],
    since,
    ticket: ticketOf(a._id, openid),
    signedUpAt: promoted ? previous.signedUpAt : since,
    confirmedAt: state === 'held' ? since : null,
    promotedAt: promoted ? since : null,
    cancelledAt: null,
    checkedInAt: null,
    checkInMethod: null,
    recordedBy: null,
    recordedByName: null,
    recordedAt: null,
    log: [],
  };
}

/**
 * The signup that just took a seat: its record and confirmation in one transaction of three writes, with no read
 * (nothing newer can exist for a seat taken a moment ago but the person's own cancellation, which the sweeper
 * settles). A sweeper that wrote them first makes this a no-op.
 */
export async function writeSeated(store: Store, now: number, a: ActivityDoc, openid: string, name: string, since: number): Promise<SignupDoc> {
  const record = recordFor(a, openid, name, 'held', since, null);
  try {
    await store.transaction(async (tx) => {
      await tx.put(SIGNUPS, record);
      await signupConfirmed(tx, now, a, openid, since);
    });
  } catch (err) {
    if (!(err instanceof DuplicateKeyError)) throw err;
  }
  return record;
}

/**
 * Brings one person's record up to where the seats say they stand (held or waiting since `since`), with the
 * message that change deserves: a new seat, a promotion from the waiting list, or a waiting place at `position`.
 * Used for waiting places, promotions and by the sweeper; a newer record is left as it is.
 */
export async function settleRecord(store: Store, now: number, a: ActivityDoc, openid: string, state: SeatState, since: number, detail: { name?: string; position?: number } = {}): Promise<SignupDoc> {
  const write = (tell: boolean) =>
    store.transaction(async (tx) => {
      const existing = await tx.get(SIGNUPS, signupId(a._id, openid));
      if (existing && (existing.since > since || (existing.since === since && existing.status === STATUS[state]))) return existing;
      // Someone else's seat (a promotion, the sweeper) may have no record yet to take the name from.
      const name = existing?.name ?? detail.name ?? (await tx.get('users', openid))?.name ?? '居民';
      const record = recordFor(a, openid, name, state, since, existing);
      await tx.put(SIGNUPS, record);
      if (!tell) return record;
      if (state === 'waiting') await signupWaitlisted(tx, now, a, openid, since, detail.position ?? 1);
      else if (record.promotedAt !== null) await signupPromoted(tx, now, a, openid, since);
      else await signupConfirmed(tx, now, a, openid, since);
      return record;
    });
  try {
    return await write(true);
  } catch (err) {
    if (!(err instanceof DuplicateKeyError)) throw err;
    // Told already (by whoever wrote it first): bring the record along without telling again.
    return write(false);
  }
}

/** A record that holds or waits for a seat the activity no longer lists: given up. */
export async function releaseRecord(store: Store, now: number, activityId: string, openid: string): Promise<boolean> {
  return (await store.updateWhere(SIGNUPS, { _id: signupId(activityId, openid), status: { $in: ['confirmed', 'waitlisted'] } }, { set: { status: 'cancelled', cancelledAt: now } })) === 1;
}

/**
 * Fills free seats from the head of the waiting list, first come first served, each promoted member told once. Run
 * by whoever freed a seat; the sweeper runs it too, should they die first.
 */
export async function promoteWaiting(store: Store, now: number, a: ActivityDoc): Promise<number> {
  let promoted = 0;
  for (let n = 0; n < a.capacity; n++) {
    const next = await promoteHead(store, seatsOf(a._id), now, { status: 'published', startAt: { $gt: now } });
    if (!next) break;
    await settleRecord(store, now, a, next.who, 'held', next.since);
    promoted++;
  }
  return promoted;
}
