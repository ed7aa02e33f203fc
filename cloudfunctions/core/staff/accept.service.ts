import type { Invitation } from '../../../types/functions/staff';
import { recordAudit } from '../audit/audit';
import type { ActionContext } from '../kernel/context';
import { DomainError, notFound } from '../kernel/domain-error';
import { grantKey, grantRole, insertUserIfAbsent, updateUser, usersHolding } from '../kernel/users';
import { DuplicateKeyError, type TxOps } from '../store/port';
import { INVITATIONS, invitationIdOf, toInvitation, type InvitationDoc } from './invitation.repository';

const NEW_STAFF_NAME = '新同事';

/** What an invitation offers, so the invitee sees the role and the unit before taking it. */
export async function preview(ctx: ActionContext, code: string): Promise<Invitation> {
  const doc = await ctx.store.get(INVITATIONS, invitationIdOf(code));
  if (!doc) throw notFound('该邀请码，请核对后重新输入');
  return toInvitation(doc, ctx.clock.now());
}

function refusal(doc: InvitationDoc, now: number): DomainError {
  if (doc.status === 'revoked') return new DomainError('CONFLICT', '该邀请已被撤销，请联系管理员');
  if (doc.status === 'used') return new DomainError('CONFLICT', '该邀请已被使用，每个邀请只能使用一次');
  return new DomainError('CONFLICT', doc.expiresAt <= now ? '该邀请已过期，请联系管理员重新邀请' : '该邀请暂不可用');
}

/** An audit entry under a deterministic id: the retry of an appointment records it once. */
async function auditOnce(tx: TxOps, ctx: ActionContext, now: number, id: string, entry: Parameters<typeof recordAudit>[3]): Promise<void> {
  try {
    await recordAudit(tx, now, ctx.caller, entry, id);
  } catch (err) {
    if (!(err instanceof DuplicateKeyError)) throw err;
  }
}

/**
 * The invitee takes the role. One conditional update marks the invitation used by them (open and unexpired only),
 * so of two people opening it at once one gets it; the grant and its audit entry follow in one transaction. If the
 * function dies in between, opening it again completes the grant. A new worker on duty takes the grid's duty from
 * whoever had it, who becomes a deputy (one worker on duty per grid).
 */
export async function accept(ctx: ActionContext, code: string): Promise<{ invitation: Invitation; already: boolean }> {
  const id = invitationIdOf(code);
  const now = ctx.clock.now();
  const name = ctx.caller.user?.name ?? NEW_STAFF_NAME;
  const taken = await ctx.store.updateWhere(INVITATIONS, { _id: id, status: 'open', expiresAt: { $gt: now } }, { set: { status: 'used', usedBy: ctx.caller.openid, usedByName: name, usedAt: now } });
  const doc = await ctx.store.get(INVITATIONS, id);
  if (!doc) throw notFound('该邀请码，请核对后重新输入');
  if (doc.usedBy !== ctx.caller.openid) throw refusal(doc, now);

  if (!ctx.caller.user) await insertUserIfAbsent(ctx.store, { _id: ctx.caller.openid, name, roles: [{ role: 'resident' }], createdAt: now, updatedAt: now });
  const displaced = doc.role === 'grid_worker' && doc.duty === 'on_duty' ? (await usersHolding(ctx.store, grantKey('grid_worker', doc.unitId, 'on_duty'))).filter((u) => u._id !== ctx.caller.openid) : [];
  await ctx.store.transaction(async (tx) => {
    await grantRole(tx, ctx.caller.openid, { role: doc.role, unitId: doc.unitId, unitPath: doc.unitPath, ...(doc.duty ? { duty: doc.duty } : {}) }, now);
    // Someone appointed without a community yet belongs to the one they now serve.
    if (!ctx.caller.user?.communityId) await updateUser(tx, ctx.caller.openid, { set: { communityId: doc.communityId, homePath: doc.unitPath.slice(0, 2), updatedAt: now } });
    for (const other of displaced) {
      await grantRole(tx, other._id, { role: 'grid_worker', unitId: doc.unitId, unitPath: doc.unitPath, duty: 'deputy' }, now);
      await auditOnce(tx, ctx, now, `au_${id.slice(3)}_${other._id}`, { unitId: doc.communityId, action: 'staff.duty', target: other._id, changes: [{ field: 'duty', before: 'on_duty', after: 'deputy' }] });
    }
    await auditOnce(tx, ctx, now, `au_${id.slice(3)}`, { unitId: doc.communityId, action: 'staff.accept', target: ctx.caller.openid, changes: [{ field: 'role', before: null, after: { role: doc.role, unitId: doc.unitId, duty: doc.duty, invitation: doc._id } }] });
  });
  return { invitation: toInvitation(doc, now), already: taken === 0 };
}
