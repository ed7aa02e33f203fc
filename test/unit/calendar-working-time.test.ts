import { addWallClockHours, wallClockBetween } from '../../cloudfunctions/core/calendar/wall-clock';
import { WorkingCalendar } from '../../cloudfunctions/core/calendar/working-calendar';
import { at, hours, mondayToFriday, straightDay, wall, withLunch } from '../support/calendar-fixtures';

describe('the grid issue example', () => {
  it('a normal request at 16:00 on Friday 2026-09-18 with 2 working hours is due at 09:00 on the make-up Sunday', () => {
    expect(straightDay.addWorkingHours(at('2026-09-18 16:00'), 2)).toEqual({ at: at('2026-09-20 09:00'), assumedYears: [] });
  });
});

describe('working hours', () => {
  it('skip 国庆节 (10-01..10-07) and count the make-up Saturday 10-10', () => {
    expect(wall(withLunch.addWorkingHours(at('2026-09-30 16:00'), 2).at)).toBe('2026-10-08 09:00');
    expect(wall(withLunch.addWorkingHours(at('2026-10-09 17:00'), 1).at)).toBe('2026-10-10 09:00');
    // 09-30, 10-08 and 10-09, seven hours each; nothing from the seven days off.
    expect(withLunch.workingTimeBetween(at('2026-09-30 00:00'), at('2026-10-09 23:59')).ms).toBe(hours(21));
  });

  it('skip 春节 2026 (02-15..02-23) and count the make-up Saturdays 02-14 and 02-28', () => {
    expect(wall(withLunch.addWorkingHours(at('2026-02-13 16:00'), 2).at)).toBe('2026-02-14 09:00');
    expect(wall(withLunch.addWorkingHours(at('2026-02-14 17:00'), 2).at)).toBe('2026-02-24 10:00');
    expect(wall(withLunch.addWorkingHours(at('2026-02-27 17:00'), 2).at)).toBe('2026-02-28 10:00');
    // 02-13, 02-14 (make-up), 02-24..02-27, 02-28 (make-up): seven days, then Monday 03-02 morning.
    expect(withLunch.workingTimeBetween(at('2026-02-13 08:00'), at('2026-03-02 12:00')).ms).toBe(hours(7 * 7 + 3.5));
  });

  it('a request at 17:29 has one minute that day; one at 03:00 starts at opening', () => {
    expect(wall(withLunch.addWorkingHours(at('2026-11-16 17:29'), 2).at)).toBe('2026-11-17 10:29');
    expect(wall(withLunch.addWorkingTime(at('2026-11-16 17:29'), 60_000).at)).toBe('2026-11-16 17:30'); // due at closing, not next morning
    expect(wall(withLunch.addWorkingHours(at('2026-11-17 03:00'), 2).at)).toBe('2026-11-17 10:30');
    expect(wall(withLunch.addWorkingHours(at('2026-11-17 03:00'), 0).at)).toBe('2026-11-17 08:30');
    expect(wall(withLunch.addWorkingHours(at('2026-11-17 18:00'), 0.5).at)).toBe('2026-11-18 09:00');
  });

  it('leave out the lunch gap', () => {
    expect(wall(withLunch.addWorkingHours(at('2026-11-17 11:00'), 2).at)).toBe('2026-11-17 15:00');
    expect(wall(withLunch.addWorkingHours(at('2026-11-17 12:30'), 1).at)).toBe('2026-11-17 15:00');
    expect(wall(withLunch.addWorkingHours(at('2026-11-17 10:00'), 2).at)).toBe('2026-11-17 12:00');
    expect(withLunch.workingTimeBetween(at('2026-11-17 11:30'), at('2026-11-17 14:30')).ms).toBe(hours(1));
    expect(straightDay.workingTimeBetween(at('2026-11-17 11:30'), at('2026-11-17 14:30')).ms).toBe(hours(3));
  });

  it('refuse nonsense rather than guess', () => {
    expect(() => withLunch.addWorkingHours(at('2026-11-17 10:00'), -1)).toThrow(RangeError);
    expect(() => withLunch.addWorkingHours(at('2026-11-17 10:00'), Number.NaN)).toThrow(RangeError);
    expect(() => withLunch.addWorkingHours(Number.POSITIVE_INFINITY, 1)).toThrow(RangeError);
    expect(withLunch.workingTimeBetween(at('2026-11-18 10:00'), at('2026-11-17 10:00')).ms).toBe(0);
  });
});

