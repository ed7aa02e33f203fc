import { LEGAL_PAGES, modeName, specialtyName } from '../../../types/legal-aid-names';
import type { NotificationKind } from '../../../types/notify';
import { formatDateTime, shanghai } from '../../../types/time';
import { cancelFanout, enqueue, scheduleFanout, type Listed } from '../notify/outbox';
import type { TxOps } from '../store/port';
import { BOOKINGS, type BookingDoc } from './booking.repository';

/**
 * Every message about a booking, written through the outbox in the transaction of the change it tells. Events are
 * keyed by the booking and the change (a reschedule by the new start), so a change written twice tells nobody twice.
 * No message carries the consultation's content: only its category, time and who.
 */
const link = (b: BookingDoc) => `${LEGAL_PAGES.booking}?id=${b._id}`;
const what = (b: BookingDoc) => `${specialtyName(b.specialty)}·${modeName(b.mode)}`;
const when = (b: BookingDoc) => `${formatDateTime(b.startAt)}${b.mode === 'in_person' && b.place ? `，${b.place}` : ''}`;

async function tell(tx: TxOps, now: number, b: BookingDoc, to: 'resident' | 'volunteer', kind: NotificationKind, change: string, title: string, body: string): Promise<void> {
  await enqueue(tx, now, {
    event: `legal:booking:${b._id}:${change}`,
    recipient: to === 'resident' ? b.residentId : b.volunteerOpenid,
    kind,
    title,
    body,
    link: link(b),
    fields: { time: String(b.startAt), ...(b.place ? { place: b.place } : {}) },
  });
}

export const bookingRequested = (tx: TxOps, now: number, b: BookingDoc) =>
  tell(tx, now, b, 'volunteer', 'booking_requested', 'requested', `新的咨询预约：${what(b)}`, `${b.residentName}预约了${formatDateTime(b.startAt)}，请于${formatDateTime(b.expiresAt)}前确认`);

export const bookingConfirmed = (tx: TxOps, now: number, b: BookingDoc) =>
  tell(tx, now, b, 'resident', 'booking_confirmed', 'confirmed', `预约成功：${b.volunteerName}`, `${when(b)}，${modeName(b.mode)}，免费`);

export const bookingDeclined = (tx: TxOps, now: number, b: BookingDoc) =>
  tell(tx, now, b, 'resident', 'booking_declined', 'declined', `预约未被接受：${b.volunteerName}`, `${b.declineReason ?? ''}。可在“我的法律咨询”中选择其他时段或其他志愿者`);

export const bookingCancelled = (tx: TxOps, now: number, b: BookingDoc) =>
  b.cancelledBy === 'resident'
    ? tell(tx, now, b, 'volunteer', 'booking_cancelled', 'cancelled', `预约已取消：${what(b)}`, `${b.residentName}取消了${formatDateTime(b.startAt)}的预约`)
    : tell(tx, now, b, 'resident', 'booking_cancelled', 'cancelled', `预约已取消：${b.volunteerName}`, `${formatDateTime(b.startAt)}的咨询已取消：${b.cancelReason ?? ''}`);

export const bookingExpired = (tx: TxOps, now: number, b: BookingDoc) =>
  tell(tx, now, b, 'resident', 'booking_expired', 'expired', `预约未获确认：${b.volunteerName}`, `${formatDateTime(b.startAt)}的预约志愿者未能及时确认，已自动取消，请另选时段或志愿者`);

export const bookingRescheduled = (tx: TxOps, now: number, b: BookingDoc) =>
  tell(tx, now, b, 'volunteer', 'booking_rescheduled', `moved:${b.startAt}`, `预约改期：${what(b)}`, `${b.residentName}将预约改到${formatDateTime(b.startAt)}`);

export const consultationCompleted = (tx: TxOps, now: number, b: BookingDoc) =>
  tell(tx, now, b, 'resident', 'consultation_completed', b.status, b.status === 'completed' ? `咨询已完成：${b.volunteerName}` : `咨询未进行：${b.volunteerName}`, b.status === 'completed' ? '可查看咨询记录和意见，欢迎评价' : `${formatDateTime(b.startAt)}的咨询记为未到场`);

/** The two reminders: 18:00 Shanghai the day before, and one hour before. */
function reminders(b: BookingDoc): Array<{ event: string; dueAt: number; title: string }> {
  return [
    { event: `legal:booking:${b._id}:remind:eve`, dueAt: shanghai(b.startAt).subtract(1, 'day').hour(18).minute(0).second(0).millisecond(0).valueOf(), title: '明日法律咨询提醒' },
    { event: `legal:booking:${b._id}:remind:1h`, dueAt: b.startAt - 3_600_000, title: '法律咨询即将开始' },
  ];
}
/** Both parties, read from the booking when a reminder is due: one message each, written as one fan-out. */
const parties = (b: BookingDoc): Listed => ({ collection: BOOKINGS, id: b._id, fields: ['residentId', 'volunteerOpenid'] });

/** Schedules (or moves) the reminders of a confirmed booking; one whose time has passed is dropped, not sent late. */
export async function syncReminders(tx: TxOps, now: number, b: BookingDoc): Promise<void> {
  for (const r of reminders(b)) {
    if (r.dueAt <= now) await cancelFanout(tx, r.event);
    else await scheduleFanout(tx, now, { event: r.event, listed: parties(b), kind: 'consultation_reminder', title: r.title, body: `${what(b)}，${when(b)}`, link: link(b), fields: { time: String(b.startAt) }, dueAt: r.dueAt });
  }
}

export async function dropReminders(tx: TxOps, b: BookingDoc): Promise<void> {
  for (const r of reminders(b)) await cancelFanout(tx, r.event);
}
