import type { AttendanceRow, HistoryItem } from '../../../types/activity';
import { CHECK_IN_METHOD_LABELS, SIGNUP_STATUS_LABELS } from '../../../types/activity-names';
import { shanghai } from '../../../types/time';
import { OFFICER_ROLES, officerRefusal, requireActOn } from '../access/scope';
import { toCsv } from '../export/csv';
import type { ActionContext } from '../kernel/context';
import { notFound } from '../kernel/domain-error';
import { maskPhone } from '../kernel/mask';
import { usersByIds } from '../kernel/users';
import { branchNamesOf } from '../party/membership.repository';
import { ACTIVITIES, SIGNUPS, activitiesByIds, hoursOf, type ActivityDoc, type SignupDoc } from './activity.repository';
import { toSummary } from './activity-view';

/**
 * A check-in counts only on a confirmed signup (checked-in ⊆ confirmed): a cancellation after check-in is refused, and
 * a record left inconsistent by older code or a hand edit is not counted anywhere attendance is computed.
 */
export const attendedOn = (s: Pick<SignupDoc, 'status' | 'checkedInAt'>): boolean => s.status === 'confirmed' && s.checkedInAt !== null;

/** One row of the organiser's list; the branch is the member's in the register now (a resident's: 居民). */
export function attendanceRow(a: ActivityDoc, s: SignupDoc, who: { phone?: string | undefined; branchName?: string | undefined }): AttendanceRow {
  const position = a.seats.waiting.indexOf(s.openid);
  const attended = attendedOn(s);
  return {
    attendeeId: s.ticket,
    name: s.name,
    branchName: who.branchName ?? '居民',
    phoneMasked: maskPhone(who.phone),
    status: s.status,
    waitlistPosition: s.status === 'waitlisted' && position >= 0 ? position + 1 : null,
    signedUpAt: s.signedUpAt,
    checkedInAt: attended ? s.checkedInAt : null,
    method: attended ? s.checkInMethod : null,
    recordedByName: s.recordedByName,
    recordedAt: s.recordedAt,
  };
}

const STATUS_ORDER = { confirmed: 0, waitlisted: 1, cancelled: 2 } as const;

async function rowsOf(ctx: ActionContext, activityId: string) {
  const a = await ctx.store.get(ACTIVITIES, activityId);
  if (!a) throw notFound('该活动');
  requireActOn(ctx.caller, OFFICER_ROLES, { path: a.unitPath }, officerRefusal(a.unitName));
  const signups = await ctx.store.find(SIGNUPS, { activityId }, { orderBy: [['signedUpAt', 'asc']], limit: 1000 });
  const openids = signups.map((s) => s.openid);
  const users = await usersByIds(ctx.store, openids);
  const branches = await branchNamesOf(ctx.store, users);
  const rows = signups.map((s) => attendanceRow(a, s, { phone: users.get(s.openid)?.phone, branchName: branches.get(s.openid) }));
  rows.sort((x, y) => STATUS_ORDER[x.status] - STATUS_ORDER[y.status] || (x.waitlistPosition ?? 0) - (y.waitlistPosition ?? 0) || x.signedUpAt - y.signedUpAt);
  return { a, rows };
}

/** The organiser's list: confirmed (in signup order), then the waiting list in order, then cancellations. */
export async function attendance(ctx: ActionContext, activityId: string) {
  const { a, rows } = await rowsOf(ctx, activityId);
  return {
    activity: toSummary(a, null),
    rows,
    confirmed: rows.filter((r) => r.status === 'confirmed').length,
    waitlisted: rows.filter((r) => r.status === 'waitlisted').length,
    checkedIn: rows.filter((r) => r.status === 'confirmed' && r.checkedInAt !== null).length,
  };
}

const time = (ms: number | null) => (ms === null ? '' : shanghai(ms).format('YYYY-MM-DD HH:mm'));

/** CSV for Excel: Chinese headers, UTF-8 with a byte-order mark (without it Excel reads GBK and garbles names). */
export async function exportAttendance(ctx: ActionContext, activityId: string) {
  const { a, rows } = await rowsOf(ctx, activityId);
  const header = ['序号', '姓名', '所在党组织', '联系电话', '报名状态', '候补顺位', '报名时间', '签到时间', '签到方式', '登记人'];
  const body = rows.map((r, i) => [
    i + 1,
    r.name,
    r.branchName,
    r.phoneMasked ?? '',
    SIGNUP_STATUS_LABELS[r.status],
    r.waitlistPosition ?? '',
    time(r.signedUpAt),
    time(r.checkedInAt),
    r.method ? CHECK_IN_METHOD_LABELS[r.method] : '',
    r.recordedByName ?? '',
  ]);
  const csv = toCsv(header, body);
  const safeTitle = a.title.replace(/[\\/:*?"<>|\s]+/g, '_');
  return { filename: `${safeTitle}_签到表_${shanghai(a.startAt).format('YYYYMMDD')}.csv`, csv };
}

/** The caller's activities that ended or were cancelled, newest first, with hours for those attended. */
export async function history(ctx: ActionContext) {
  const now = ctx.clock.now();
  const signups = await ctx.store.find(SIGNUPS, { openid: ctx.caller.openid, status: { $in: ['confirmed', 'waitlisted'] } }, { limit: 1000 });
  const activities = await activitiesByIds(ctx.store, signups.map((s) => s.activityId));
  const items: HistoryItem[] = [];
  for (const s of signups) {
    const a = activities.get(s.activityId);
    if (!a || (a.endAt >= now && a.status !== 'cancelled')) continue;
    const attended = a.status === 'published' && attendedOn(s);
    items.push({
      activityId: a._id,
      title: a.title,
      type: a.type,
      unitName: a.unitName,
      startAt: a.startAt,
      endAt: a.endAt,
      activityStatus: a.status,
      signupStatus: s.status,
      attended,
      hours: attended ? hoursOf(a) : 0,
    });
  }
  items.sort((x, y) => y.startAt - x.startAt);
  const year = shanghai(now).year();
  const sum = (list: HistoryItem[]) => Math.round(list.reduce((n, i) => n + i.hours, 0) * 10) / 10;
  return {
    items,
    attendedCount: items.filter((i) => i.attended).length,
    totalHours: sum(items),
    yearHours: sum(items.filter((i) => shanghai(i.startAt).year() === year)),
  };
}
