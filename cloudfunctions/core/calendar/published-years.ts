import { HolidaySchedule, type HolidayYear } from './holiday-schedule';
import { HOLIDAYS_2026 } from './holidays-2026';

/**
 * The one list of holiday years we hold. The State Council publishes each year's schedule around November of the
 * year before: add its file here when it is out, and not before. A year missing from this list is read as
 * weekends only and reported by every calendar function (assumedYears), so that users see 节假日安排尚未发布.
 * No official 2027 schedule was found (checked December 2026).
 */
export const PUBLISHED_HOLIDAY_YEARS: readonly HolidayYear[] = [HOLIDAYS_2026];

export const publishedHolidays = new HolidaySchedule(PUBLISHED_HOLIDAY_YEARS);
