import type { InvitableRole } from '../../../types/functions/staff';
import { requireAdministered } from '../access/scope';
import { recordAudit } from '../audit/audit';
import { handOverRequests } from '../grid/handover.service';
import { communityTeam, personHolder, propertyTeam, type Holder } from '../grid/holders';
import type { ActionContext } from '../kernel/context';
import { DomainError, invalid, notFound } from '../kernel/domain-error';
import { findUser, grantKey, revokeRole, usersHolding, type UserDoc } from '../kernel/users';
import { getUnit, type UnitDoc } from '../org/org.repository';
import { communityOfUnit, requireAppointer } from './appointment-rules';
import { INVITATIONS } from './invitation.repository';

/** Revokes an invitation not yet used. */
export async function revokeInvitation(ctx: ActionContext, invitationId: string): Promise<{ revoked: boolean; handedOver: number }> {
  const doc = await ctx.store.get(INVITATIONS, invitationId);
  if (!doc) throw notFound('该邀请');
  await requireAdministered(ctx.store, ctx.caller, doc.communityId, '您只能撤销本人所辖社区的邀请');
  const now = ctx.clock.now();
  if ((await ctx.store.updateWhere(INVITATIONS, { _id: invitationId, status: 'open' }, { set: { status: 'revoked', revokedBy: ctx.caller.openid, revokedAt: now } })) === 0) {
    throw new DomainError('CONFLICT', '该邀请已被使用或已撤销');
  }
  await ctx.store.transaction((tx) => recordAudit(tx, now, ctx.caller, { unitId: doc.communityId, action: 'staff.revokeInvitation', target: invitationId, changes: [{ field: 'status', before: 'open', after: 'revoked' }] }));
  return { revoked: true, handedOver: 0 };
}

/** Whom a leaving person's open requests go to: a grid's deputy (else the worker on duty), the team, or the community. */
async function successor(ctx: ActionContext, leaving: UserDoc, role: InvitableRole, unit: UnitDoc, to?: string): Promise<Holder> {
  const communityId = communityOfUnit(unit);
  const community = { id: communityId, name: (await getUnit(ctx.store, communityId))?.name ?? '' };
  if (role === 'grid_worker') {
    if (to) {
      const chosen = await findUser(ctx.store, to);
      if (!chosen || to === leaving._id || !chosen.roles.some((g) => g.role === 'grid_worker' && g.unitId === unit.id)) throw invalid('只能移交给本网格的其他网格员', { to: '不是本网格的网格员' });
      return personHolder(chosen, 'grid_worker', unit.id);
    }
    for (const duty of ['deputy', 'on_duty'] as const) {
      const [next] = (await usersHolding(ctx.store, grantKey('grid_worker', unit.id, duty))).filter((u) => u._id !== leaving._id);
      if (next) return personHolder(next, 'grid_worker', unit.id);
    }
    return communityTeam(community);
  }
  if (role === 'property_liaison') return (await usersHolding(ctx.store, grantKey('property_liaison', unit.id))).some((u) => u._id !== leaving._id) ? propertyTeam(community) : communityTeam(community);
  return communityTeam(community);
}

async function heldGrant(ctx: ActionContext, openid: string, role: InvitableRole, unitId: string): Promise<UserDoc> {
  const user = await findUser(ctx.store, openid);
  if (!user?.roles.some((g) => g.role === role && g.unitId === unitId)) throw notFound('该人员的这项职务');
  return user;
}

/**
 * Revokes someone's role. A leaving grid worker's open requests go first to the grid's deputy (or its worker on
 * duty, or the community), a liaison's to the team, an admin's to the community: each moved on its timeline, the
 * clocks running. Then the grant is removed with its audit entry.
 */
export async function revokeGrant(ctx: ActionContext, openid: string, role: InvitableRole, unitId: string): Promise<{ revoked: boolean; handedOver: number }> {
  const unit = await requireAppointer(ctx.store, ctx.caller, role, unitId);
  const leaving = await heldGrant(ctx, openid, role, unitId);
  const to = await successor(ctx, leaving, role, unit);
  const handedOver = await handOverRequests(ctx, { openid, name: leaving.name, unitId }, to, '职务已撤销');
  const now = ctx.clock.now();
  await ctx.store.transaction(async (tx) => {
    const removed = await revokeRole(tx, openid, role, unitId, now);
    if (!removed) throw notFound('该人员的这项职务');
    await recordAudit(tx, now, ctx.caller, { unitId: communityOfUnit(unit), action: 'staff.revoke', target: openid, changes: [{ field: 'role', before: { role, unitId, duty: removed.duty ?? null, handedOverTo: to.name }, after: null }] });
  });
  return { revoked: true, handedOver };
}

/** Moves a grid worker's open requests to another worker of the grid (its deputy by default), without revoking. */
export async function handOver(ctx: ActionContext, openid: string, unitId: string, to: string | undefined): Promise<{ handedOver: number; toName: string }> {
  const unit = await requireAppointer(ctx.store, ctx.caller, 'grid_worker', unitId);
  const leaving = await heldGrant(ctx, openid, 'grid_worker', unitId);
  const next = await successor(ctx, leaving, 'grid_worker', unit, to);
  const handedOver = await handOverRequests(ctx, { openid, name: leaving.name, unitId }, next, '工作交接');
  const now = ctx.clock.now();
  await ctx.store.transaction((tx) => recordAudit(tx, now, ctx.caller, { unitId: communityOfUnit(unit), action: 'staff.handOver', target: openid, changes: [{ field: 'requests', before: leaving.name, after: `${next.name}（${handedOver}件）` }] }));
  return { handedOver, toName: next.name };
}
