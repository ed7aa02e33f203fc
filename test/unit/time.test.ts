import { formatDateTime, fromShanghai, shanghai } from '../../types/time';

describe('Shanghai time', () => {
  it('reads and writes wall time in Asia/Shanghai regardless of the machine zone', () => {
    const ms = fromShanghai('2026-12-01 09:30');
    expect(ms).toBe(Date.UTC(2026, 11, 1, 1, 30));
    expect(shanghai(ms).hour()).toBe(9);
    expect(formatDateTime(ms)).toBe('12月1日 周二 09:30');
  });

  it('finds 18:00 of the day before in Shanghai, across the UTC date line', () => {
    const start = fromShanghai('2026-12-02 07:00'); // 2026-12-01 23:00 UTC
    expect(shanghai(start).subtract(1, 'day').hour(18).minute(0).valueOf()).toBe(fromShanghai('2026-12-01 18:00'));
  });
});
