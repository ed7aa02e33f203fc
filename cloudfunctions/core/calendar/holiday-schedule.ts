import { dayNumberFromIso, isoDateOf, isoWeekdayOf, yearOf, type DayNumber, type IsoDate } from './shanghai-day';

/** One holiday of the State Council's yearly notice: its days off and the weekend days worked to make up for them. */
export interface Holiday {
  name: string;
  /** First and last day off, inclusive. */
  off: { from: IsoDate; to: IsoDate };
  /** 调休上班: weekend days that are working days. */
  makeUp: readonly IsoDate[];
}

/** One year's official schedule, as typed data with its source. */
export interface HolidayYear {
  year: number;
  /** The document the dates were taken from. */
  source: string;
  holidays: readonly Holiday[];
}

/**
 * workday: Monday to Friday, no holiday; weekend: Saturday or Sunday, no holiday and no make-up;
 * holiday: a day off under the notice (whatever its weekday); makeup: a weekend day worked under the notice.
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup';

export interface DayInfo {
  date: IsoDate;
  /** 1 = Monday … 7 = Sunday. */
  isoWeekday: number;
  kind: DayKind;
  /** The holiday a day off or a make-up day belongs to, e.g. 国庆节. */
  holiday?: string;
  /**
   * False when the year's official schedule is not in our data: the kind is then read from the weekday alone and
   * must be shown as provisional (节假日安排尚未发布), never as a fact.
   */
  published: boolean;
}

export function isWorkingKind(kind: DayKind): boolean {
  return kind === 'workday' || kind === 'makeup';
}

interface SpecialDay {
  kind: 'holiday' | 'makeup';
  holiday: string;
}

/** The loaded holiday years, compiled once into a lookup by day. */
export class HolidaySchedule {
  private readonly special = new Map<DayNumber, SpecialDay>();
  private readonly published: ReadonlySet<number>;
  /** The same years as first and last day numbers, so that the hot path never builds a Date. */
  private readonly publishedDays: readonly [DayNumber, DayNumber][];

  constructor(years: readonly HolidayYear[]) {
    const published = new Set<number>();
    for (const data of years) {
      if (published.has(data.year)) throw new Error(`Holiday year ${data.year} is listed twice`);
      published.add(data.year);
      for (const holiday of data.holidays) {
        const from = this.dayIn(data.year, holiday.off.from);
        const to = this.dayIn(data.year, holiday.off.to);
        if (to < from) throw new Error(`${data.year} ${holiday.name}: days off end before they start`);
        for (let day = from; day <= to; day++) this.mark(day, { kind: 'holiday', holiday: holiday.name });
        for (const date of holiday.makeUp) {
          const day = this.dayIn(data.year, date);
          // A make-up day on a weekday would change nothing: it can only be a mistake in the data.
          if (isoWeekdayOf(day) < 6) throw new Error(`${data.year} ${holiday.name}: make-up day ${date} is not a weekend day`);
          this.mark(day, { kind: 'makeup', holiday: holiday.name });
        }
      }
    }
    this.published = published;
    this.publishedDays = [...published].map((year) => [dayNumberFromIso(`${year}-01-01`), dayNumberFromIso(`${year}-12-31`)]);
  }

  /** Whether the official schedule of that year is in our data. */
  isPublished(year: number): boolean {
    return this.published.has(year);
  }

  classify(day: DayNumber): DayInfo {
    const isoWeekday = isoWeekdayOf(day);
    const special = this.special.get(day);
    const published = this.isPublishedDay(day);
    const date = isoDateOf(day);
    if (special) return { date, isoWeekday, kind: special.kind, holiday: special.holiday, published };
    return { date, isoWeekday, kind: isoWeekday >= 6 ? 'weekend' : 'workday', published };
  }

  /** The kind alone, without building a DayInfo: deadlines classify many days each. */
  kindOf(day: DayNumber): DayKind {
    return this.special.get(day)?.kind ?? (isoWeekdayOf(day) >= 6 ? 'weekend' : 'workday');
  }

  isPublishedDay(day: DayNumber): boolean {
    for (const [first, last] of this.publishedDays) if (day >= first && day <= last) return true;
    return false;
  }

  /** The kind of a Shanghai date, e.g. dayInfo('2026-10-10') → makeup (国庆节). */
  dayInfo(date: IsoDate): DayInfo {
    return this.classify(dayNumberFromIso(date));
  }

  /** Years from the first to the last day (inclusive) that are not published, ascending. */
  missingYears(firstDay: DayNumber, lastDay: DayNumber): number[] {
    const missing: number[] = [];
    for (let year = yearOf(firstDay); year <= yearOf(lastDay); year++) if (!this.published.has(year)) missing.push(year);
    return missing;
  }

  /** A notice may name a day at the edge of the year before or after (a make-up day for 元旦), never further. */
  private dayIn(year: number, date: IsoDate): DayNumber {
    const day = dayNumberFromIso(date);
    if (Math.abs(yearOf(day) - year) > 1) throw new Error(`Holiday year ${year}: ${date} is outside the year`);
    return day;
  }

  private mark(day: DayNumber, value: SpecialDay): void {
    if (this.special.has(day)) throw new Error(`${isoDateOf(day)} appears twice in the holiday data`);
    this.special.set(day, value);
  }
}
