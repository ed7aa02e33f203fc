import type { HouseholdView, PendingHousehold } from '../../../types/functions/household';
import { actorRoleLabel } from '../audit/actor';
import { maskPhone } from '../kernel/mask';
import type { UserDoc } from '../kernel/users';
import { unitsByIds } from '../org/org.repository';
import type { Store } from '../store/port';
import type { Decider, HouseholdClaimDoc } from './household.repository';

/** Claims to what pages see: places by name, deciders by role and unit, never an OPENID. */
export async function toViews(store: Store, docs: readonly HouseholdClaimDoc[]): Promise<HouseholdView[]> {
  const deciders = docs.flatMap((d) => [d.verifiedBy, d.owner.verifiedBy]).filter((x): x is Decider => x !== null);
  const ids = [...docs.flatMap((d) => d.buildingPath), ...deciders.flatMap((x) => x.actorRoles.map((r) => r.unitId ?? ''))].filter(Boolean);
  const units = await unitsByIds(store, ids);
  const name = (id: string | undefined) => (id ? units.get(id)?.name : undefined);
  const label = (d: HouseholdClaimDoc, by: Decider | null) => (by ? actorRoleLabel(by.actorRoles, d.buildingPath, name) : null);
  return docs.map((d) => ({
    id: d._id,
    buildingId: d.buildingId,
    buildingName: name(d.buildingId) ?? '',
    gridName: name(d.buildingPath[2]) ?? '',
    communityName: name(d.communityId) ?? '',
    entrance: d.entrance,
    room: d.room,
    status: d.status,
    verifiedBy: label(d, d.verifiedBy),
    verifiedAt: d.verifiedAt,
    reason: d.reason,
    owner: { status: d.owner.status, area: d.owner.area, verifiedAt: d.owner.verifiedAt, reason: d.owner.reason },
  }));
}

export async function toView(store: Store, doc: HouseholdClaimDoc): Promise<HouseholdView> {
  return (await toViews(store, [doc]))[0]!;
}

export async function toPendingViews(store: Store, docs: readonly HouseholdClaimDoc[], users: ReadonlyMap<string, UserDoc>): Promise<PendingHousehold[]> {
  const views = await toViews(store, docs);
  return docs.map((d, i) => {
    const user = users.get(d.openid);
    return { ...views[i]!, name: user?.name ?? '居民', phoneMasked: maskPhone(user?.phone), claimedAt: d.claimedAt, rev: d.rev };
  });
}