describe('working days', () => {
  it('end at closing on the Nth working day after the day of the request', () => {
    // 5 working days from Friday 16:00: the make-up Sunday 09-20, then 09-21..09-24.
    expect(wall(straightDay.addWorkingDays(at('2026-09-18 16:00'), 5).at)).toBe('2026-09-24 17:30');
    // The day of the request never counts, even at 03:00.
    expect(wall(withLunch.addWorkingDays(at('2026-11-17 03:00'), 5).at)).toBe('2026-11-24 17:30');
    expect(wall(withLunch.addWorkingDays(at('2026-11-21 10:00'), 1).at)).toBe('2026-11-23 17:30'); // from a Saturday
  });

  it('skip 国庆节 and 春节 and count their make-up days', () => {
    expect(wall(withLunch.addWorkingDays(at('2026-09-30 16:00'), 3).at)).toBe('2026-10-10 17:30');
    expect(wall(withLunch.addWorkingDays(at('2026-09-30 16:00'), 5).at)).toBe('2026-10-13 17:30');
    // 15 working days (a complex request) from 02-13: 02-14, 02-24..02-28, 03-02..03-06, 03-09..03-12.
    expect(wall(withLunch.addWorkingDays(at('2026-02-13 16:00'), 15).at)).toBe('2026-03-12 17:30');
  });

  it('end at midnight of a working day on which the office keeps no hours', () => {
    const mondayToThursday = new WorkingCalendar({ ...mondayToFriday([{ start: '09:00', end: '17:00' }]), fri: [] });
    expect(wall(mondayToThursday.addWorkingDays(at('2026-11-18 10:00'), 2).at)).toBe('2026-11-21 00:00');
  });

  it('move back by the office time a pause covered', () => {
    // A pause over all of Monday 09-21 (nine office hours) moves Thursday 17:30 by a working day; Friday 09-25
    // is 中秋节, so Monday 09-28.
    const paused = [{ from: at('2026-09-21 08:00'), to: at('2026-09-21 18:00') }];
    expect(wall(straightDay.addWorkingDays(at('2026-09-18 16:00'), 5, { paused }).at)).toBe('2026-09-28 17:30');
    // A pause before the request changes nothing.
    const before = [{ from: at('2026-09-17 08:00'), to: at('2026-09-18 12:00') }];
    expect(wall(straightDay.addWorkingDays(at('2026-09-18 16:00'), 5, { paused: before }).at)).toBe('2026-09-24 17:30');
    // Nor does one on the day of the request, which never counts.
    const sameDay = [{ from: at('2026-09-18 16:30'), to: at('2026-09-18 23:00') }];
    expect(wall(straightDay.addWorkingDays(at('2026-09-18 16:00'), 5, { paused: sameDay }).at)).toBe('2026-09-24 17:30');
    // Half an hour paused on the make-up Sunday: due half an hour into the next working day.
    const halfHour = [{ from: at('2026-09-20 10:00'), to: at('2026-09-20 10:30') }];
    expect(wall(straightDay.addWorkingDays(at('2026-09-18 16:00'), 5, { paused: halfHour }).at)).toBe('2026-09-28 09:00');
  });

  it('must be a whole number of at least one', () => {
    expect(() => withLunch.addWorkingDays(at('2026-11-17 10:00'), 0)).toThrow(RangeError);
    expect(() => withLunch.addWorkingDays(at('2026-11-17 10:00'), 1.5)).toThrow(RangeError);
  });
});

