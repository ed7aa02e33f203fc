import { minutesOf, WEEKDAYS, type OfficeHours, type TimeRange } from '../../../types/working-hours';
import type { DayKind } from './holiday-schedule';

/** A range of a day in minutes after Shanghai midnight, start inclusive, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Office hours compiled for arithmetic: spans per ISO weekday, and the spans a make-up day works. */
export interface OfficeWeek {
  /** Index 1 = Monday … 7 = Sunday; index 0 unused. */
  readonly byIsoWeekday: readonly (readonly Span[])[];
  readonly makeUp: readonly Span[];
}

const compiled = new WeakMap<OfficeHours, OfficeWeek>();

const toSpans = (ranges: readonly TimeRange[]): Span[] => ranges.map((r) => ({ start: minutesOf(r.start), end: minutesOf(r.end) }));
const keyOf = (spans: readonly Span[]) => spans.map((s) => `${s.start}-${s.end}`).join(',');

/**
 * Takes hours the schema has accepted (sorted, non-overlapping). Compiled once per hours object, since callers
 * reckon many deadlines against the same community's hours.
 */
export function officeWeek(hours: OfficeHours): OfficeWeek {
  const cached = compiled.get(hours);
  if (cached) return cached;
  const byIsoWeekday = [[], ...WEEKDAYS.map((day) => toSpans(hours[day]))];
  const week: OfficeWeek = { byIsoWeekday, makeUp: makeUpSpans(byIsoWeekday.slice(1, 6)) };
  compiled.set(hours, week);
  return week;
}

/**
 * Our rule, since the notice says only that a make-up day is worked: it works the hours of a normal Monday-to-Friday
 * day, namely the schedule most of Monday to Friday share (ties go to the earliest weekday). An office open
 * 08:30–17:30 Monday to Friday works a make-up Sunday 08:30–17:30; one whose Friday afternoon is closed still works
 * its Monday-to-Thursday hours; a volunteer lawyer who keeps only Wednesday afternoons, so that most weekdays are
 * empty, is not booked on a make-up day.
 */
function makeUpSpans(mondayToFriday: readonly (readonly Span[])[]): readonly Span[] {
  let best: readonly Span[] = [];
  let bestCount = 0;
  for (const spans of mondayToFriday) {
    const count = mondayToFriday.filter((other) => keyOf(other) === keyOf(spans)).length;
    if (count > bestCount) {
      best = spans;
      bestCount = count;
    }
  }
  return best;
}

/** The office's spans on a day of that kind and weekday: none on a holiday, whatever the community has set. */
export function spansOn(week: OfficeWeek, kind: DayKind, isoWeekday: number): readonly Span[] {
  if (kind === 'holiday') return [];
  if (kind === 'makeup') return week.makeUp;
  return week.byIsoWeekday[isoWeekday] ?? [];
}
