import type { TimeRange } from '../../../types/working-hours';

/** Ready-made windows: most volunteers keep a morning, an afternoon or an evening. */
export const PRESETS: Array<{ key: string; name: string; range: TimeRange }> = [
  { key: 'am', name: '上午', range: { start: '09:00', end: '12:00' } },
  { key: 'pm', name: '下午', range: { start: '14:00', end: '17:00' } },
  { key: 'eve', name: '晚上', range: { start: '19:00', end: '21:00' } },
];

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Adds a window in time order, or says why not (the server checks again). */
export function addRange(ranges: readonly TimeRange[], range: TimeRange): TimeRange[] | string {
  if (minutes(range.end) <= minutes(range.start)) return '结束时间须晚于开始时间';
  if (minutes(range.start) % 5 || minutes(range.end) % 5) return '时间须为5分钟的整数倍';
  if (ranges.some((r) => minutes(range.start) <= minutes(r.end) && minutes(r.start) <= minutes(range.end))) return '与已有时段重叠或相连';
  return [...ranges, range].sort((a, b) => minutes(a.start) - minutes(b.start));
}

export const rangeText = (r: TimeRange) => `${r.start}-${r.end}`;
