import { getUnit, type UnitDoc } from '../org/org.repository';
import { grantUnits } from '../party/scope';
import type { Caller } from '../kernel/context';
import type { Store } from '../store/port';
import type { ActivityDoc } from './activity.repository';

/** Where the caller stands in the org tree: the units of their party grants, and where they live. */
export interface Reach {
  partyUnits: UnitDoc[];
  residence: UnitDoc | null;
}

export async function reachOf(store: Store, caller: Caller): Promise<Reach> {
  const user = caller.user;
  const homeId = user?.buildingId ?? user?.communityId;
  const [partyUnits, residence] = await Promise.all([grantUnits(store, caller, 'party_member'), homeId ? getUnit(store, homeId) : null]);
  return { partyUnits, residence };
}

/** Every unit whose subtree holds the caller: an activity can only be for them if its audience root is one of these. */
export function audienceCandidates(reach: Reach): string[] {
  const ids = new Set<string>();
  for (const u of reach.partyUnits) u.path.forEach((id) => ids.add(id));
  reach.residence?.path.forEach((id) => ids.add(id));
  return [...ids];
}

/**
 * Party audiences admit members whose branch lies inside the audience root's subtree; a residents' audience admits
 * those living inside it too (and the party members of it, wherever they live).
 */
export function isEligible(a: Pick<ActivityDoc, 'audience' | 'audienceUnitId'>, reach: Reach): boolean {
  const member = reach.partyUnits.some((u) => u.path.includes(a.audienceUnitId));
  if (a.audience !== 'residents') return member;
  return member || (reach.residence?.path.includes(a.audienceUnitId) ?? false);
}

export function audienceRefusal(a: Pick<ActivityDoc, 'audience' | 'audienceUnitName'>): string {
  return a.audience === 'residents' ? `该活动仅面向${a.audienceUnitName}居民` : `该活动仅面向${a.audienceUnitName}党员`;
}
