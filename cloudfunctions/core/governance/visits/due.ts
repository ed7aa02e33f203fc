import { fromShanghai, shanghai } from '../../../../types/time';
import type { VisitHouseholdDoc } from './visits.repository';

/**
 * When a household is next due: a quarter after its last visit, a month for a household marked for monthly visits; a
 * household never visited is due from when it was listed.
 */
export function dueAt(h: Pick<VisitHouseholdDoc, 'care' | 'lastVisitAt' | 'createdAt'>): number {
  if (h.lastVisitAt === null) return h.createdAt;
  return shanghai(h.lastVisitAt).add(h.care ? 1 : 3, 'month').valueOf();
}

/** The Shanghai calendar quarter holding `now`, e.g. 2026-Q4, and when it began. */
export function quarterOf(now: number): { name: string; from: number } {
  const d = shanghai(now);
  const q = Math.floor(d.month() / 3);
  return { name: `${d.year()}-Q${q + 1}`, from: fromShanghai(`${d.year()}-${String(q * 3 + 1).padStart(2, '0')}-01 00:00`) };
}
