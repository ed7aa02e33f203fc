import { holderKey } from '../hot/places';
import { ERASED_NAME, ERASURE_PAGE, type ErasureContext, type HoldsPeople, union } from '../store/personal-data';
import type { Update } from '../store/port';
import { ACTIVITIES, SIGNUPS, signupId, ticketOf, type ActivityDoc, type SignupDoc } from './activity.repository';
import { leaveActivities } from './leave-on-erasure';

/**
 * Signups: the member's own are kept for the activity's counts and attendance under the alias (a new id: the old one
 * holds the OPENID); an organiser's marks on other people's signups are kept with the organiser anonymised. Listed
 * before activities: a record moved first, the seats then follow (the sweeper leaves a departing person's seat alone).
 */
const signups: HoldsPeople<SignupDoc> = {
  holds: 'people',
  label: '活动报名与签到',
  fields: ['_id', 'openid', 'recordedBy', 'loggedBy', 'log.by'],
  find: (store, openid) => union(store.find(SIGNUPS, { openid }, ERASURE_PAGE), store.find(SIGNUPS, { loggedBy: { $has: openid } }, ERASURE_PAGE)),
  export: (s, openid) =>
    s.openid === openid
      ? { activityId: s.activityId, status: s.status, signedUpAt: s.signedUpAt, confirmedAt: s.confirmedAt, cancelledAt: s.cancelledAt, checkedInAt: s.checkedInAt, checkInMethod: s.checkInMethod }
      : { activityId: s.activityId, attendanceRecordedByYou: s.log.filter((e) => e.by === openid).map((e) => ({ at: e.at, action: e.action })) },
  erase: async (s, { store, now, openid, alias }) => {
    const log = s.log.map((e) => (e.by === openid ? { ...e, by: alias, byName: ERASED_NAME } : e));
    const loggedBy = (s.loggedBy ?? []).map((o) => (o === openid ? alias : o));
    const recorded = s.recordedBy === openid ? { recordedBy: alias, recordedByName: ERASED_NAME } : {};
    if (s.openid !== openid) return { kind: 'update', update: { set: { log, loggedBy, ...recorded } } };
    // A seat not given up yet (checked in before the start) waits until the activity has started.
    const a = await store.get(ACTIVITIES, s.activityId);
    if (a && s.status !== 'cancelled' && a.startAt > now) return { kind: 'later' };
    const id = signupId(s.activityId, alias);
    return { kind: 'move', doc: { ...s, ...recorded, _id: id, openid: alias, name: ERASED_NAME, ticket: ticketOf(s.activityId, alias), log, loggedBy } };
  },
  release: ({ store, now, openid }) => leaveActivities(store, now, openid),
};

/** The seats as they stand for an activity under way or past: the holder becomes the alias, counts unchanged. */
function seatsUnderAlias(a: ActivityDoc, { openid, alias, now }: ErasureContext): Update<ActivityDoc> | 'later' {
  if (!a.seats.holders.includes(openid)) return {};
  if (a.startAt > now || a.seats.waiting.includes(openid)) return 'later';
  const [from, to] = [holderKey(openid), holderKey(alias)];
  const set: Record<string, unknown> = { 'seats.holders': a.seats.holders.map((h) => (h === openid ? alias : h)), [`seats.since.${to}`]: a.seats.since[from] };
  const mark = a.present[from];
  if (mark) set[`present.${to}`] = mark;
  return { set, unset: [`seats.since.${from}`, `present.${from}`] } as Update<ActivityDoc>;
}

/**
 * Activities: the organiser's name and account are anonymised; a seat in an activity under way or past is kept for
 * its counts and check-ins under the alias (a seat in one not started yet was given up by the release).
 */
const activities: HoldsPeople<ActivityDoc> = {
  holds: 'people',
  label: '组织或参加的活动',
  fields: ['createdBy', 'seats.holders', 'seats.waiting', 'seats.since (hash of the OPENID)', 'present (hash of the OPENID)'],
  find: (store, openid) =>
    union(store.find(ACTIVITIES, { createdBy: openid }, ERASURE_PAGE), store.find(ACTIVITIES, { 'seats.holders': { $has: openid } }, ERASURE_PAGE), store.find(ACTIVITIES, { 'seats.waiting': { $has: openid } }, ERASURE_PAGE)),
  export: (a, openid) => ({
    activityId: a._id,
    title: a.title,
    startAt: a.startAt,
    place: a.place,
    ...(a.createdBy === openid ? { organisedByYou: true, createdAt: a.createdAt } : {}),
    ...(a.seats.holders.includes(openid) ? { seat: 'held', checkedIn: a.present[holderKey(openid)] ?? null } : {}),
    ...(a.seats.waiting.includes(openid) ? { seat: 'waiting' } : {}),
  }),
  erase: (a, ctx) => {
    const seats = seatsUnderAlias(a, ctx);
    if (seats === 'later') return { kind: 'later' };
    const organiser = a.createdBy === ctx.openid ? { createdBy: ctx.alias, createdByName: ERASED_NAME } : {};
    return { kind: 'update', update: { ...seats, set: { ...seats.set, ...organiser } } as Update<ActivityDoc> };
  },
};

export const ACTIVITY_PERSONAL_DATA = { signups, activities } as const;
