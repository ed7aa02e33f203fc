import { acceptDue, calendarFor, resolveDue, termsFor } from '../../cloudfunctions/core/grid/clocks';
import { DEFAULT_REQUEST_LIMITS } from '../../types/grid-settings';
import { fromShanghai } from '../../types/time';
import { DEFAULT_OFFICE_HOURS, type OfficeHours } from '../../types/working-hours';

const day = [{ start: '08:30', end: '17:30' }];
/** 08:30–17:30 Monday to Friday, as the example has it. */
const OFFICE: OfficeHours = { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] };
const at = (wall: string) => fromShanghai(wall);

describe('request clocks', () => {
  const normal = termsFor('normal', DEFAULT_REQUEST_LIMITS);

  it('gives a normal request submitted at 16:00 on Friday 2026-09-18 until 09:00 on Sunday 2026-09-20 (a make-up working day) to be accepted', () => {
    const due = acceptDue(calendarFor(OFFICE), at('2026-09-18 16:00'), normal);
    expect(due).toEqual({ at: at('2026-09-20 09:00'), assumedYears: [] });
    // The same with a lunch break, since 16:00–17:30 is afternoon time either way.
    expect(acceptDue(calendarFor(DEFAULT_OFFICE_HOURS), at('2026-09-18 16:00'), normal).at).toBe(at('2026-09-20 09:00'));
  });

  it('runs across the National Day holiday: accepted by 09:00 and resolved by 17:30 on the fifth working day after it', () => {
    const calendar = calendarFor(OFFICE);
    const submitted = at('2026-09-30 16:00');
    expect(acceptDue(calendar, submitted, normal).at).toBe(at('2026-10-08 09:00'));
    // 10-08 Thu, 10-09 Fri, 10-10 Sat (make-up), 10-12 Mon, 10-13 Tue.
    expect(resolveDue(calendar, submitted, normal.resolve).at).toBe(at('2026-10-13 17:30'));
  });

  it('runs an urgent request round the clock, and a complex one on working days', () => {
    const calendar = calendarFor(OFFICE);
    const submitted = at('2026-09-30 16:00');
    expect(resolveDue(calendar, submitted, termsFor('urgent', DEFAULT_REQUEST_LIMITS).resolve).at).toBe(at('2026-10-01 16:00'));
    expect(termsFor('complex', DEFAULT_REQUEST_LIMITS).resolve).toEqual({ unit: 'working_days', value: 15 });
  });

  it('uses the item’s own community limit where one is set', () => {
    expect(termsFor('normal', DEFAULT_REQUEST_LIMITS, { unit: 'workday', value: 3 })).toEqual({ acceptHours: 2, resolve: { unit: 'working_days', value: 3 }, source: 'item' });
    expect(termsFor('urgent', DEFAULT_REQUEST_LIMITS, { unit: 'day', value: 2 }).resolve).toEqual({ unit: 'hours', value: 48 });
  });

  it('pushes the deadline back by the office time a pause covered', () => {
    const calendar = calendarFor(OFFICE);
    const submitted = at('2026-11-23 09:00');
    const plain = resolveDue(calendar, submitted, normal.resolve).at;
    expect(plain).toBe(at('2026-11-30 17:30'));
    // Paused for a whole working day (Wednesday): one more working day.
    const paused = resolveDue(calendar, submitted, normal.resolve, [{ from: at('2026-11-25 00:00'), to: at('2026-11-26 00:00') }]);
    expect(paused.at).toBe(at('2026-12-01 17:30'));
  });

  it('flags a year whose holiday schedule is not published instead of guessing it', () => {
    const due = resolveDue(calendarFor(OFFICE), at('2026-12-29 10:00'), normal.resolve);
    expect(due.assumedYears).toEqual([2027]);
  });
});
