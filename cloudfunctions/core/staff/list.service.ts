import type { Invitation, StaffMember } from '../../../types/functions/staff';
import { requireAdministered } from '../access/scope';
import { openHeldBy } from '../grid/handover.service';
import type { ActionContext } from '../kernel/context';
import { maskPhone } from '../kernel/mask';
import { isStaffRole, staffWithin } from '../kernel/users';
import { childrenOf, unitsByIds } from '../org/org.repository';
import { openInvitations, toInvitation } from './invitation.repository';

/** A community's staff (their roles in it and the open requests they hold) and its invitations still open. */
type Listed = { members: StaffMember[]; invitations: Invitation[]; units: Array<{ id: string; name: string; kind: 'community' | 'grid' }> };

export async function listStaff(ctx: ActionContext, communityId: string): Promise<Listed> {
  const community = await requireAdministered(ctx.store, ctx.caller, communityId);
  const now = ctx.clock.now();
  const [people, invitations, grids] = await Promise.all([staffWithin(ctx.store, communityId), openInvitations(ctx.store, communityId, now), childrenOf(ctx.store, [communityId])]);
  const grantsOf = (roles: (typeof people)[number]['roles']) => roles.filter((g) => g.unitId && isStaffRole(g.role) && (g.unitPath ?? [g.unitId]).includes(communityId));
  const [units, open] = await Promise.all([unitsByIds(ctx.store, people.flatMap((p) => grantsOf(p.roles).map((g) => g.unitId!))), openHeldBy(ctx, people.map((p) => p._id))]);
  return {
    members: people
      .map((p) => ({
        openid: p._id,
        name: p.name,
        phoneMasked: maskPhone(p.phone),
        grants: grantsOf(p.roles).map((g) => ({ role: g.role, unitId: g.unitId!, unitName: units.get(g.unitId!)?.name ?? g.unitId!, duty: g.duty ?? null })),
        openRequests: open.get(p._id) ?? 0,
      }))
      .filter((m) => m.grants.length > 0),
    invitations: invitations.map((doc) => toInvitation(doc, now)),
    units: [{ id: community.id, name: community.name, kind: 'community' as const }, ...grids.filter((g) => g.kind === 'grid').map((g) => ({ id: g.id, name: g.name, kind: 'grid' as const }))],
  };
}
