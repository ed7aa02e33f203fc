import type { ResidenceLevel } from '../../../types/residence';
import { requireResidenceWithin, residesWithin } from '../access/residence';
import type { Reach } from '../access/scope';
import type { Caller } from '../kernel/context';
import { forbidden } from '../kernel/domain-error';
import type { ActivityDoc } from './activity.repository';

type Audienced = Pick<ActivityDoc, 'audience' | 'audienceUnitId' | 'audienceUnitName'>;

const isMember = (a: Audienced, reach: Reach) => reach.partyPaths.some((path) => path.includes(a.audienceUnitId));

/**
 * Who sees an activity: party audiences show to members whose branch lies inside the audience root's subtree; a
 * residents' audience to those who live inside it too (where their QR code placed them), and to its party members.
 */
export function isEligible(a: Audienced, reach: Reach): boolean {
  if (a.audience !== 'residents') return isMember(a, reach);
  return isMember(a, reach) || (reach.homePath?.includes(a.audienceUnitId) ?? false);
}

/**
 * Who may sign up: a member of the audience; for a residents' audience also a resident whose household inside it is
 * verified at the level the authorization table asks for (a household only stated does not count).
 */
export function mayJoin(a: Audienced, reach: Reach, caller: Caller, level: ResidenceLevel): boolean {
  return isMember(a, reach) || (a.audience === 'residents' && residesWithin(caller, level, a.audienceUnitId));
}

/** Refuses a signup the caller may not make, with the reason: outside the audience, or not yet verified in it. */
export function requireJoin(a: Audienced, reach: Reach, caller: Caller, level: ResidenceLevel): void {
  if (mayJoin(a, reach, caller, level)) return;
  if (a.audience !== 'residents' || !isEligible(a, reach)) throw forbidden(audienceRefusal(a));
  requireResidenceWithin(caller, level, a.audienceUnitId, a.audienceUnitName);
}

export function audienceRefusal(a: Pick<ActivityDoc, 'audience' | 'audienceUnitName'>): string {
  return a.audience === 'residents' ? `该活动仅面向${a.audienceUnitName}居民` : `该活动仅面向${a.audienceUnitName}党员`;
}
