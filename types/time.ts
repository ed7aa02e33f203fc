import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale('zh-cn');

/** Every time is stored as UTC epoch ms and read in Shanghai, whatever zone the machine runs in (CloudBase: UTC). */
export const ZONE = 'Asia/Shanghai';

export function shanghai(ms: number): dayjs.Dayjs {
  return dayjs(ms).tz(ZONE);
}

/** 2026-12-01 09:30 → epoch ms, read as Shanghai wall time. */
export function fromShanghai(wallTime: string): number {
  return dayjs.tz(wallTime, ZONE).valueOf();
}

/** e.g. 12月1日 周二 09:30 */
export function formatDateTime(ms: number): string {
  return shanghai(ms).format('M月D日 ddd HH:mm');
}

export function formatDate(ms: number): string {
  return shanghai(ms).format('YYYY年M月D日');
}
