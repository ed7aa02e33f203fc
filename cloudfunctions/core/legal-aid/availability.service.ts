import type { Availability, MyVolunteer, SlotDay, VolunteerPublic } from '../../../types/legal-aid';
import type { ServiceMode, Specialty } from '../../../types/legal-aid-names';
import { reachOf } from '../access/scope';
import { dayNumberFromIso } from '../calendar/shanghai-day';
import type { ActionContext } from '../kernel/context';
import { DomainError, forbidden, notFound } from '../kernel/domain-error';
import { dayId, loadsOf } from './day.repository';
import { requireVerified } from './onboarding.service';
import { dayPlans, EMPTY_LOAD, freeSlots, horizonOf, type DayLoad, type FreeDay } from './slots';
import { toMyVolunteer, toPublic } from './volunteer-view';
import { getVolunteer, servingVolunteers, VOLUNTEERS, type VolunteerDoc } from './volunteer.repository';

/** Publishes the volunteer's hours; bookings already made keep their time (their ticks stay held). */
export async function setAvailability(ctx: ActionContext, availability: Availability): Promise<MyVolunteer> {
  const v = await requireVerified(ctx);
  const now = ctx.clock.now();
  if ((await ctx.store.updateWhere(VOLUNTEERS, { _id: v._id, status: 'verified' }, { set: { availability, updatedAt: now } })) !== 1) throw new DomainError('CONFLICT', '志愿者状态已变化，请刷新后重试');
  return toMyVolunteer({ ...v, availability, updatedAt: now });
}

/** Where the caller lives in the org tree: volunteers serve the homes under their team's unit. */
export async function homePathOf(ctx: ActionContext): Promise<readonly string[]> {
  const { homePath } = await reachOf(ctx.store, ctx.caller);
  if (!homePath) throw forbidden('请先扫描社区二维码或选择所在社区');
  return homePath;
}

/** A volunteer a resident may book: verified, serving, on a team that covers their home. */
export async function servingVolunteer(ctx: ActionContext, id: string, homePath: readonly string[]): Promise<VolunteerDoc> {
  const v = await getVolunteer(ctx.store, id);
  if (v?.status !== 'verified' || !homePath.includes(v.unitId)) throw notFound('该志愿者');
  if (v.paused) throw new DomainError('CONFLICT', '该志愿者暂停接受预约，请选择其他志愿者');
  return v;
}

/** Every day a volunteer keeps hours in their horizon (or on one date), with its free consultations. */
function freeDays(v: VolunteerDoc, now: number, loads: ReadonlyMap<string, DayLoad>, onDate?: string): { days: FreeDay[]; assumedYears: number[] } {
  const av = v.availability;
  if (!av) return { days: [], assumedYears: [] };
  const { first, last, earliest } = horizonOf(av, now);
  const only = onDate === undefined ? null : dayNumberFromIso(onDate);
  if (only !== null && (only < first || only > last)) return { days: [], assumedYears: [] };
  const plans = dayPlans(av, only ?? first, only ?? last);
  return { days: plans.days.map((p) => freeSlots(p, av, loads.get(dayId(v._id, p.date)) ?? EMPTY_LOAD, earliest)), assumedYears: plans.assumedYears };
}

/** The ids of the day documents `freeDays` reads: every day of the horizon (or the one date). */
function dayIdsOf(v: VolunteerDoc, now: number, onDate?: string): string[] {
  if (!v.availability) return [];
  const { first, last } = horizonOf(v.availability, now);
  return dayPlans(v.availability, first, last).days.filter((p) => onDate === undefined || p.date === onDate).map((p) => dayId(v._id, p.date));
}

const firstFree = (days: readonly FreeDay[]) => days.find((d) => d.slots.length > 0)?.slots[0]?.startAt ?? null;

const toSlotDay = (d: FreeDay): SlotDay => ({ date: d.plan.date, kind: d.plan.kind, holiday: d.plan.holiday, provisional: !d.plan.published, full: d.full, slots: d.slots });

/** A volunteer's free consultations, day by day, over their horizon: one read of the volunteer, one of their days. */
export async function slots(ctx: ActionContext, lawyerId: string): Promise<{ lawyer: VolunteerPublic; slotMinutes: number; days: SlotDay[]; provisionalYears: number[] }> {
  const v = await servingVolunteer(ctx, lawyerId, await homePathOf(ctx));
  const now = ctx.clock.now();
  const loads = await loadsOf(ctx.store, dayIdsOf(v, now));
  const { days, assumedYears } = freeDays(v, now, loads);
  return { lawyer: toPublic(v, firstFree(days)), slotMinutes: v.availability?.slotMinutes ?? 30, days: days.map(toSlotDay), provisionalYears: assumedYears };
}

/**
 * Verified, serving volunteers whose team covers the caller's home, by specialty and mode, each with their next free
 * consultation; with a date, only those free that day. One query for the volunteers, one (per hundred days) for
 * their days.
 */
export async function lawyers(ctx: ActionContext, input: { specialty?: Specialty | undefined; mode?: ServiceMode | undefined; date?: string | undefined }): Promise<{ items: VolunteerPublic[] }> {
  const docs = await servingVolunteers(ctx.store, await homePathOf(ctx), input);
  const now = ctx.clock.now();
  const loads = await loadsOf(ctx.store, docs.flatMap((v) => dayIdsOf(v, now, input.date)));
  const items = docs
    .map((v) => toPublic(v, firstFree(freeDays(v, now, loads, input.date).days)))
    .filter((p) => input.date === undefined || p.nextFreeAt !== null)
    .sort((a, b) => (a.nextFreeAt ?? Number.MAX_SAFE_INTEGER) - (b.nextFreeAt ?? Number.MAX_SAFE_INTEGER) || a.name.localeCompare(b.name, 'zh-CN'));
  return { items };
}
