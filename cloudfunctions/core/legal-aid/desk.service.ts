import type { BookingView } from '../../../types/legal-aid-cases';
import type { MyVolunteer } from '../../../types/legal-aid';
import { MAX_SERVICE_HOURS_PER_DAY } from '../../../types/legal-aid-names';
import type { ServiceRecord } from '../../../types/legal-aid-reports';
import { dayNumberFromIso, dayNumberOf, dayStart, isoDateOf, yearOf } from '../calendar/shanghai-day';
import type { ActionContext } from '../kernel/context';
import { forbidden } from '../kernel/domain-error';
import { bookingsOfVolunteer } from './booking.repository';
import { toBookingView } from './case-view';
import { requireVerified } from './onboarding.service';
import { toMyVolunteer } from './volunteer-view';
import { volunteerOf } from './volunteer.repository';

/**
 * The volunteer's desk: requests to accept, today and upcoming, and consultations that have begun and wait for their
 * outcome. One query; no content in the lists.
 */
export async function agenda(ctx: ActionContext): Promise<{ volunteer: MyVolunteer; requests: BookingView[]; upcoming: BookingView[]; toRecord: BookingView[] }> {
  const v = await requireVerified(ctx);
  const now = ctx.clock.now();
  const open = (await bookingsOfVolunteer(ctx.store, v._id, ['pending', 'confirmed'])).map((b) => toBookingView(b, 'volunteer', now));
  return {
    volunteer: toMyVolunteer(v),
    requests: open.filter((b) => b.status === 'pending'),
    upcoming: open.filter((b) => b.status === 'confirmed' && b.startAt > now),
    toRecord: open.filter((b) => b.status === 'confirmed' && b.startAt <= now),
  };
}

const round2 = (h: number) => Math.round(h * 100) / 100;

/**
 * A year's 服务记录证明: each completed consultation with its hours, and per day the hours counted, at most 8
 * (法律援助志愿者管理办法 as reported: 原则上每天不超过8小时). A volunteer who has left keeps their record.
 */
export async function serviceRecord(ctx: ActionContext, year: number | undefined): Promise<ServiceRecord> {
  const v = await volunteerOf(ctx.store, ctx.caller.openid);
  if (!v || (v.status !== 'verified' && v.status !== 'left') || v.decidedAt === null) throw forbidden('您还不是法律援助志愿者，没有服务记录');
  const now = ctx.clock.now();
  const y = year ?? yearOf(dayNumberOf(now));
  const from = dayStart(dayNumberFromIso(`${y}-01-01`));
  const to = dayStart(dayNumberFromIso(`${y + 1}-01-01`));
  const done = await bookingsOfVolunteer(ctx.store, v._id, ['completed'], { from, to });
  const rows = done.map((b) => ({ date: isoDateOf(dayNumberOf(b.startAt)), startAt: b.startAt, endAt: b.endAt, specialty: b.specialty, service: b.service, hours: b.hours ?? 0 }));
  const perDay = new Map<string, number>();
  for (const r of rows) perDay.set(r.date, (perDay.get(r.date) ?? 0) + r.hours);
  const days = [...perDay].map(([date, raw]) => ({ date, hours: round2(Math.min(raw, MAX_SERVICE_HOURS_PER_DAY)), capped: raw > MAX_SERVICE_HOURS_PER_DAY }));
  return {
    year: y,
    volunteer: { name: v.realName, kind: v.kind, licenseNo: v.licenseNo, firm: v.firm, unitName: v.unitName },
    rows,
    days,
    consultations: rows.length,
    totalHours: round2(days.reduce((sum, d) => sum + d.hours, 0)),
    issuedAt: now,
  };
}
