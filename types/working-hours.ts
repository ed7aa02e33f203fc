import * as z from 'zod';

/**
 * Office hours as an admin edits them: for each weekday, zero or more time ranges in Shanghai wall time. A lunch
 * break is simply two ranges. These hours drive request clocks and slot generation, so they are structured data,
 * not the free text shown on a catalog item. Pages import this file: it must stay free of server code.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: '周一',
  tue: '周二',
  wed: '周三',
  thu: '周四',
  fri: '周五',
  sat: '周六',
  sun: '周日',
};

/** Enough for a morning, an afternoon and an evening session with room to spare. */
export const MAX_RANGES_PER_DAY = 4;

const START = /^([01]\d|2[0-3]):[0-5]\d$/;
/** An end may be 24:00 (open until midnight); a start may not. */
const END = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** 'HH:mm' → minutes after midnight. Only for strings the schema has accepted. */
export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

export const TimeRangeSchema = z
  .object({
    start: z.string().regex(START, '开始时间格式应为 HH:mm，例如 08:30'),
    end: z.string().regex(END, '结束时间格式应为 HH:mm，例如 17:30'),
  })
  // zod runs this even when a format check failed; a malformed time has had its message already.
  .refine((r) => !START.test(r.start) || !END.test(r.end) || minutesOf(r.end) > minutesOf(r.start), {
    message: '结束时间须晚于开始时间',
    path: ['end'],
  });
export type TimeRange = z.infer<typeof TimeRangeSchema>;

const DayRangesSchema = z
  .array(TimeRangeSchema)
  .max(MAX_RANGES_PER_DAY, `每天最多设置${MAX_RANGES_PER_DAY}个时段`)
  .superRefine((ranges, ctx) => {
    for (let i = 1; i < ranges.length; i++) {
      const previous = ranges[i - 1]!;
      const current = ranges[i]!;
      // Touching ranges (12:00-12:00) are one range written twice: asking for a gap keeps every schedule in one
      // spelling, so that two equal schedules always compare and display the same.
      if (START.test(current.start) && END.test(previous.end) && minutesOf(current.start) <= minutesOf(previous.end)) {
        ctx.addIssue({ code: 'custom', message: '同一天的时段须按先后排列，且互不重叠、互不相连', path: [i, 'start'] });
      }
    }
  });

export const OfficeHoursSchema = z
  .object({
    mon: DayRangesSchema,
    tue: DayRangesSchema,
    wed: DayRangesSchema,
    thu: DayRangesSchema,
    fri: DayRangesSchema,
    sat: DayRangesSchema,
    sun: DayRangesSchema,
  })
  // A week without any open time would make every deadline infinite.
  .refine((hours) => WEEKDAYS.some((day) => hours[day].length > 0), { message: '每周至少设置一个办公时段' });
export type OfficeHours = z.infer<typeof OfficeHoursSchema>;

const workdayRanges: TimeRange[] = [
  { start: '08:30', end: '12:00' },
  { start: '14:00', end: '17:30' },
];

/**
 * Our default for a community that has set nothing: 08:30–12:00 and 14:00–17:30, Monday to Friday. It is a common
 * pattern for community offices, not a national rule; each community sets its own.
 */
export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  mon: workdayRanges,
  tue: workdayRanges,
  wed: workdayRanges,
  thu: workdayRanges,
  fri: workdayRanges,
  sat: [],
  sun: [],
};

function rangesText(ranges: readonly TimeRange[]): string {
  return ranges.map((r) => `${r.start}-${r.end}`).join(' ');
}

/**
 * One line for people, consecutive weekdays with the same hours grouped:
 * `周一至周五 08:30-12:00 14:00-17:30`, or `周一至周四 08:30-17:30；周五 08:30-12:00；周六 09:00-12:00`.
 * Closed days are left out.
 */
export function describeOfficeHours(hours: OfficeHours): string {
  const groups: { first: Weekday; last: Weekday; text: string }[] = [];
  for (const day of WEEKDAYS) {
    const text = rangesText(hours[day]);
    const open = groups[groups.length - 1];
    const follows = open !== undefined && WEEKDAYS.indexOf(open.last) === WEEKDAYS.indexOf(day) - 1;
    if (follows && open.text === text) open.last = day;
    else groups.push({ first: day, last: day, text });
  }
  return groups
    .filter((g) => g.text !== '')
    .map((g) => {
      const span = WEEKDAYS.indexOf(g.last) - WEEKDAYS.indexOf(g.first);
      const days =
        span === 0
          ? WEEKDAY_NAMES[g.first]
          : span === 1
            ? `${WEEKDAY_NAMES[g.first]}、${WEEKDAY_NAMES[g.last]}`
            : `${WEEKDAY_NAMES[g.first]}至${WEEKDAY_NAMES[g.last]}`;
      return `${days} ${g.text}`;
    })
    .join('；');
}
