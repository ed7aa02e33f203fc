import fc from 'fast-check';
import { isWorkingKind } from '../../cloudfunctions/core/calendar/holiday-schedule';
import { dayNumberOf, hhmmOf, isoDateOf } from '../../cloudfunctions/core/calendar/shanghai-day';
import { WorkingCalendar } from '../../cloudfunctions/core/calendar/working-calendar';
import { OfficeHoursSchema, WEEKDAYS, type OfficeHours, type TimeRange } from '../../types/working-hours';
import { at, hours } from '../support/calendar-fixtures';

// Starts from late 2025 to early 2028: published 2026 and the unpublished years around it.
const instant = fc.integer({ min: at('2025-12-01 00:00'), max: at('2028-01-31 00:00') });
const amount = fc.integer({ min: 0, max: hours(120) });

/**
 * A day's ranges: distinct sorted minute marks taken in pairs, so ranges are ordered with gaps between them. Ranges
 * under half an hour are dropped: a week of one open minute would need years to pass 120 working hours, which
 * the calendar refuses past ten years.
 */
const dayRanges = fc
  .uniqueArray(fc.integer({ min: 0, max: 1440 }), { maxLength: 8 })
  .map((marks): TimeRange[] => {
    const sorted = [...marks].sort((a, b) => a - b);
    const ranges: TimeRange[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      if (sorted[i + 1]! - sorted[i]! >= 30) ranges.push({ start: hhmmOf(sorted[i]!), end: hhmmOf(sorted[i + 1]!) });
    }
    return ranges;
  });

/** Any valid office hours with at least one Monday-to-Friday range; weekends closed unless `weekends`. */
const officeHours = (weekends: boolean) =>
  fc
    .tuple(...WEEKDAYS.map((day) => (weekends || (day !== 'sat' && day !== 'sun') ? dayRanges : fc.constant([]))))
    .map((days) => Object.fromEntries(WEEKDAYS.map((day, i) => [day, days[i]])) as OfficeHours)
    .filter((h) => OfficeHoursSchema.safeParse(h).success && WEEKDAYS.slice(0, 5).some((day) => h[day].length > 0));

const pauses = fc.array(
  fc.tuple(instant, fc.integer({ min: 0, max: hours(72) })).map(([from, length]) => ({ from, to: from + length })),
  { maxLength: 4 },
);

/** The open ranges holding `ms`, ends included (a deadline may fall at closing time). */
function rangesHolding(calendar: WorkingCalendar, ms: number) {
  const dates = new Set([isoDateOf(dayNumberOf(ms - 1)), isoDateOf(dayNumberOf(ms))]);
  return [...dates]
    .flatMap((date) => calendar.openDays(date, date).days)
    .filter((day) => day.ranges.some((r) => r.start <= ms && ms <= r.end));
}

describe('working-time properties', () => {
  it('adding h working hours and measuring gives h back, with or without pauses', () => {
    fc.assert(
      fc.property(officeHours(true), instant, amount, pauses, (office, start, ms, paused) => {
        const calendar = new WorkingCalendar(office);
        const due = calendar.addWorkingTime(start, ms, { paused });
        expect(due.at).toBeGreaterThanOrEqual(start);
        expect(calendar.workingTimeBetween(start, due.at, { paused }).ms).toBe(ms);
      }),
    );
  });

  it('a due time falls inside office hours on a working day (Monday-to-Friday offices)', () => {
    fc.assert(
      fc.property(officeHours(false), instant, amount, (office, start, ms) => {
        const calendar = new WorkingCalendar(office);
        const due = calendar.addWorkingTime(start, ms);
        const days = rangesHolding(calendar, due.at);
        expect(days.length).toBeGreaterThan(0);
        for (const day of days) expect(isWorkingKind(day.kind)).toBe(true);
      }),
    );
  });

  it('more working time is never due earlier, and elapsed time adds up over consecutive stretches', () => {
    fc.assert(
      fc.property(officeHours(true), instant, amount, amount, (office, start, a, b) => {
        const calendar = new WorkingCalendar(office);
        expect(calendar.addWorkingTime(start, Math.min(a, b)).at).toBeLessThanOrEqual(calendar.addWorkingTime(start, Math.max(a, b)).at);
        const middle = start + a;
        const end = middle + b;
        expect(calendar.workingTimeBetween(start, middle).ms + calendar.workingTimeBetween(middle, end).ms).toBe(
          calendar.workingTimeBetween(start, end).ms,
        );
      }),
    );
  });

  it('names an unpublished year exactly when the reckoning reached into it', () => {
    fc.assert(
      fc.property(officeHours(false), instant, amount, (office, start, ms) => {
        const calendar = new WorkingCalendar(office);
        const due = calendar.addWorkingTime(start, ms);
        // A deadline at 24:00 closes the day before: the day it names is not read.
        expect(due.assumedYears).toEqual(calendar.missingYears(start, Math.max(start, due.at - 1)));
      }),
    );
  });

  it('N working days end at a closing time of a working day, later than N-1', () => {
    fc.assert(
      fc.property(officeHours(false), instant, fc.integer({ min: 2, max: 20 }), (office, start, n) => {
        const calendar = new WorkingCalendar(office);
        const due = calendar.addWorkingDays(start, n);
        expect(due.at).toBeGreaterThan(calendar.addWorkingDays(start, n - 1).at);
        const dueDay = calendar.day(isoDateOf(dayNumberOf(due.at - 1)));
        expect(isWorkingKind(dueDay.kind)).toBe(true);
        const open = calendar.openDays(dueDay.date, dueDay.date).days[0];
        // The close of its last range, or midnight when the office keeps no hours that day.
        expect(due.at).toBe(open ? open.ranges[open.ranges.length - 1]!.end : at(`${dueDay.date} 00:00`) + hours(24));
      }),
    );
  });
});
