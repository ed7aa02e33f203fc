import type { ApplicationView, Branch, MyMembership } from '../../../types/functions/party';
import { getUnit, subtreeUnits, unitsByIds } from '../org/org.repository';
import type { ActionContext } from '../kernel/context';
import { DomainError, forbidden, invalid } from '../kernel/domain-error';
import { maskPhone } from '../kernel/mask';
import type { Store } from '../store/port';
import type { UserDoc } from '../kernel/users';
import { APPLICATIONS, applicationIdOf, findMember, type ApplicationDoc } from './membership.repository';
import { grantUnitIds } from '../access/scope';

/** Party branches are the community's (社区党支部) and its grids' (网格党支部); building party groups sit inside them. */
const BRANCH_KINDS = new Set(['community', 'grid']);

export function toApplicationView(doc: ApplicationDoc, user: Pick<UserDoc, 'name' | 'phone'> | null): ApplicationView {
  return {
    id: doc._id,
    name: user?.name ?? '未知',
    phoneMasked: maskPhone(user?.phone),
    unitId: doc.unitId,
    partyOrgName: doc.partyOrgName,
    joinedAt: doc.joinedAt,
    note: doc.note,
    status: doc.status,
    reason: doc.reason,
    decidedByName: doc.decidedByName,
    decidedAt: doc.decidedAt,
    submittedAt: doc.submittedAt,
  };
}

export async function branches(ctx: ActionContext): Promise<{ branches: Branch[] }> {
  const communityId = ctx.caller.user?.communityId;
  if (!communityId) return { branches: [] };
  const units = await subtreeUnits(ctx.store, communityId);
  return { branches: units.filter((u) => BRANCH_KINDS.has(u.kind)).map((u) => ({ unitId: u.id, partyOrgName: u.partyOrgName, kind: u.kind })) };
}

async function membershipOf(store: Store, openid: string, user: UserDoc | null): Promise<MyMembership> {
  const [application, registered] = await Promise.all([store.get(APPLICATIONS, applicationIdOf(openid)), findMember(store, openid)]);
  const memberships: MyMembership['memberships'] = [];
  if (registered) memberships.push({ unitId: registered.unitId, partyOrgName: registered.partyOrgName, joinedAt: registered.joinedAt });
  // Grants made outside the register (e.g. by an administrator) still show.
  const granted = await unitsByIds(store, grantUnitIds({ openid, user }, 'party_member'));
  for (const unit of granted.values()) {
    if (!memberships.some((m) => m.unitId === unit.id)) memberships.push({ unitId: unit.id, partyOrgName: unit.partyOrgName, joinedAt: null });
  }
  return { application: application ? toApplicationView(application, user) : null, memberships };
}

export async function myMembership(ctx: ActionContext): Promise<MyMembership> {
  return membershipOf(ctx.store, ctx.caller.openid, ctx.caller.user);
}

/**
 * Records the request in one transaction on the caller's own application document: a repeated request for the
 * same branch returns the pending one, a request after a rejection starts a new round.
 */
export async function apply(ctx: ActionContext, input: { unitId: string; joinedAt?: string | undefined; note: string }): Promise<MyMembership> {
  const user = ctx.caller.user;
  if (!user?.communityId) throw forbidden('请先扫描社区二维码或选择所在社区，再申请党员登记');
  if (grantUnitIds(ctx.caller, 'party_member').length > 0) throw new DomainError('CONFLICT', '您已登记为党员，无需重复申请');
  const unit = await getUnit(ctx.store, input.unitId);
  if (!unit || !BRANCH_KINDS.has(unit.kind) || !unit.path.includes(user.communityId)) {
    throw invalid('请选择本社区的党支部', { unitId: '请选择本社区的党支部' });
  }
  const now = ctx.clock.now();
  const id = applicationIdOf(ctx.caller.openid);
  await ctx.store.transaction(async (tx) => {
    const existing = await tx.get(APPLICATIONS, id);
    if (existing?.status === 'pending') {
      if (existing.unitId === unit.id) return;
      throw new DomainError('CONFLICT', `您已向${existing.partyOrgName}提交申请，请等待审核`);
    }
    if (existing?.status === 'approved') throw new DomainError('CONFLICT', '您已登记为党员，无需重复申请');
    const doc: ApplicationDoc = {
      _id: id,
      openid: ctx.caller.openid,
      unitId: unit.id,
      unitPath: unit.path,
      partyOrgName: unit.partyOrgName,
      joinedAt: input.joinedAt ?? null,
      note: input.note,
      status: 'pending',
      reason: null,
      decidedBy: null,
      decidedByName: null,
      decidedAt: null,
      submittedAt: now,
      round: (existing?.round ?? 0) + 1,
    };
    await tx.put(APPLICATIONS, doc);
  });
  return membershipOf(ctx.store, ctx.caller.openid, user);
}
