import { WorkingCalendar } from '../../cloudfunctions/core/calendar/working-calendar';
import type { OfficeHours } from '../../types/working-hours';
import { at, mondayToFriday, wall, withLunch } from '../support/calendar-fixtures';

const closed: OfficeHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
const summary = (calendar: WorkingCalendar, first: string, last: string) =>
  calendar.openDays(first, last).days.map((d) => `${d.date} ${d.kind} ${d.ranges.map((r) => `${r.startText}-${r.endText}`).join(' ')}`);

describe('open days for slot generation', () => {
  it('lists each open day with its ranges as instants and as text', () => {
    const { days, assumedYears } = withLunch.openDays('2026-09-18', '2026-09-21');
    expect(assumedYears).toEqual([]);
    expect(days.map((d) => d.date)).toEqual(['2026-09-18', '2026-09-20', '2026-09-21']);
    expect(days[1]).toEqual({
      date: '2026-09-20',
      kind: 'makeup',
      holiday: '国庆节',
      published: true,
      ranges: [
        { start: at('2026-09-20 08:30'), end: at('2026-09-20 12:00'), startText: '08:30', endText: '12:00' },
        { start: at('2026-09-20 14:00'), end: at('2026-09-20 17:30'), startText: '14:00', endText: '17:30' },
      ],
    });
  });

  it('a lawyer who keeps Wednesday afternoons: no slot on a holiday, none on a make-up day', () => {
    const lawyer = new WorkingCalendar({ ...closed, wed: [{ start: '14:00', end: '17:00' }] });
    expect(summary(lawyer, '2026-09-14', '2026-10-11')).toEqual([
      '2026-09-16 workday 14:00-17:00',
      '2026-09-23 workday 14:00-17:00',
      '2026-09-30 workday 14:00-17:00',
    ]);
  });

  it('a lawyer who keeps Sunday mornings works neither the make-up Sunday nor the 中秋节 Sunday', () => {
    const lawyer = new WorkingCalendar({ ...closed, sun: [{ start: '09:00', end: '12:00' }] });
    expect(summary(lawyer, '2026-09-13', '2026-10-04')).toEqual(['2026-09-13 weekend 09:00-12:00']);
  });

  it('refuses a reversed or overlong range and malformed dates', () => {
    expect(() => withLunch.openDays('2026-10-02', '2026-10-01')).toThrow(RangeError);
    expect(() => withLunch.openDays('2026-01-01', '2027-01-02')).toThrow(RangeError);
    expect(() => withLunch.openDays('2026-1-1', '2026-01-02')).toThrow(RangeError);
    // 2026: 261 days Monday to Friday, 19 of them days off, and 6 make-up days.
    expect(withLunch.openDays('2026-01-01', '2026-12-31').days).toHaveLength(261 - 19 + 6);
  });
});

describe('which hours a day works', () => {
  it('a make-up day works the schedule most of Monday to Friday share', () => {
    const fridayMorning = new WorkingCalendar({ ...mondayToFriday([{ start: '08:30', end: '17:30' }]), fri: [{ start: '08:30', end: '12:00' }] });
    expect(summary(fridayMorning, '2026-09-18', '2026-09-20')).toEqual(['2026-09-18 workday 08:30-12:00', '2026-09-20 makeup 08:30-17:30']);
    // Five different days: the tie goes to Monday.
    const everyDayDifferent = new WorkingCalendar({
      ...closed,
      mon: [{ start: '08:00', end: '12:00' }],
      tue: [{ start: '09:00', end: '12:00' }],
      wed: [{ start: '10:00', end: '12:00' }],
      thu: [{ start: '11:00', end: '12:00' }],
      fri: [{ start: '14:00', end: '15:00' }],
    });
    expect(summary(everyDayDifferent, '2026-10-10', '2026-10-10')).toEqual(['2026-10-10 makeup 08:00-12:00']);
  });

  it('Saturday hours count on a plain Saturday, never on a holiday, and a make-up Saturday works weekday hours', () => {
    const saturdayMornings = new WorkingCalendar({ ...mondayToFriday([{ start: '08:30', end: '17:30' }]), sat: [{ start: '09:00', end: '12:00' }] });
    expect(summary(saturdayMornings, '2026-09-26', '2026-10-10').filter((line) => !line.includes('workday'))).toEqual([
      '2026-10-10 makeup 08:30-17:30',
    ]);
    expect(summary(saturdayMornings, '2026-11-21', '2026-11-21')).toEqual(['2026-11-21 weekend 09:00-12:00']);
    expect(wall(saturdayMornings.addWorkingHours(at('2026-11-20 17:00'), 1).at)).toBe('2026-11-21 09:30');
    // Working days stay calendar working days: the Saturday does not count.
    expect(wall(saturdayMornings.addWorkingDays(at('2026-11-20 10:00'), 1).at)).toBe('2026-11-23 17:30');
  });
});
