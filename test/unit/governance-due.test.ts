import { dueAt, quarterOf } from '../../cloudfunctions/core/governance/visits/due';
import { fromShanghai } from '../../types/time';

describe('who is due a visit', () => {
  const listed = fromShanghai('2026-06-01 09:00');
  it('is due from being listed when never visited, a quarter after a visit, a month for a marked household', () => {
    expect(dueAt({ care: null, lastVisitAt: null, createdAt: listed })).toBe(listed);
    expect(dueAt({ care: null, lastVisitAt: fromShanghai('2026-08-31 10:00'), createdAt: listed })).toBe(fromShanghai('2026-11-30 10:00'));
    const care = { kinds: ['dibao' as const], consentNote: '书面同意', consentAt: listed, markedBy: 'x' };
    expect(dueAt({ care, lastVisitAt: fromShanghai('2026-01-31 10:00'), createdAt: listed })).toBe(fromShanghai('2026-02-28 10:00'));
  });

  it('names the Shanghai calendar quarter, whose first day begins at midnight Shanghai time', () => {
    expect(quarterOf(fromShanghai('2026-12-31 23:59'))).toEqual({ name: '2026-Q4', from: fromShanghai('2026-10-01 00:00') });
    // 2026-09-30 17:00 UTC is already 1 October in Shanghai.
    expect(quarterOf(Date.UTC(2026, 8, 30, 17, 0)).name).toBe('2026-Q4');
    expect(quarterOf(fromShanghai('2026-03-31 23:59')).name).toBe('2026-Q1');
  });
});
