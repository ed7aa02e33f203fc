import type { PendingHousehold } from '../../../types/functions/household';
import { HOUSEHOLD_PAGE } from '../../../types/residence';
import { auditActor } from '../audit/actor';
import { recordAudit } from '../audit/audit';
import { requireVerifier, verifierRoles } from '../access/residence';
import { scopeRoots } from '../access/scope';
import { hasAnyRole } from '../kernel/authorize';
import type { ActionContext } from '../kernel/context';
import { DomainError, forbidden, notFound } from '../kernel/domain-error';
import { setHouseholdMark, usersByIds } from '../kernel/users';
import { enqueue } from '../notify/outbox';
import type { TxOps } from '../store/port';
import { HOUSEHOLDS, pendingUnder, type HouseholdClaimDoc } from './household.repository';
import { toPendingViews } from './household-view';

type Kind = 'household' | 'owner';

/** Claims waiting for the caller's decision, oldest first; their own is never among them. */
export async function pending(ctx: ActionContext, input: { kind: Kind }): Promise<{ items: PendingHousehold[] }> {
  const roles = verifierRoles(input.kind);
  if (!hasAnyRole(ctx.caller, roles)) throw forbidden('业主身份由社区管理员核实');
  const roots = await scopeRoots(ctx.store, ctx.caller, roles);
  const docs = (await pendingUnder(ctx.store, roots.map((r) => r.id), input.kind)).filter((d) => d.openid !== ctx.caller.openid);
  const users = await usersByIds(ctx.store, docs.map((d) => d.openid));
  return { items: await toPendingViews(ctx.store, docs, users) };
}

interface Decision {
  id: string;
  rev: number;
  approve: boolean;
  reason?: string | undefined;
  area?: number | undefined;
}

/**
 * One decision, in one transaction: the claim (only as the verifier saw it: same revision, still waiting), the mark
 * on the resident's record that runAction checks, the audit entry (the claim's id, never the OPENID, as target) and
 * the resident's message.
 */
async function decide(ctx: ActionContext, input: Decision, kind: Kind): Promise<PendingHousehold> {
  const found = await ctx.store.get(HOUSEHOLDS, input.id);
  if (!found) throw notFound('该住户记录');
  requireVerifier(ctx.caller, found, kind);
  const now = ctx.clock.now();
  const reason = input.approve ? null : (input.reason?.trim() ?? null);
  const by = auditActor(ctx.caller);
  const decider = { actor: by.actor, actorRoles: by.actorRoles };
  await ctx.store.transaction(async (tx) => {
    const claim = await tx.get(HOUSEHOLDS, input.id);
    const waiting = kind === 'owner' ? claim?.owner.status === 'pending' : claim?.status === 'unverified';
    if (!claim || claim.rev !== input.rev || !waiting) throw new DomainError('CONFLICT', '该住户信息已变更或已处理，请刷新后查看');
    if (kind === 'owner' && input.approve && claim.status !== 'verified') throw new DomainError('CONFLICT', '请先核实该住户的住址，再核实业主身份');
    const next: HouseholdClaimDoc =
      kind === 'owner'
        ? { ...claim, owner: { ...claim.owner, status: input.approve ? 'verified' : 'rejected', area: input.area ?? claim.owner.area, verifiedAt: now, verifiedBy: decider, reason }, rev: claim.rev + 1 }
        : { ...claim, status: input.approve ? 'verified' : 'rejected', verifiedAt: now, verifiedBy: decider, reason, rev: claim.rev + 1 };
    await tx.put(HOUSEHOLDS, next);
    const verified = next.status === 'verified';
    await setHouseholdMark(tx, claim.openid, { id: claim._id, path: claim.buildingPath, verified, owner: verified && next.owner.status === 'verified' }, now);
    await recordAudit(tx, now, ctx.caller, {
      unitId: claim.communityId,
      action: kind === 'owner' ? 'household.verifyOwner' : 'household.verify',
      target: claim._id,
      changes: kind === 'owner' ? [{ field: 'owner', before: claim.owner.status, after: next.owner.status }, { field: 'area', before: claim.owner.area, after: next.owner.area }] : [{ field: 'status', before: claim.status, after: next.status }],
    });
    await tellResident(tx, now, next, kind, input.approve);
  });
  const saved = (await ctx.store.get(HOUSEHOLDS, input.id))!;
  const users = await usersByIds(ctx.store, [saved.openid]);
  return (await toPendingViews(ctx.store, [saved], users))[0]!;
}

function tellResident(tx: TxOps, now: number, claim: HouseholdClaimDoc, kind: Kind, approved: boolean): Promise<void> {
  const what = kind === 'owner' ? '业主身份' : '住址';
  return enqueue(tx, now, {
    event: `household:${claim._id}:r${claim.rev}:${kind}`,
    recipient: claim.openid,
    kind: 'household_verified',
    title: approved ? `${what}已核实` : `${what}未通过核实`,
    body: approved ? `您登记的${claim.entrance}单元${claim.room}室${what}已核实` : `原因：${(kind === 'owner' ? claim.owner.reason : claim.reason) ?? ''}`,
    link: HOUSEHOLD_PAGE,
    fields: { status: approved ? '已核实' : '未通过' },
  });
}

export const verify = (ctx: ActionContext, input: Decision) => decide(ctx, input, 'household');
export const verifyOwner = (ctx: ActionContext, input: Decision) => decide(ctx, input, 'owner');
