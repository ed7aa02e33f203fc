import { HOUR_MS } from './shanghai-day';
import { normalisePauses, type ClockOptions, type DueTime, type Elapsed } from './reckoning';

/**
 * Wall-clock limits (an urgent request resolved within 24 hours) run through nights, weekends and holidays; only
 * pauses stop them. No holiday data is read, so assumedYears is always empty: the shape matches the working-time
 * functions so that callers treat every limit alike.
 */
export function addWallClockHours(start: number, hours: number, options: ClockOptions = {}): DueTime {
  if (!Number.isFinite(start) || !Number.isFinite(hours) || hours < 0) throw new RangeError(`Cannot add ${hours} hours to ${start}`);
  let at = start + Math.round(hours * HOUR_MS);
  // Pauses are sorted and merged: each one that begins before the current due time pushes it back by the part of
  // the pause after the start.
  for (const pause of normalisePauses(options.paused)) {
    if (pause.to <= start) continue;
    if (pause.from >= at) break;
    at += pause.to - Math.max(pause.from, start);
  }
  return { at, assumedYears: [] };
}

/** Wall-clock time from `from` to `to` (0 if `to` is earlier), less the paused parts. */
export function wallClockBetween(from: number, to: number, options: ClockOptions = {}): Elapsed {
  if (to <= from) return { ms: 0, assumedYears: [] };
  let ms = to - from;
  for (const pause of normalisePauses(options.paused)) {
    const overlap = Math.min(pause.to, to) - Math.max(pause.from, from);
    if (overlap > 0) ms -= overlap;
  }
  return { ms, assumedYears: [] };
}
