import type { OfficeHours } from '../../../types/working-hours';
import { isWorkingKind, type DayInfo, type DayKind, type HolidaySchedule } from './holiday-schedule';
import { officeWeek, spansOn, type OfficeWeek } from './office-week';
import { publishedHolidays } from './published-years';
import { normalisePauses, type ClockOptions, type DueTime, type Elapsed, type PausedInterval } from './reckoning';
import {
  dayNumberFromIso,
  dayNumberOf,
  dayStart,
  hhmmOf,
  HOUR_MS,
  isoWeekdayOf,
  MINUTE_MS,
  yearOf,
  type DayNumber,
  type IsoDate,
} from './shanghai-day';

/** A day the office is open, with its ranges as instants, for slot generation. */
export interface OpenDay {
  date: IsoDate;
  kind: DayKind;
  holiday?: string;
  published: boolean;
  ranges: { start: number; end: number; startText: string; endText: string }[];
}

/**
 * Far more than any limit we set (15 working days): a walk this long means the hours and the data leave no open
 * time, which must fail loudly rather than spin.
 */
const MAX_DAYS_WALKED = 3660;
/** Slot generation looks a few weeks ahead; a year is a generous ceiling. */
const MAX_OPEN_DAYS_RANGE = 366;

/**
 * Working time of one office (a community's office hours, or a lawyer's weekly hours) over the holiday data, in
 * Shanghai time whatever the process zone. Every instant is UTC epoch ms. Results name the years that had to be
 * read as weekends only because their schedule is not published.
 *
 * Days: a holiday is closed; a make-up day works a normal Monday-to-Friday schedule (see office-week.ts); any other
 * day works its weekday's ranges, so a community that opens on Saturday mornings counts them as working time.
 * Working days (addWorkingDays) are calendar working days: workdays and make-up days only.
 */
export class WorkingCalendar {
  private readonly week: OfficeWeek;

  constructor(
    hours: OfficeHours,
    private readonly holidays: HolidaySchedule = publishedHolidays,
  ) {
    this.week = officeWeek(hours);
  }

  /** The kind of a Shanghai date (workday, weekend, holiday, make-up) and whether its year is published. */
  day(date: IsoDate): DayInfo {
    return this.holidays.dayInfo(date);
  }

  /** Years between two instants (inclusive) whose schedule is not in our data. */
  missingYears(from: number, to: number): number[] {
    return this.holidays.missingYears(dayNumberOf(Math.min(from, to)), dayNumberOf(Math.max(from, to)));
  }

