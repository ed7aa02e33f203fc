import { ACTIVITY_DETAIL_PAGE } from '../../../types/activity-names';
import type { NotificationKind } from '../../../types/notify';
import { formatDateTime, shanghai } from '../../../types/time';
import { cancelReminder, enqueue, scheduleReminder } from '../notify/outbox';
import type { TxOps } from '../store/port';
import type { ActivityDoc } from './activity.repository';

/**
 * Every message about an activity, written through the outbox inside the caller's transaction. Event keys name
 * the occurrence (signup round, activity revision), so a retried change never tells anyone twice.
 */
export const detailLink = (activityId: string) => `${ACTIVITY_DETAIL_PAGE}?id=${activityId}`;

const when = (a: ActivityDoc) => `${formatDateTime(a.startAt)}，${a.place}`;

export async function tell(tx: TxOps, now: number, a: ActivityDoc, recipient: string, kind: NotificationKind, event: string, title: string, body: string): Promise<void> {
  await enqueue(tx, now, {
    event,
    recipient,
    kind,
    title,
    body,
    link: detailLink(a._id),
    fields: { time: String(a.startAt), place: a.place },
  });
}

export const signupConfirmed = (tx: TxOps, now: number, a: ActivityDoc, openid: string, round: number) =>
  tell(tx, now, a, openid, 'signup_confirmed', `signup:${a._id}:${openid}:${round}:confirmed`, `报名成功：${a.title}`, `请于${when(a)}准时参加`);

export const signupWaitlisted = (tx: TxOps, now: number, a: ActivityDoc, openid: string, round: number, position: number) =>
  tell(tx, now, a, openid, 'signup_waitlisted', `signup:${a._id}:${openid}:${round}:waitlisted`, `已进入候补：${a.title}`, `您是第${position}位候补，有人取消时将按顺序自动递补并通知您`);

export const signupPromoted = (tx: TxOps, now: number, a: ActivityDoc, openid: string, round: number) =>
  tell(tx, now, a, openid, 'signup_promoted', `signup:${a._id}:${openid}:${round}:promoted`, `候补转正：${a.title}`, `有名额空出，您已转为正式报名，请于${when(a)}参加`);

export const activityChanged = (tx: TxOps, now: number, a: ActivityDoc, openid: string) =>
  tell(tx, now, a, openid, 'activity_changed', `activity:${a._id}:r${a.revision}:changed`, `活动变更：${a.title}`, `活动调整为${when(a)}`);

export const activityCancelled = (tx: TxOps, now: number, a: ActivityDoc, openid: string) =>
  tell(tx, now, a, openid, 'activity_cancelled', `activity:${a._id}:cancelled`, `活动取消：${a.title}`, a.cancelReason ? `取消原因：${a.cancelReason}` : '该活动已取消');

/** The two reminders: 18:00 Shanghai the day before, and one hour before the start. */
function reminders(a: ActivityDoc): Array<{ event: string; dueAt: number; title: string }> {
  return [
    { event: `activity:${a._id}:remind:eve`, dueAt: shanghai(a.startAt).subtract(1, 'day').hour(18).minute(0).second(0).millisecond(0).valueOf(), title: `明日活动提醒：${a.title}` },
    { event: `activity:${a._id}:remind:1h`, dueAt: a.startAt - 3_600_000, title: `活动即将开始：${a.title}` },
  ];
}

/** Schedules (or moves) a confirmed member's reminders; one whose time has passed is dropped rather than sent late. */
export async function syncReminders(tx: TxOps, now: number, a: ActivityDoc, openid: string): Promise<void> {
  for (const r of reminders(a)) {
    if (r.dueAt <= now) {
      await cancelReminder(tx, r.event, openid);
      continue;
    }
    await scheduleReminder(tx, now, {
      event: r.event,
      recipient: openid,
      kind: 'activity_reminder',
      title: r.title,
      body: when(a),
      link: detailLink(a._id),
      fields: { time: String(a.startAt), place: a.place },
      dueAt: r.dueAt,
    });
  }
}

export async function dropReminders(tx: TxOps, a: ActivityDoc, openid: string): Promise<void> {
  for (const r of reminders(a)) await cancelReminder(tx, r.event, openid);
}
