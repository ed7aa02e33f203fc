import { HOUR_MS } from '../../cloudfunctions/core/calendar/shanghai-day';
import { WorkingCalendar } from '../../cloudfunctions/core/calendar/working-calendar';
import { fromShanghai, shanghai } from '../../types/time';
import { DEFAULT_OFFICE_HOURS, type OfficeHours, type TimeRange } from '../../types/working-hours';

/** Shanghai wall time → epoch ms, through dayjs: an implementation independent of the calendar's own arithmetic. */
export const at = (wall: string) => fromShanghai(wall);
/** Epoch ms → 'YYYY-MM-DD HH:mm' Shanghai, through dayjs. */
export const wall = (ms: number) => shanghai(ms).format('YYYY-MM-DD HH:mm');
export const hours = (h: number) => h * HOUR_MS;

export const mondayToFriday = (ranges: TimeRange[]): OfficeHours => ({ mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges, sat: [], sun: [] });

/** The grid issue's example: 08:30–17:30 without a lunch break. */
export const straightDay = new WorkingCalendar(mondayToFriday([{ start: '08:30', end: '17:30' }]));
/** Our default: 08:30–12:00 and 14:00–17:30 (7 working hours a day). */
export const withLunch = new WorkingCalendar(DEFAULT_OFFICE_HOURS);

/**
 * A fixed set of reckonings, printed as text: the time-zone test computes them in this process and in a child
 * process started in other zones, and requires the same lines.
 */
export function referenceReckonings(): string[] {
  const start = at('2026-09-18 16:00');
  const pause = [{ from: at('2026-09-18 16:30'), to: at('2026-09-20 10:00') }];
  return [
    wall(straightDay.addWorkingHours(start, 2).at),
    wall(straightDay.addWorkingHours(start, 2, { paused: pause }).at),
    wall(withLunch.addWorkingDays(at('2026-09-30 16:00'), 5).at),
    wall(withLunch.addWorkingHours(at('2026-12-31 17:29'), 2).at),
    wall(withLunch.addWorkingHours(at('2026-11-17 03:00'), 2).at),
    String(withLunch.workingTimeBetween(at('2026-02-13 08:00'), at('2026-03-02 12:00')).ms),
    JSON.stringify(withLunch.openDays('2026-09-18', '2026-09-21').days.map((d) => [d.date, d.kind, d.ranges.map((r) => wall(r.start))])),
    JSON.stringify(withLunch.day('2026-10-10')),
  ];
}
