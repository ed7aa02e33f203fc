/** What a deadline computation returns: the instant, and the years it had to read as weekends only. */
export interface DueTime {
  at: number;
  /** Years touched whose holiday schedule is not in our data (ascending); show 节假日安排尚未发布 when non-empty. */
  assumedYears: number[];
}

/** What a measurement returns: time in ms, and the years it had to read as weekends only. */
export interface Elapsed {
  ms: number;
  assumedYears: number[];
}

export interface ClockOptions {
  /** Intervals during which the clock stands still, in any order; overlaps are merged. */
  paused?: readonly PausedInterval[];
}

/** A span of time during which a clock stands still (e.g. 等待居民补充材料), from inclusive, to exclusive. */
export interface PausedInterval {
  from: number;
  to: number;
}

/**
 * Sorted, merged, empty ones dropped. A pause that has not ended yet must be passed with `to` = now by the caller:
 * an open-ended pause has no due time at all.
 */
export function normalisePauses(paused: readonly PausedInterval[] | undefined): PausedInterval[] {
  if (!paused || paused.length === 0) return [];
  for (const p of paused) {
    if (!Number.isFinite(p.from) || !Number.isFinite(p.to) || p.to < p.from) {
      throw new RangeError(`A paused interval needs finite from <= to, got ${p.from}..${p.to}`);
    }
  }
  const sorted = paused.filter((p) => p.to > p.from).sort((a, b) => a.from - b.from);
  const merged: PausedInterval[] = [];
  for (const p of sorted) {
    const last = merged[merged.length - 1];
    if (last && p.from <= last.to) last.to = Math.max(last.to, p.to);
    else merged.push({ from: p.from, to: p.to });
  }
  return merged;
}
