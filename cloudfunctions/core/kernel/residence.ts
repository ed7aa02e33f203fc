import type { ResidenceLevel } from '../../../types/residence';
import type { UserDoc } from './users';

/** Whether the person's record shows a verified household (and, for `owner`, verified ownership). */
export function holdsResidence(user: Pick<UserDoc, 'household'> | null, level: ResidenceLevel): boolean {
  const mark = user?.household;
  if (!mark?.verified) return false;
  return level === 'household' || mark.owner;
}
