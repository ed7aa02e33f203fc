import { ACTIVITY_DETAIL_PAGE } from '../../../types/activity-names';
import type { NotificationKind } from '../../../types/notify';
import { formatDateTime, shanghai } from '../../../types/time';
import { cancelFanout, enqueue, enqueueFanout, scheduleFanout, type Listed } from '../notify/outbox';
import type { TxOps } from '../store/port';
import { ACTIVITIES, type ActivityDoc } from './activity.repository';

/**
 * Every message about an activity, written through the outbox inside the caller's transaction. A person's messages
 * are keyed by the seat they concern (`since`: when they took it), so a repeated write is refused as already told;
 * messages to everyone on the activity are one fan-out each, keyed by the activity's revision, and reach whoever
 * holds a seat (or waits) when they are sent.
 */
export const detailLink = (activityId: string) => `${ACTIVITY_DETAIL_PAGE}?id=${activityId}`;

const when = (a: ActivityDoc) => `${formatDateTime(a.startAt)}，${a.place}`;
const about = (a: ActivityDoc) => ({ link: detailLink(a._id), fields: { time: String(a.startAt), place: a.place } });

async function tell(tx: TxOps, now: number, a: ActivityDoc, recipient: string, kind: NotificationKind, event: string, title: string, body: string): Promise<void> {
  await enqueue(tx, now, { event, recipient, kind, title, body, ...about(a) });
}

export const signupConfirmed = (tx: TxOps, now: number, a: ActivityDoc, openid: string, since: number) =>
  tell(tx, now, a, openid, 'signup_confirmed', `signup:${a._id}:${openid}:${since}:confirmed`, `报名成功：${a.title}`, `请于${when(a)}准时参加`);

export const signupWaitlisted = (tx: TxOps, now: number, a: ActivityDoc, openid: string, since: number, position: number) =>
  tell(tx, now, a, openid, 'signup_waitlisted', `signup:${a._id}:${openid}:${since}:waitlisted`, `已进入候补：${a.title}`, `您是第${position}位候补，有人取消时将按顺序自动递补并通知您`);

export const signupPromoted = (tx: TxOps, now: number, a: ActivityDoc, openid: string, since: number) =>
  tell(tx, now, a, openid, 'signup_promoted', `signup:${a._id}:${openid}:${since}:promoted`, `候补转正：${a.title}`, `有名额空出，您已转为正式报名，请于${when(a)}参加`);

const everyone = (a: ActivityDoc, fields: string[]): Listed => ({ collection: ACTIVITIES, id: a._id, fields });
const SEATED = ['seats.holders'];
const SIGNED_UP = ['seats.holders', 'seats.waiting'];

/** Everyone with a seat or a waiting place hears of a change of title, time or place (one message per revision). */
export const activityChanged = (tx: TxOps, now: number, a: ActivityDoc) =>
  enqueueFanout(tx, now, { event: `activity:${a._id}:r${a.revision}:changed`, listed: everyone(a, SIGNED_UP), kind: 'activity_changed', title: `活动变更：${a.title}`, body: `活动调整为${when(a)}`, ...about(a) });

export const activityCancelled = (tx: TxOps, now: number, a: ActivityDoc) =>
  enqueueFanout(tx, now, {
    event: `activity:${a._id}:cancelled`,
    listed: everyone(a, SIGNED_UP),
    kind: 'activity_cancelled',
    title: `活动取消：${a.title}`,
    body: a.cancelReason ? `取消原因：${a.cancelReason}` : '该活动已取消',
    ...about(a),
  });

/** The two reminders: 18:00 Shanghai the day before, and one hour before the start. */
function reminders(a: ActivityDoc): Array<{ event: string; dueAt: number; title: string }> {
  return [
    { event: `activity:${a._id}:remind:eve`, dueAt: shanghai(a.startAt).subtract(1, 'day').hour(18).minute(0).second(0).millisecond(0).valueOf(), title: `明日活动提醒：${a.title}` },
    { event: `activity:${a._id}:remind:1h`, dueAt: a.startAt - 3_600_000, title: `活动即将开始：${a.title}` },
  ];
}

/**
 * Schedules (or moves) the activity's reminders to whoever holds a seat when each is due; one whose time has passed
 * is dropped rather than sent late.
 */
export async function syncReminders(tx: TxOps, now: number, a: ActivityDoc): Promise<void> {
  for (const r of reminders(a)) {
    if (r.dueAt <= now) await cancelFanout(tx, r.event);
    else await scheduleFanout(tx, now, { event: r.event, listed: everyone(a, SEATED), kind: 'activity_reminder', title: r.title, body: when(a), dueAt: r.dueAt, ...about(a) });
  }
}

export async function dropReminders(tx: TxOps, a: ActivityDoc): Promise<void> {
  for (const r of reminders(a)) await cancelFanout(tx, r.event);
}
