import type { AttendanceRow } from '../../../types/activity';
import { CHECK_IN_PAGE, type CheckInMethod } from '../../../types/activity-names';
import { formatDateTime } from '../../../types/time';
import { OFFICER_ROLES, officerRefusal, requireActOn } from '../access/scope';
import type { ActionContext } from '../kernel/context';
import { findUser } from '../kernel/users';
import { DomainError, invalid, notFound } from '../kernel/domain-error';
import { holderKey } from '../hot/places';
import { branchNamesOf } from '../party/membership.repository';
import { ACTIVITIES, SIGNUPS, checkInOpensAt, presentField, signupId, type ActivityDoc, type AttendanceLogEntry, type SignupDoc } from './activity.repository';
import { attendanceRow } from './attendance.service';
import { isMemberCode, issueActivityToken, issueMemberCode, readActivityToken, readMemberCode, refreshInMs, type TokenProblem } from './checkin-token';

/** Organisers may record attendance by hand until this long after the end (paper sign-in sheets come in late). */
const MANUAL_GRACE_MS = 30 * 24 * 3_600_000;
const LOG_KEEP = 20;

const TOKEN_MESSAGES: Record<TokenProblem, string> = {
  malformed: '签到码无效，请重新扫描',
  expired: '签到码已过期，请扫描屏幕上最新的二维码',
  invalid: '签到码无效，请扫描本活动现场的二维码',
};

async function load(ctx: ActionContext, id: string): Promise<ActivityDoc> {
  const a = await ctx.store.get(ACTIVITIES, id);
  if (!a) throw notFound('该活动');
  return a;
}

function windowOf(a: ActivityDoc) {
  return { opensAt: checkInOpensAt(a), closesAt: a.endAt };
}

function isOpen(a: ActivityDoc, now: number): boolean {
  const { opensAt, closesAt } = windowOf(a);
  return a.status === 'published' && now >= opensAt && now <= closesAt;
}

function assertOpen(a: ActivityDoc, now: number): void {
  if (a.status === 'cancelled') throw new DomainError('CONFLICT', '活动已取消');
  const { opensAt } = windowOf(a);
  if (now < opensAt) throw new DomainError('CONFLICT', `签到尚未开始，将于${formatDateTime(opensAt)}开放`);
  if (now > a.endAt) throw new DomainError('CONFLICT', '活动已结束，签到已关闭');
}

/** The organiser's rotating code for the QR on their phone; null outside the check-in window. */
export async function checkInToken(ctx: ActionContext, activityId: string) {
  const a = await load(ctx, activityId);
  requireActOn(ctx.caller, OFFICER_ROLES, { path: a.unitPath }, officerRefusal(a.unitName));
  const now = ctx.clock.now();
  const token = isOpen(a, now) ? issueActivityToken(ctx.config.secret, a._id, now) : null;
  return { token, path: token ? `${CHECK_IN_PAGE}?t=${token}` : null, refreshInMs: refreshInMs(now), ...windowOf(a) };
}

/** A confirmed member's own rotating code, for the organiser to scan when the member cannot scan theirs. */
export async function memberCode(ctx: ActionContext, activityId: string) {
  const a = await load(ctx, activityId);
  const s = await ctx.store.get(SIGNUPS, signupId(activityId, ctx.caller.openid));
  if (s?.status !== 'confirmed') throw new DomainError('CONFLICT', '确认报名后才有签到码');
  const now = ctx.clock.now();
  const code = isOpen(a, now) ? issueMemberCode(ctx.config.secret, a._id, s.ticket, now) : null;
  return { code, refreshInMs: refreshInMs(now), ...windowOf(a) };
}

/**
 * Records a check-in on the activity itself, for a seat holder only, once: from then on the seat cannot be given up
 * (the cancellation's conditional update requires no check-in). True when this call recorded it.
 */
async function markPresent(ctx: ActionContext, a: ActivityDoc, openid: string, method: CheckInMethod, now: number): Promise<boolean> {
  const field = presentField(openid);
  return (await ctx.store.updateWhere(ACTIVITIES, { _id: a._id, 'seats.holders': { $has: openid }, [field]: { $exists: false } }, { set: { [field]: { at: now, method }, touchedAt: now } })) === 1;
}

/**
 * A member checks in with the organiser's code: the code names (and signs) the activity, so it checks them in to
 * that one only. The activity records it (once: checking in twice leaves the first time), then the signup follows.
 */
