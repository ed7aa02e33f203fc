import { createHash } from 'node:crypto';
import type { HouseholdStatus, OwnerStatus } from '../../../types/residence';
import type { AuditActor } from '../audit/actor';
import { MAX_PAGE, type Store } from '../store/port';

/**
 * Households. 单元 and room are fields of a claim, not units of the org tree: the tree is administration and Party
 * organisation (its units are public, read whole and used as audiences), while a room is where a named person lives,
 * personal data read only by those who verify it; and a city holds hundreds of rooms per building. Residents of one
 * room share a `householdKey`, which is what "one household" means wherever that counts (one vote per household).
 */
export const HOUSEHOLDS = 'household_claims';

/** Who decided, as the audit trail keeps an actor: the account, and its roles and units then. */
export type Decider = Pick<AuditActor, 'actor' | 'actorRoles'>;

export interface OwnerClaim {
  status: OwnerStatus;
  /** 专有部分面积 in m², as registered (不动产登记); counted for owners' votes (民法典 第二百七十八条). */
  area: number | null;
  requestedAt: number | null;
  verifiedAt: number | null;
  verifiedBy: Decider | null;
  reason: string | null;
}

export interface HouseholdClaimDoc {
  /** `hc_` + a hash of the OPENID: one home per person, and opaque to whoever verifies it. */
  _id: string;
  openid: string;
  buildingId: string;
  /** The building's path (street → community → grid → building): verifiers query by their unit in it. */
  buildingPath: string[];
  communityId: string;
  entrance: number;
  room: string;
  householdKey: string;
  status: HouseholdStatus;
  claimedAt: number;
  verifiedAt: number | null;
  verifiedBy: Decider | null;
  reason: string | null;
  owner: OwnerClaim;
  /** Bumped by every change: a decision names the revision it was made on. */
  rev: number;
}

export function householdIdOf(openid: string): string {
  return `hc_${createHash('sha1').update(`household\u0000${openid}`).digest('hex').slice(0, 24)}`;
}

export const householdKeyOf = (buildingId: string, entrance: number, room: string) => `${buildingId}:${entrance}:${room}`;

export const NO_OWNER: OwnerClaim = { status: 'none', area: null, requestedAt: null, verifiedAt: null, verifiedBy: null, reason: null };

export async function findHousehold(store: Store, openid: string): Promise<HouseholdClaimDoc | null> {
  return store.get(HOUSEHOLDS, householdIdOf(openid));
}

const PAGE = 200;

/** Claims under any of these units waiting for a household decision, or (`owner`) for an ownership decision. */
export async function pendingUnder(store: Store, rootIds: readonly string[], kind: 'household' | 'owner'): Promise<HouseholdClaimDoc[]> {
  const pages = await Promise.all(
    rootIds.map((id) =>
      kind === 'household'
        ? store.find(HOUSEHOLDS, { buildingPath: { $has: id }, status: 'unverified' }, { orderBy: [['claimedAt', 'asc']], limit: PAGE })
        : store.find(HOUSEHOLDS, { buildingPath: { $has: id }, 'owner.status': 'pending' }, { orderBy: [['claimedAt', 'asc']], limit: PAGE }),
    ),
  );
  const seen = new Set<string>();
  return pages.flat().filter((d) => !seen.has(d._id) && seen.add(d._id));
}

/**
 * The claims in any of these buildings that are verified (for `owner`, whose ownership is verified: the caller checks
 * the household too), page by page in id order, a stable order to page in: who a topic of those buildings may reach.
 */
export async function verifiedIn(store: Store, buildingIds: readonly string[], level: 'household' | 'owner'): Promise<HouseholdClaimDoc[]> {
  const filter = level === 'household' ? { buildingPath: { $hasAny: buildingIds }, status: 'verified' as const } : { buildingPath: { $hasAny: buildingIds }, 'owner.status': 'verified' };
  const out: HouseholdClaimDoc[] = [];
  for (;;) {
    const page = await store.find(HOUSEHOLDS, filter, { orderBy: [['_id', 'asc']], limit: MAX_PAGE, skip: out.length });
    out.push(...page);
    if (page.length < MAX_PAGE) return out;
  }
}

declare module '../store/collections' {
  interface CollectionDocs {
    household_claims: HouseholdClaimDoc;
  }
}
