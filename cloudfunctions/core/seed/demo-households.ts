import { auditActor } from '../audit/actor';
import { HOUSEHOLDS, NO_OWNER, householdIdOf, householdKeyOf, type Decider, type HouseholdClaimDoc } from '../household/household.repository';
import { updateUser } from '../kernel/users';
import type { Store } from '../store/port';
import { DEMO_UNITS } from './demo-org';
import { DEMO_USERS } from './demo-users';

interface DemoHousehold {
  openid: string;
  buildingId: string;
  entrance: number;
  room: string;
  /** Who verified it; absent: still waiting (李秀梅's, for the 楼栋长 or an admin to verify). */
  verifiedBy?: string;
  /** 专有部分面积 of a verified owner (王建国's). */
  ownerArea?: number;
}

/** Verified households for the demo residents and party members, one waiting to be verified, one verified owner. */
export const DEMO_HOUSEHOLDS: DemoHousehold[] = [
  { openid: 'demo-resident', buildingId: 'bd-xiyuan-03', entrance: 1, room: '302', verifiedBy: 'demo-grid-worker', ownerArea: 89.56 },
  { openid: 'demo-resident-2', buildingId: 'bd-xiyuan-06', entrance: 2, room: '501' },
  { openid: 'demo-party-member', buildingId: 'bd-xiyuan-02', entrance: 1, room: '201', verifiedBy: 'demo-grid-worker' },
  { openid: 'demo-party-member-2', buildingId: 'bd-xiyuan-04', entrance: 3, room: '1102', verifiedBy: 'demo-grid-worker' },
  { openid: 'demo-party-member-3', buildingId: 'bd-xiyuan-05', entrance: 1, room: '602', verifiedBy: 'demo-admin' },
  { openid: 'demo-building-head', buildingId: 'bd-xiyuan-06', entrance: 1, room: '101', verifiedBy: 'demo-admin' },
];

const decider = (openid: string): Decider => {
  const user = DEMO_USERS.find((u) => u._id === openid)!;
  const { actor, actorRoles } = auditActor({ openid, user: { ...user, createdAt: 0, updatedAt: 0 } });
  return { actor, actorRoles };
};

export async function seedHouseholds(store: Store, now: number): Promise<void> {
  for (const h of DEMO_HOUSEHOLDS) {
    const building = DEMO_UNITS.find((u) => u.id === h.buildingId)!;
    const verified = h.verifiedBy !== undefined;
    const at = now - 7 * 24 * 3_600_000;
    const doc: HouseholdClaimDoc = {
      _id: householdIdOf(h.openid),
      openid: h.openid,
      buildingId: building.id,
      buildingPath: building.path,
      communityId: building.path[1]!,
      entrance: h.entrance,
      room: h.room,
      householdKey: householdKeyOf(building.id, h.entrance, h.room),
      status: verified ? 'verified' : 'unverified',
      claimedAt: at,
      verifiedAt: verified ? at : null,
      verifiedBy: verified ? decider(h.verifiedBy!) : null,
      reason: null,
      owner: h.ownerArea ? { status: 'verified', area: h.ownerArea, requestedAt: at, verifiedAt: at, verifiedBy: decider('demo-admin'), reason: null } : NO_OWNER,
      rev: 1,
    };
    await store.put(HOUSEHOLDS, doc);
    await updateUser(store, h.openid, { set: { household: { id: doc._id, path: building.path, verified, owner: h.ownerArea !== undefined } } });
  }
}
