import { POLICY } from '../access/policy';
import { staffContract } from '../../../types/functions/staff';
import { defineFunction } from '../kernel/function-def';
import { accept, preview } from './accept.service';
import { invite } from './invite.service';
import { listStaff } from './list.service';
import { handOver, revokeGrant, revokeInvitation } from './revoke.service';

/** Appointments in the app: invitations bound to a role and a unit, accepted once; revocation and hand-over, audited. */
export const staffFunction = defineFunction('staff', staffContract, POLICY.staff, {
  invite: (ctx, input) => invite(ctx, input),
  invitation: (ctx, input) => preview(ctx, input.code),
  accept: (ctx, input) => accept(ctx, input.code),
  revoke: (ctx, input) => ('invitationId' in input ? revokeInvitation(ctx, input.invitationId) : revokeGrant(ctx, input.openid, input.role, input.unitId)),
  handOver: (ctx, input) => handOver(ctx, input.openid, input.unitId, input.to),
  list: (ctx, input) => listStaff(ctx, input.communityId),
});
