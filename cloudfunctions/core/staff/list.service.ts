import type { Invitation, StaffMember } from '../../../types/functions/staff';
import { requireAdministered } from '../access/scope';
import { openHeldBy } from '../grid/handover.service';
import type { ActionContext } from '../kernel/context';
import { maskPhone } from '../kernel/mask';
import { isStaffRole, staffWithin } from '../kernel/users';
import { unitsByIds } from '../org/org.repository';
import { openInvitations, toInvitation } from './invitation.repository';

/** A community's staff (their roles in it and the open requests they hold) and its invitations still open. */
export async function listStaff(ctx: ActionContext, communityId: string): Promise<{ members: StaffMember[]; invitations: Invitation[] }> {
  await requireAdministered(ctx.store, ctx.caller, communityId);
  const now = ctx.clock.now();
  const [people, invitations] = await Promise.all([staffWithin(ctx.store, communityId), openInvitations(ctx.store, communityId, now)]);
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
  };
}