  addWorkingHours(start: number, hours: number, options: ClockOptions = {}): DueTime {
    if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`Working hours must be a finite number >= 0, got ${hours}`);
    return this.addWorkingTime(start, Math.round(hours * HOUR_MS), options);
  }

  /**
   * The earliest instant, at or after the office next opens, by which `amount` ms of unpaused office time have
   * passed since `start`. A request at 03:00 starts its clock at opening; one whose time runs out exactly at
   * closing is due at closing (17:30), not at the next opening. So with 0 ms it is the next open instant.
   */
  addWorkingTime(start: number, amount: number, options: ClockOptions = {}): DueTime {
    assertInstant(start);
    if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`Working time must be a finite number >= 0, got ${amount}`);
    const assumed = new Set<number>();
    let remaining = amount;
    let at = Number.NaN;
    this.walk(start, Number.POSITIVE_INFINITY, normalisePauses(options.paused), assumed, (from, to) => {
      if (remaining <= to - from) {
        at = from + remaining;
        return false;
      }
      remaining -= to - from;
      return true;
    });
    return { at, assumedYears: sorted(assumed) };
  }

  /**
   * The close of office hours on the `days`-th working day after the day of `start`; the day of the start never
   * counts, whatever the hour, as in the usual reckoning of periods in days. If the office keeps no hours on that
   * working day, the end of that day (24:00). Pauses push the deadline back by the office time they covered: the
   * due instant is when as much unpaused office time has passed as the plain deadline would have given.
   */
  addWorkingDays(start: number, days: number, options: ClockOptions = {}): DueTime {
    assertInstant(start);
    if (!Number.isInteger(days) || days < 1) throw new RangeError(`Working days must be a whole number >= 1, got ${days}`);
    const assumed = new Set<number>();
    const startDay = dayNumberOf(start);
    let day = startDay;
    let kind: DayKind;
    let counted = 0;
    do {
      day++;
      if (day - startDay > MAX_DAYS_WALKED) throw new RangeError('No working day found within ten years: check the holiday data');
      kind = this.kindOf(day, assumed);
      if (isWorkingKind(kind)) counted++;
    } while (counted < days);
    const spans = spansOn(this.week, kind, isoWeekdayOf(day));
    const last = spans[spans.length - 1];
    const plain = last ? dayStart(day) + last.end * MINUTE_MS : dayStart(day + 1);
    // The counting starts at the midnight after the start, so a pause on the day of the start moves nothing.
    const counting = dayStart(startDay + 1);
    const pauses = normalisePauses(options.paused).filter((p) => p.to > counting);
    if (pauses.length === 0) return { at: plain, assumedYears: sorted(assumed) };
    const budget = this.workingTimeBetween(counting, plain);
    const shifted = this.addWorkingTime(counting, budget.ms, { paused: pauses });
    for (const year of shifted.assumedYears) assumed.add(year);
    return { at: Math.max(plain, shifted.at), assumedYears: sorted(assumed) };
  }

  /** Office time between two instants (0 if `to` is earlier), less the paused parts. */
  workingTimeBetween(from: number, to: number, options: ClockOptions = {}): Elapsed {
    assertInstant(from);
    assertInstant(to);
    const assumed = new Set<number>();
    let ms = 0;
    if (to > from) {
      this.walk(from, to, normalisePauses(options.paused), assumed, (a, b) => {
        if (a >= to) return false;
        ms += Math.min(b, to) - a;
        return b < to;
      });
    }
    return { ms, assumedYears: sorted(assumed) };
  }

  /** Every day from `first` to `last` (inclusive, Shanghai dates) on which the office is open, with its ranges. */
  openDays(first: IsoDate, last: IsoDate): { days: OpenDay[]; assumedYears: number[] } {
    const firstDay = dayNumberFromIso(first);
    const lastDay = dayNumberFromIso(last);
    if (lastDay < firstDay || lastDay - firstDay >= MAX_OPEN_DAYS_RANGE) {
      throw new RangeError(`Open days are listed for 1 to ${MAX_OPEN_DAYS_RANGE} days, got ${first}..${last}`);
    }
    const assumed = new Set<number>();
    const days: OpenDay[] = [];
    for (let day = firstDay; day <= lastDay; day++) {
      const info = this.classify(day, assumed);
      const spans = spansOn(this.week, info.kind, info.isoWeekday);
      if (spans.length === 0) continue;
      const midnight = dayStart(day);
      days.push({
        date: info.date,
        kind: info.kind,
        ...(info.holiday ? { holiday: info.holiday } : {}),
        published: info.published,
        ranges: spans.map((s) => ({
          start: midnight + s.start * MINUTE_MS,
          end: midnight + s.end * MINUTE_MS,
          startText: hhmmOf(s.start),
          endText: hhmmOf(s.end),
        })),
      });
    }
    return { days, assumedYears: sorted(assumed) };
  }

  private classify(day: DayNumber, assumed: Set<number>): DayInfo {
    const info = this.holidays.classify(day);
    if (!info.published) assumed.add(yearOf(day));
    return info;
  }

  /** The hot path of classify: the kind alone, noting an unpublished year. */
  private kindOf(day: DayNumber, assumed: Set<number>): DayKind {
    if (!this.holidays.isPublishedDay(day)) assumed.add(yearOf(day));
    return this.holidays.kindOf(day);
  }

  /**
   * Calls `visit` with each stretch of unpaused office time from `from` on, in order, until it returns false or a
   * day begins at or after `until`. Steps a whole office range at a time (at most a few per day), never by minutes.
   */
  private walk(
    from: number,
    until: number,
    pauses: readonly PausedInterval[],
    assumed: Set<number>,
    visit: (from: number, to: number) => boolean,
  ): void {
    const firstDay = dayNumberOf(from);
    let next = 0; // the first pause that may still overlap what is left
    for (let day = firstDay; dayStart(day) < until; day++) {
      if (day - firstDay > MAX_DAYS_WALKED) throw new RangeError('No office time found within ten years: check the office hours and pauses');
      const midnight = dayStart(day);
      for (const span of spansOn(this.week, this.kindOf(day, assumed), isoWeekdayOf(day))) {
        const end = midnight + span.end * MINUTE_MS;
        let cursor = Math.max(midnight + span.start * MINUTE_MS, from);
        while (cursor < end) {
          while (next < pauses.length && pauses[next]!.to <= cursor) next++;
          const pause = pauses[next];
          const pieceEnd = pause && pause.from < end ? Math.max(cursor, pause.from) : end;
          if (pieceEnd > cursor && !visit(cursor, pieceEnd)) return;
          if (!pause || pieceEnd >= end) break;
          cursor = pause.to;
        }
      }
    }
  }
}

function assertInstant(ms: number): void {
  if (!Number.isFinite(ms)) throw new RangeError(`Not an instant: ${ms}`);
}

function sorted(years: Set<number>): number[] {
  return [...years].sort((a, b) => a - b);
}
