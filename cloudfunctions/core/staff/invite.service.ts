import type { InvitableRole } from '../../../types/functions/staff';
import type { GridDuty } from '../../../types/role-names';
import { recordAudit } from '../audit/audit';
import type { ActionContext } from '../kernel/context';
import { DuplicateKeyError } from '../store/port';
import { communityOfUnit, requireAppointer, requireDuty } from './appointment-rules';
import { INVITATIONS, INVITATION_TTL_MS, JOIN_PAGE, invitationIdOf, newInvitationCode, sceneOf, toInvitation, type InvitationDoc } from './invitation.repository';

/**
 * Makes an invitation: a one-time code, expiring in 7 days, bound to the role, the unit and a grid worker's duty,
 * written with its audit entry. In WeChat its QR is a mini-program code of the join page (scene `iv~<code>`).
 */
export async function invite(ctx: ActionContext, input: { role: InvitableRole; unitId: string; duty?: GridDuty | undefined }) {
  requireDuty(input.role, input.duty);
  const unit = await requireAppointer(ctx.store, ctx.caller, input.role, input.unitId);
  const now = ctx.clock.now();
  for (;;) {
    const code = newInvitationCode();
    const doc: InvitationDoc = {
      _id: invitationIdOf(code),
      role: input.role,
      unitId: unit.id,
      unitPath: unit.path,
      unitName: unit.name,
      communityId: communityOfUnit(unit),
      duty: input.duty ?? null,
      invitedBy: ctx.caller.openid,
      invitedByName: ctx.caller.user?.name ?? '',
      createdAt: now,
      expiresAt: now + INVITATION_TTL_MS,
      status: 'open',
      usedBy: null,
      usedByName: null,
      usedAt: null,
      revokedBy: null,
      revokedAt: null,
    };
    try {
      await ctx.store.transaction(async (tx) => {
        await tx.create(INVITATIONS, doc);
        await recordAudit(tx, now, ctx.caller, { unitId: doc.communityId, action: 'staff.invite', target: doc._id, changes: [{ field: 'invitation', before: null, after: { role: doc.role, unitId: doc.unitId, duty: doc.duty } }] });
      });
    } catch (err) {
      // Fifty bits make a clash all but impossible; when it happens, another code.
      if (err instanceof DuplicateKeyError && err.collection === INVITATIONS) continue;
      throw err;
    }
    return { invitation: toInvitation(doc, now), code, page: `/${JOIN_PAGE}`, scene: sceneOf(code), qrImageUrl: await miniCodeUrl(ctx, doc._id, code) };
  }
}

/** WeChat's mini-program code for the invitation, stored in cloud storage; null where the platform makes none. */
async function miniCodeUrl(ctx: ActionContext, id: string, code: string): Promise<string | null> {
  try {
    const image = await ctx.platform.miniCode.unlimited(JOIN_PAGE, sceneOf(code));
    if (!image) return null;
    const fileId = await ctx.platform.files.write(`invitations/${id}.png`, image);
    return (await ctx.platform.files.tempUrls([fileId]))[fileId] ?? null;
  } catch (err) {
    // The code itself still works when typed in: the invitation stands without its image.
    console.error('[staff.invite] mini-program code', err);
    return null;
  }
}
