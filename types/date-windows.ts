import { shanghai } from './time';
import { validationNow } from './validation-time';

/**
 * Sane windows for every date people enter, shared by the pages (their pickers offer only the window) and the
 * schemas and checks the functions run (with the server's clock pinned: validation-time.ts). Days are Shanghai days.
 */
export const DAY_MS = 24 * 3_600_000;

/** The month the Party was founded: no one joined before it. */
export const PARTY_FOUNDED = '1921-07';

/** A form date asking about the future (期望日期: within the next year) or the past (a birth date, in living memory). */
export type FormDateWhen = 'upcoming' | 'past';
const FORM_DATE_DAYS: Record<FormDateWhen, { back: number; ahead: number }> = {
  upcoming: { back: 0, ahead: 365 },
  past: { back: 120 * 365, ahead: 0 },
};

/** Activities: published at most two years ahead; deadlines set at most 90 days before the start. */
export const ACTIVITY_AHEAD_MS = 2 * 365 * DAY_MS;
export const DEADLINE_LEAD_MS = 90 * DAY_MS;

export const todayText = (now: number = validationNow()) => shanghai(now).format('YYYY-MM-DD');
export const thisMonthText = (now: number = validationNow()) => shanghai(now).format('YYYY-MM');

/** The first and last day a form date may take, as YYYY-MM-DD (also the date picker's start and end). */
export function formDateRange(when: FormDateWhen, today: string = todayText()): { start: string; end: string } {
  const day = shanghai(Date.parse(`${today}T12:00:00+08:00`));
  const { back, ahead } = FORM_DATE_DAYS[when];
  return { start: day.subtract(back, 'day').format('YYYY-MM-DD'), end: day.add(ahead, 'day').format('YYYY-MM-DD') };
}

/** Why a form date is outside its window, or null. */
export function formDateProblem(when: FormDateWhen, date: string, label: string, today: string = todayText()): string | null {
  const { start, end } = formDateRange(when, today);
  if (date < start) return when === 'upcoming' ? `${label}不能早于今天` : `${label}不能早于${start.slice(0, 4)}年`;
  if (date > end) return when === 'upcoming' ? `${label}须在一年以内` : `${label}不能晚于今天`;
  return null;
}

/** Why a month (YYYY-MM) of joining the Party is outside its window, or null. */
export function joinedMonthProblem(month: string, now: number = validationNow()): string | null {
  if (month < PARTY_FOUNDED) return '入党时间不能早于1921年7月';
  if (month > thisMonthText(now)) return '入党时间不能晚于本月';
  return null;
}

/** Why a quarter (2026-Q4) is outside what can be reported on (from 2020 to this year), or null. */
export function quarterProblem(quarter: string, now: number = validationNow()): string | null {
  const year = Number(quarter.slice(0, 4));
  if (year < 2020) return '季度不能早于2020年';
  if (year > shanghai(now).year()) return '季度不能晚于今年';
  return null;
}
