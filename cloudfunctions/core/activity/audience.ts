import type { Reach } from '../access/scope';
import type { ActivityDoc } from './activity.repository';

/**
 * Party audiences admit members whose branch lies inside the audience root's subtree; a residents' audience admits
 * those living inside it too (and the party members of it, wherever they live).
 */
export function isEligible(a: Pick<ActivityDoc, 'audience' | 'audienceUnitId'>, reach: Reach): boolean {
  const member = reach.partyPaths.some((path) => path.includes(a.audienceUnitId));
  if (a.audience !== 'residents') return member;
  return member || (reach.homePath?.includes(a.audienceUnitId) ?? false);
}

export function audienceRefusal(a: Pick<ActivityDoc, 'audience' | 'audienceUnitName'>): string {
  return a.audience === 'residents' ? `该活动仅面向${a.audienceUnitName}居民` : `该活动仅面向${a.audienceUnitName}党员`;
}