describe('paused clocks (waiting on the resident)', () => {
  const start = at('2026-09-18 16:00');
  const paused = [{ from: at('2026-09-18 16:30'), to: at('2026-09-20 10:00') }];

  it('stop the working clock for the pause and give the same time back when measured', () => {
    const due = straightDay.addWorkingHours(start, 2, { paused });
    expect(wall(due.at)).toBe('2026-09-20 11:30'); // half an hour on Friday, an hour and a half on Sunday from 10:00
    expect(straightDay.workingTimeBetween(start, due.at, { paused }).ms).toBe(hours(2));
    expect(straightDay.workingTimeBetween(start, due.at).ms).toBe(hours(1.5 + 3)); // Friday 16:00-17:30, Sunday 08:30-11:30
  });

  it('merge pauses given out of order and overlapping, and ignore empty ones', () => {
    const messy = [
      { from: at('2026-09-20 08:00'), to: at('2026-09-20 10:00') },
      { from: at('2026-09-18 16:30'), to: at('2026-09-19 12:00') },
      { from: at('2026-09-19 11:00'), to: at('2026-09-20 09:00') },
      { from: at('2026-09-20 15:00'), to: at('2026-09-20 15:00') },
    ];
    expect(straightDay.addWorkingHours(start, 2, { paused: messy }).at).toBe(at('2026-09-20 11:30'));
  });

  it('stop the wall clock too (an urgent request: 24 hours)', () => {
    expect(wall(addWallClockHours(start, 24).at)).toBe('2026-09-19 16:00');
    const twoHours = [{ from: at('2026-09-19 01:00'), to: at('2026-09-19 03:00') }];
    expect(addWallClockHours(start, 24, { paused: twoHours })).toEqual({ at: at('2026-09-19 18:00'), assumedYears: [] });
    expect(wallClockBetween(start, at('2026-09-19 18:00'), { paused: twoHours }).ms).toBe(hours(24));
    // Only the part of a pause after the start counts.
    const straddling = [{ from: at('2026-09-18 15:00'), to: at('2026-09-18 17:00') }];
    expect(wall(addWallClockHours(start, 24, { paused: straddling }).at)).toBe('2026-09-19 17:00');
    // Wall-clock hours run through holidays.
    expect(wall(addWallClockHours(at('2026-09-30 20:00'), 24).at)).toBe('2026-10-01 20:00');
  });

  it('refuse a pause that ends before it starts', () => {
    const backwards = [{ from: at('2026-09-19 03:00'), to: at('2026-09-19 01:00') }];
    expect(() => straightDay.addWorkingHours(start, 2, { paused: backwards })).toThrow(RangeError);
    expect(() => addWallClockHours(start, 24, { paused: backwards })).toThrow(RangeError);
  });
});

describe('a year whose schedule is not published (2027)', () => {
  it('is read as weekends only and named in every answer', () => {
    // 2027-01-01 is a Friday: probably 元旦, but we hold no 2027 notice, so it counts as a workday, flagged.
    expect(withLunch.addWorkingHours(at('2026-12-31 16:00'), 2)).toEqual({ at: at('2027-01-01 09:00'), assumedYears: [2027] });
    expect(withLunch.addWorkingDays(at('2026-12-30 10:00'), 5)).toEqual({ at: at('2027-01-06 17:30'), assumedYears: [2027] });
    expect(withLunch.workingTimeBetween(at('2026-12-31 00:00'), at('2027-01-04 12:00'))).toEqual({ ms: hours(7 + 7 + 3.5), assumedYears: [2027] });
    expect(withLunch.day('2027-10-01')).toMatchObject({ kind: 'workday', published: false });
    expect(withLunch.missingYears(at('2026-12-31 10:00'), at('2028-02-01 10:00'))).toEqual([2027, 2028]);
    const { days, assumedYears } = withLunch.openDays('2027-01-01', '2027-01-04');
    expect(days.map((d) => [d.date, d.kind, d.published])).toEqual([
      ['2027-01-01', 'workday', false],
      ['2027-01-04', 'workday', false],
    ]);
    expect(assumedYears).toEqual([2027]);
  });

  it('is not named when the answer stays within published years', () => {
    expect(withLunch.addWorkingHours(at('2026-12-31 10:00'), 2).assumedYears).toEqual([]);
    expect(withLunch.workingTimeBetween(at('2026-12-01 00:00'), at('2026-12-31 23:00')).assumedYears).toEqual([]);
  });
});
