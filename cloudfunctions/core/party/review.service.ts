import type { ApplicationView } from '../../../types/functions/party';
import { PARTY_APPLY_PAGE } from '../../../types/activity-names';
import { recordSensitiveRead } from '../audit/reads';
import { enqueue } from '../notify/outbox';
import type { ActionContext } from '../kernel/context';
import { DomainError, notFound } from '../kernel/domain-error';
import { maskPhone } from '../kernel/mask';
import { findUser, grantRole, usersByIds } from '../kernel/users';
import { APPLICATIONS, MEMBERS, applicationsUnder, memberRowId, membersUnder, type MemberDoc } from './membership.repository';
import { toApplicationView } from './membership.service';
import { OFFICER_ROLES, officerRefusal, requireActOn, scopeRoots } from '../access/scope';

/** The units an officer's lists cover: their roots (a grant reaches its subtree), or one unit within them. */
async function officerRootIds(ctx: ActionContext, within?: string): Promise<string[]> {
  return (await scopeRoots(ctx.store, ctx.caller, OFFICER_ROLES, within, '您不是该支部的支部委员，不能查看')).map((r) => r.id);
}

/** Membership details are sensitive: each answer that shows someone's is recorded for them to see (audit/reads.ts). */
async function logRead(ctx: ActionContext, action: string, roots: readonly string[], subjects: readonly string[]): Promise<void> {
  await recordSensitiveRead(ctx.store, ctx.clock.now(), ctx.caller, { what: 'membership', action, unitId: roots[0] ?? '', subjects });
}

export async function applications(ctx: ActionContext, input: { status: 'pending' | 'decided' }): Promise<{ items: ApplicationView[] }> {
  const roots = await officerRootIds(ctx);
  const docs = await applicationsUnder(ctx.store, roots, input.status === 'pending' ? 'pending' : ['approved', 'rejected']);
  docs.sort((a, b) => b.submittedAt - a.submittedAt);
  const users = await usersByIds(ctx.store, docs.map((d) => d.openid));
  await logRead(ctx, 'party.applications', roots, docs.map((d) => d.openid));
  return { items: docs.map((d) => toApplicationView(d, users.get(d.openid) ?? null)) };
}

/**
 * Approves (the role grant, the register entry and the decision in one transaction) or rejects with a reason;
 * either way the applicant is told through the outbox, in the same transaction.
 */
export async function decide(ctx: ActionContext, input: { id: string; approve: boolean; reason?: string | undefined }): Promise<ApplicationView> {
  const now = ctx.clock.now();
  const status = input.approve ? 'approved' : 'rejected';
  const reason = input.reason?.trim() || null;
  const officerName = ctx.caller.user?.name ?? '支部';

  const decided = await ctx.store.transaction(async (tx) => {
    const app = await tx.get(APPLICATIONS, input.id);
    if (!app) throw notFound('该申请');
    requireActOn(ctx.caller, OFFICER_ROLES, { path: app.unitPath }, officerRefusal());
    if (app.status !== 'pending') throw new DomainError('CONFLICT', '该申请已处理，请刷新后查看');
    const decision = { status, reason, decidedBy: ctx.caller.openid, decidedByName: officerName, decidedAt: now } as const;
    await tx.update(APPLICATIONS, app._id, { set: decision });
    if (input.approve) {
      if (!(await grantRole(tx, app.openid, { role: 'party_member', unitId: app.unitId, unitPath: app.unitPath }, now))) throw notFound('申请人');
      const member: MemberDoc = { _id: app.openid, unitId: app.unitId, unitPath: app.unitPath, partyOrgName: app.partyOrgName, joinedAt: app.joinedAt, registeredAt: now, source: 'application' };
      await tx.put(MEMBERS, member);
    }
    await enqueue(tx, now, {
      event: `membership:${app._id}:${app.round}:decided`,
      recipient: app.openid,
      kind: 'membership_decided',
      title: input.approve ? '党员登记已通过' : '党员登记未通过',
      body: input.approve ? `您已登记为${app.partyOrgName}党员` : `${app.partyOrgName}：${reason ?? ''}`,
      link: PARTY_APPLY_PAGE,
      fields: { status: input.approve ? '已通过' : '未通过' },
    });
    // The application as this transaction leaves it: nothing else writes a pending one meanwhile (that conflicts).
    return { ...app, ...decision };
  });
  return toApplicationView(decided, await findUser(ctx.store, decided.openid));
}

export async function members(ctx: ActionContext, input: { unitId?: string | undefined }) {
  const roots = await officerRootIds(ctx, input.unitId);
  const docs = await membersUnder(ctx.store, roots);
  const users = await usersByIds(ctx.store, docs.map((d) => d._id));
  await logRead(ctx, 'party.members', roots, docs.map((d) => d._id));
  const items = docs.map((d) => {
    const user = users.get(d._id);
    return { id: memberRowId(d._id), name: user?.name ?? '未知', phoneMasked: maskPhone(user?.phone), unitId: d.unitId, partyOrgName: d.partyOrgName, joinedAt: d.joinedAt, registeredAt: d.registeredAt };
  });
  items.sort((a, b) => a.partyOrgName.localeCompare(b.partyOrgName, 'zh') || a.name.localeCompare(b.name, 'zh'));
  return { items };
}