export async function checkIn(ctx: ActionContext, token: string) {
  if (isMemberCode(token)) throw invalid('这是党员个人签到码，请扫描活动组织人出示的签到二维码');
  const now = ctx.clock.now();
  const read = readActivityToken(ctx.config.secret, token, now);
  if ('problem' in read) throw invalid(TOKEN_MESSAGES[read.problem], { token: TOKEN_MESSAGES[read.problem] });
  const a = await load(ctx, read.activityId);
  assertOpen(a, now);
  const openid = ctx.caller.openid;
  const fresh = await markPresent(ctx, a, openid, 'scan', now);
  const after = fresh ? a : await load(ctx, a._id);
  const mark = fresh ? { at: now, method: 'scan' as const } : after.present[holderKey(openid)];
  if (!mark) throw new DomainError('CONFLICT', after.seats.waiting.includes(openid) ? '您仍在候补中，不能签到' : '您未报名该活动，不能签到');
  await followPresence(ctx, a._id, openid, mark);
  return { activityId: a._id, title: a.title, checkedInAt: mark.at, already: !fresh };
}

/** The signup takes the check-in the activity recorded (the sweeper does the same for one left behind). */
async function followPresence(ctx: ActionContext, activityId: string, openid: string, mark: { at: number; method: CheckInMethod }): Promise<void> {
  await ctx.store.updateWhere(SIGNUPS, { _id: signupId(activityId, openid), status: 'confirmed', checkedInAt: null }, { set: { checkedInAt: mark.at, checkInMethod: mark.method } });
}

async function findByTicket(ctx: ActionContext, activityId: string, ticket: string): Promise<SignupDoc> {
  const [s] = await ctx.store.find(SIGNUPS, { activityId, ticket }, { limit: 1 });
  if (!s) throw notFound('该报名记录');
  return s;
}

/**
 * The organiser records attendance: by scanning the member's own code (only while check-in is open) or by hand
 * (present or absent, from the opening of check-in until 30 days after the end). Who did it and when is kept on
 * the signup, with a short log of every change.
 */
export async function markAttendance(ctx: ActionContext, input: { activityId: string; attendeeId?: string | undefined; memberCode?: string | undefined; present: boolean }): Promise<AttendanceRow> {
  const a = await load(ctx, input.activityId);
  requireActOn(ctx.caller, OFFICER_ROLES, { path: a.unitPath }, officerRefusal(a.unitName));
  const now = ctx.clock.now();
  let ticket = input.attendeeId;
  let method: CheckInMethod = 'manual';
  if (input.memberCode !== undefined) {
    if (!input.present) throw invalid('扫描签到码只能登记出席');
    const read = readMemberCode(ctx.config.secret, input.memberCode, a._id, now);
    if ('problem' in read) throw invalid(read.problem === 'invalid' ? '该签到码不属于本活动' : TOKEN_MESSAGES[read.problem]);
    assertOpen(a, now);
    ticket = read.ticket;
    method = 'member_code';
  } else {
    if (a.status === 'cancelled') throw new DomainError('CONFLICT', '活动已取消');
    if (now < checkInOpensAt(a)) throw new DomainError('CONFLICT', `签到尚未开始，将于${formatDateTime(checkInOpensAt(a))}开放`);
    if (now > a.endAt + MANUAL_GRACE_MS) throw new DomainError('CONFLICT', '活动结束已超过30天，不能再补登');
  }
  const found = await findByTicket(ctx, a._id, ticket!);
  const byName = ctx.caller.user?.name ?? '组织人';
  if (found.status !== 'confirmed') throw new DomainError('CONFLICT', '该成员未确认报名，不能登记签到');
  // The activity first: a present mark there is what stops the seat from being given up.
  const field = presentField(found.openid);
  if (input.present) await markPresent(ctx, a, found.openid, method, now);
  else await ctx.store.updateWhere(ACTIVITIES, { _id: a._id, [field]: { $exists: true } }, { unset: [field], set: { touchedAt: now } });

  // The signup as this transaction leaves it.
  const saved = await ctx.store.transaction(async (tx) => {
    const s = (await tx.get(SIGNUPS, found._id))!;
    if (s.status !== 'confirmed') throw new DomainError('CONFLICT', '该成员未确认报名，不能登记签到');
    if (input.present === (s.checkedInAt !== null)) return s; // already so: nothing to record
    const entry: AttendanceLogEntry = { at: now, by: ctx.caller.openid, byName, action: method === 'member_code' ? 'scan_member_code' : input.present ? 'mark_present' : 'mark_absent' };
    const set = {
      checkedInAt: input.present ? now : null,
      checkInMethod: input.present ? method : null,
      recordedBy: ctx.caller.openid,
      recordedByName: byName,
      recordedAt: now,
      log: [...s.log, entry].slice(-LOG_KEEP),
      // Who wrote on the record, so their erasure finds it (privacy registry).
      loggedBy: [...new Set([...(s.loggedBy ?? []), ctx.caller.openid])],
    };
    await tx.update(SIGNUPS, s._id, { set });
    return { ...s, ...set };
  });
  const user = await findUser(ctx.store, found.openid);
  const branches = user ? await branchNamesOf(ctx.store, new Map([[user._id, user]])) : new Map<string, string>();
  return attendanceRow(a, saved, { phone: user?.phone, branchName: branches.get(found.openid) });
}
