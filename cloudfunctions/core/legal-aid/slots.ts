import type { Availability } from '../../../types/legal-aid';
import { minutesOf, type TimeRange } from '../../../types/working-hours';
import type { DayKind } from '../calendar/holiday-schedule';
import { dayNumberFromIso, dayNumberOf, dayStart, hhmmOf, HOUR_MS, isoDateOf, MINUTE_MS, type DayNumber, type IsoDate } from '../calendar/shanghai-day';
import { WorkingCalendar } from '../calendar/working-calendar';

/**
 * Slots are computed, never stored: from a volunteer's weekly hours read through the working calendar (no hours on a
 * holiday; a make-up day works the schedule most of their Monday-to-Friday share, so a lawyer who keeps only
 * Wednesday afternoons is not booked on a make-up Sunday), then their date exceptions (a day off; hours added, even
 * on a holiday), cut into consultations of `slotMinutes` followed by `bufferMinutes`. Each consultation holds the
 * five-minute ticks it covers with its buffer, on one document per volunteer per Shanghai day (day.repository.ts).
 */
export const TICK_MINUTES = 5;

export interface Span {
  start: number;
  end: number;
}

export interface DayPlan {
  date: IsoDate;
  day: DayNumber;
  kind: DayKind;
  holiday: string | null;
  /** False when the year's holiday schedule is not in our data. */
  published: boolean;
  /** Open time in minutes after Shanghai midnight, sorted and disjoint. */
  spans: Span[];
}

const spanOf = (r: TimeRange): Span => ({ start: minutesOf(r.start), end: minutesOf(r.end) });

/** Sorted, with overlapping or touching spans merged. */
function union(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/** The days from `first` to `last` (inclusive) on which the volunteer keeps any hours. */
export function dayPlans(av: Availability, first: DayNumber, last: DayNumber): { days: DayPlan[]; assumedYears: number[] } {
  const calendar = new WorkingCalendar(av.weekly);
  const open = calendar.openDays(isoDateOf(first), isoDateOf(last));
  const openByDate = new Map(open.days.map((d) => [d.date, d]));
  const exceptions = new Map(av.exceptions.map((e) => [e.date, e]));
  const days: DayPlan[] = [];
  for (let day = first; day <= last; day++) {
    const date = isoDateOf(day);
    const o = openByDate.get(date);
    const e = exceptions.get(date);
    let spans = o ? o.ranges.map((r) => ({ start: minutesOf(r.startText), end: minutesOf(r.endText) })) : [];
    if (e?.kind === 'off') spans = [];
    if (e?.kind === 'extra') spans = union([...spans, ...e.ranges.map(spanOf)]);
    if (spans.length === 0) continue;
    const info = o ?? calendar.day(date);
    days.push({ date, day, kind: info.kind, holiday: info.holiday ?? null, published: info.published, spans });
  }
  return { days, assumedYears: open.assumedYears };
}

/** Start minutes of every consultation a day offers (before anything is taken). */
export function startsOf(plan: DayPlan, av: Availability): number[] {
  const step = av.slotMinutes + av.bufferMinutes;
  return plan.spans.flatMap((s) => {
    const starts: number[] = [];
    for (let m = s.start; m + av.slotMinutes <= s.end; m += step) starts.push(m);
    return starts;
  });
}

/** The tick keys a consultation starting at `start` holds: its minutes and its buffer, within its own day. */
export function ticksOf(start: number, av: Pick<Availability, 'slotMinutes' | 'bufferMinutes'>): string[] {
  const keys: string[] = [];
  for (let m = start; m < Math.min(start + av.slotMinutes + av.bufferMinutes, 24 * 60); m += TICK_MINUTES) keys.push(tickKey(m));
  return keys;
}

export const tickKey = (minute: number) => `t${hhmmOf(minute).replace(':', '')}`;
/** t0905 → 545. */
export const minuteOfTick = (key: string) => Number(key.slice(1, 3)) * 60 + Number(key.slice(3, 5));

/** The first and last day a volunteer may be booked on, seen at `now`. */
export function horizonOf(av: Availability, now: number): { first: DayNumber; last: DayNumber; earliest: number } {
  const first = dayNumberOf(now);
  return { first, last: first + av.horizonDays - 1, earliest: now + av.minNoticeHours * HOUR_MS };
}

/** What is taken of a day: its claimed ticks and how many consultations hold it. */
export interface DayLoad {
  ticks: Readonly<Record<string, string>>;
  active: number;
}
export const EMPTY_LOAD: DayLoad = { ticks: {}, active: 0 };

export interface FreeDay {
  plan: DayPlan;
  full: boolean;
  slots: Array<{ startAt: number; endAt: number }>;
}

/** The free consultations of a day: after the notice, none of its ticks held, the daily limit not reached. */
export function freeSlots(plan: DayPlan, av: Availability, load: DayLoad, earliest: number): FreeDay {
  const full = load.active >= av.dailyCap;
  const midnight = dayStart(plan.day);
  const slots = full
    ? []
    : startsOf(plan, av)
        .filter((m) => midnight + m * MINUTE_MS >= earliest && ticksOf(m, av).every((k) => load.ticks[k] === undefined))
        .map((m) => ({ startAt: midnight + m * MINUTE_MS, endAt: midnight + (m + av.slotMinutes) * MINUTE_MS }));
  return { plan, full, slots };
}

export interface LocatedSlot {
  date: IsoDate;
  day: DayNumber;
  start: number;
  startAt: number;
  endAt: number;
  ticks: string[];
}

/**
 * The consultation starting at `startAt` if the volunteer offers one then, seen at `now` (within their horizon and
 * notice): its day and ticks, or why not. Whether it is still free is for the claim to say.
 */
export function locateSlot(av: Availability, startAt: number, now: number): LocatedSlot | { refused: string } {
  const { first, last, earliest } = horizonOf(av, now);
  const day = dayNumberOf(startAt);
  if (startAt < earliest) return { refused: `请至少提前${av.minNoticeHours}小时预约` };
  if (day > last) return { refused: `只能预约${av.horizonDays}天内的时段` };
  const plan = dayPlans(av, Math.max(day, first), day).days[0];
  const start = (startAt - dayStart(day)) / MINUTE_MS;
  if (!plan || !startsOf(plan, av).includes(start)) return { refused: '该时段不在律师的值班时间内，请重新选择' };
  return { date: plan.date, day, start, startAt, endAt: startAt + av.slotMinutes * MINUTE_MS, ticks: ticksOf(start, av) };
}

export const dayOfDate = (date: IsoDate) => dayNumberFromIso(date);
