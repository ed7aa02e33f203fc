import type { HouseholdView } from '../../../types/functions/household';
import type { ActionContext } from '../kernel/context';
import { DomainError, forbidden, invalid } from '../kernel/domain-error';
import { setHouseholdMark } from '../kernel/users';
import { getUnit } from '../org/org.repository';
import { HOUSEHOLDS, NO_OWNER, findHousehold, householdIdOf, householdKeyOf, type HouseholdClaimDoc } from './household.repository';
import { toView } from './household-view';

/** The caller's household claim, and the building their QR code named, to claim from. */
export async function mine(ctx: ActionContext) {
  const [doc, building] = await Promise.all([findHousehold(ctx.store, ctx.caller.openid), ctx.caller.user?.buildingId ? getUnit(ctx.store, ctx.caller.user.buildingId) : null]);
  return { household: doc ? await toView(ctx.store, doc) : null, building: building ? { id: building.id, name: building.name } : null };
}

/**
 * States where the caller lives: a building of their community, its 单元 and room. It is unverified until someone who
 * knows the building confirms it; stating another household starts over (and drops any ownership verified for the
 * old one). The claim and the mark on the caller's record are written in one transaction.
 */
export async function claim(ctx: ActionContext, input: { buildingId: string; entrance: number; room: string }): Promise<HouseholdView> {
  const user = ctx.caller.user;
  if (!user?.communityId) throw forbidden('请先扫描楼栋二维码或选择所在社区，再登记住址');
  const building = await getUnit(ctx.store, input.buildingId);
  if (building?.kind !== 'building' || !building.path.includes(user.communityId)) throw invalid('请选择本社区的楼栋', { buildingId: '请选择本社区的楼栋' });
  const openid = ctx.caller.openid;
  const id = householdIdOf(openid);
  const key = householdKeyOf(building.id, input.entrance, input.room);
  const now = ctx.clock.now();
  const doc = await ctx.store.transaction(async (tx) => {
    const existing = await tx.get(HOUSEHOLDS, id);
    // The same household again (a double tap, a retry) changes nothing, verified or waiting.
    if (existing && existing.householdKey === key && existing.status !== 'rejected') return existing;
    const next: HouseholdClaimDoc = {
      _id: id,
      openid,
      buildingId: building.id,
      buildingPath: building.path,
      communityId: user.communityId!,
      entrance: input.entrance,
      room: input.room,
      householdKey: key,
      status: 'unverified',
      claimedAt: now,
      verifiedAt: null,
      verifiedBy: null,
      reason: null,
      owner: NO_OWNER,
      rev: (existing?.rev ?? 0) + 1,
    };
    await tx.put(HOUSEHOLDS, next);
    await setHouseholdMark(tx, openid, { id, path: building.path, verified: false, owner: false }, now);
    return next;
  });
  return toView(ctx.store, doc);
}

/** Asks for owner verification with the exclusive area as registered; the certificate is shown at the office. */
export async function claimOwner(ctx: ActionContext, input: { area: number }): Promise<HouseholdView> {
  const openid = ctx.caller.openid;
  const now = ctx.clock.now();
  const doc = await ctx.store.transaction(async (tx) => {
    const existing = await tx.get(HOUSEHOLDS, householdIdOf(openid));
    if (!existing || existing.status === 'rejected') throw new DomainError('CONFLICT', '请先登记住址，再申请业主核实');
    const { owner } = existing;
    if ((owner.status === 'pending' || owner.status === 'verified') && owner.area === input.area) return existing;
    const next: HouseholdClaimDoc = { ...existing, owner: { ...NO_OWNER, status: 'pending', area: input.area, requestedAt: now }, rev: existing.rev + 1 };
    await tx.put(HOUSEHOLDS, next);
    // A new area is verified afresh: until then the person is not an owner for any vote.
    if (owner.status === 'verified') await setHouseholdMark(tx, openid, { id: existing._id, path: existing.buildingPath, verified: existing.status === 'verified', owner: false }, now);
    return next;
  });
  return toView(ctx.store, doc);
}
