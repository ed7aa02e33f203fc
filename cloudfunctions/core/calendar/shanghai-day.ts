/**
 * Shanghai calendar days as plain numbers, by fixed +08:00 arithmetic: China has kept UTC+8 without daylight
 * saving since 1991, so this is exact, and it never reads the process time zone (CloudBase runs in UTC).
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
const OFFSET_MS = 8 * HOUR_MS;

/** A Shanghai date as the count of days since 1970-01-01 (Shanghai); consecutive dates are consecutive numbers. */
export type DayNumber = number;

/** 'YYYY-MM-DD', a Shanghai calendar date. */
export type IsoDate = string;

export function dayNumberOf(ms: number): DayNumber {
  return Math.floor((ms + OFFSET_MS) / DAY_MS);
}

/** The instant of Shanghai midnight that begins the day. */
export function dayStart(day: DayNumber): number {
  return day * DAY_MS - OFFSET_MS;
}

export function isoDateOf(day: DayNumber): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Strict: a malformed or impossible date (2026-02-30) throws, because a calendar must never guess. */
export function dayNumberFromIso(date: IsoDate): DayNumber {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match) {
    const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    if (new Date(ms).toISOString().slice(0, 10) === date) return ms / DAY_MS;
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
}

/** 1 = Monday … 7 = Sunday (ISO 8601). 1970-01-01 was a Thursday. */
export function isoWeekdayOf(day: DayNumber): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function yearOf(day: DayNumber): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** Minutes after midnight → 'HH:mm' (1440 → '24:00'). */
export function hhmmOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
