import { dateInput, dayAt, fmtDateTime, fmtRange, fromWall, quarterOf, timeInput } from '../../src/lib/cn-time';
import { fromShanghai } from '../../types/time';

describe('Shanghai wall time on the phone (no date library)', () => {
  it('agrees with the server helpers, across the UTC date line', () => {
    const ms = fromShanghai('2026-12-02 07:00'); // 2026-12-01 23:00 UTC
    expect(fromWall('2026-12-02', '07:00')).toBe(ms);
    expect([dateInput(ms), timeInput(ms)]).toEqual(['2026-12-02', '07:00']);
    expect(fmtDateTime(ms)).toBe('12月2日 周三 07:00');
    expect(dayAt(ms, -1, '18:00')).toBe(fromShanghai('2026-12-01 18:00'));
  });

  it('formats ranges and quarters', () => {
    const start = fromShanghai('2026-11-28 09:00');
    expect(fmtRange(start, start + 9_000_000)).toBe('11月28日 周六 09:00–11:30');
    expect(fmtRange(start, fromShanghai('2026-11-29 12:00'))).toBe('11月28日 周六 09:00–11月29日 周日 12:00');
    expect(quarterOf(start)).toBe('2026-Q4');
    expect(quarterOf(start, 1)).toBe('2026-Q3');
    expect(quarterOf(fromShanghai('2026-01-01 00:30'), 1)).toBe('2025-Q4');
  });
});
