/**
 * Shanghai wall time on the phone without a date library: China has kept UTC+8 without daylight saving since
 * 1991, so a fixed offset is exact and the page is right whatever zone the phone is set to.
 */
const OFFSET = 8 * 3_600_000;
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const pad = (n: number) => String(n).padStart(2, '0');

function parts(ms: number) {
  const d = new Date(ms + OFFSET);
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), w: d.getUTCDay() };
}

/** 11月28日 周六 09:00 */
export function fmtDateTime(ms: number): string {
  const p = parts(ms);
  return `${p.mo}月${p.d}日 ${WEEKDAYS[p.w]} ${pad(p.h)}:${pad(p.mi)}`;
}

/** 11月28日 09:00, for lists where the weekday adds nothing. */
export function fmtShortDateTime(ms: number): string {
  const p = parts(ms);
  return `${p.mo}月${p.d}日 ${pad(p.h)}:${pad(p.mi)}`;
}

export function fmtTime(ms: number): string {
  const p = parts(ms);
  return `${pad(p.h)}:${pad(p.mi)}`;
}

/** 11月28日 周六 09:00–11:30, or both dates when it spans days. */
export function fmtRange(start: number, end: number): string {
  const sameDay = dateInput(start) === dateInput(end);
  return `${fmtDateTime(start)}–${sameDay ? fmtTime(end) : fmtDateTime(end)}`;
}

/** YYYY-MM-DD, as date pickers take it. */
export function dateInput(ms: number): string {
  const p = parts(ms);
  return `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
}

/** HH:mm, as time pickers take it. */
export function timeInput(ms: number): string {
  return fmtTime(ms);
}

/** Picker values (Shanghai wall time) → epoch ms. */
export function fromWall(date: string, time: string): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return Date.UTC(y, mo - 1, d, h, mi) - OFFSET;
}

/** Midnight (Shanghai) of the day `days` after the one holding `ms`, plus `hhmm`. */
export function dayAt(ms: number, days: number, hhmm: string): number {
  const p = parts(ms);
  const [h, mi] = hhmm.split(':').map(Number) as [number, number];
  return Date.UTC(p.y, p.mo - 1, p.d + days, h, mi) - OFFSET;
}

/** The quarter holding `ms`, e.g. 2026-Q4, and the one before it. */
export function quarterOf(ms: number, back = 0): string {
  const p = parts(ms);
  const index = p.y * 4 + Math.floor((p.mo - 1) / 3) - back;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}
