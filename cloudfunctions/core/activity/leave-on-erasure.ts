import { leavePlace } from '../hot/places';
import type { Store } from '../store/port';
import { ACTIVITIES, presentField, seatsOf, type ActivityDoc } from './activity.repository';
import { promoteWaiting, releaseRecord } from './seat-records';

/**
 * A person deleting their account gives up their seats in activities not started yet, and every waiting place,
 * through the steps a cancellation takes (one conditional update of the seats, then the record; a freed seat goes to
 * the head of the waiting list), without the cancellation deadline: they are leaving the app, not changing their
 * mind. A seat checked in on before the start is kept (checked-in ⊆ confirmed): false then, and the erasure waits
 * until the activity has started, when nobody's seat changes any more.
 */
export async function leaveActivities(store: Store, now: number, openid: string): Promise<boolean> {
  const [holding, waiting] = await Promise.all([
    store.find(ACTIVITIES, { 'seats.holders': { $has: openid }, startAt: { $gt: now } }, { limit: 1000 }),
    store.find(ACTIVITIES, { 'seats.waiting': { $has: openid } }, { limit: 1000 }),
  ]);
  let settled = true;
  for (const a of uniqueById([...holding, ...waiting])) {
    const left = await leavePlace(store, seatsOf(a._id), openid, now, { place: { startAt: { $gt: now }, [presentField(openid)]: { $exists: false } } });
    if (left === 'none') {
      settled &&= !(await stillHolds(store, a._id, openid, now));
      continue;
    }
    await releaseRecord(store, now, a._id, openid);
    if (left === 'left-place' && a.status === 'published') await promoteWaiting(store, now, a);
  }
  return settled;
}

async function stillHolds(store: Store, id: string, openid: string, now: number): Promise<boolean> {
  const a = await store.get(ACTIVITIES, id);
  return a !== null && (a.seats.waiting.includes(openid) || (a.seats.holders.includes(openid) && a.startAt > now));
}

function uniqueById(list: ActivityDoc[]): ActivityDoc[] {
  return [...new Map(list.map((a) => [a._id, a])).values()];
}
