import type { MyVolunteer, VolunteerAdminRow } from '../../../types/legal-aid';
import type { ApplyInput } from '../../../types/functions/legal-aid';
import { ADMIN_ROLES, reachOf, requireActOn, scopeRoots } from '../access/scope';
import { recordAudit } from '../audit/audit';
import type { ActionContext } from '../kernel/context';
import { DomainError, forbidden, invalid, notFound } from '../kernel/domain-error';
import { findUser, grantRole, revokeRole, usersByIds } from '../kernel/users';
import { unitsByIds } from '../org/org.repository';
import { ACTIVE, BOOKINGS } from './booking.repository';
import { checkText } from './content';
import { QUESTIONS } from './question.repository';
import { volunteerDecided } from './volunteer-notices';
import { toAdminRow, toMyVolunteer } from './volunteer-view';
import { getVolunteer, VOLUNTEERS, volunteerIdOf, volunteersUnder, type VolunteerDoc } from './volunteer.repository';

type TeamOption = { unitId: string; name: string; kind: 'street' | 'community' };

/** The teams a person may join: their own street's and their own community's (with the unit's path, for the grant). */
async function teamOptions(ctx: ActionContext): Promise<Array<TeamOption & { path: string[] }>> {
  const { homePath } = await reachOf(ctx.store, ctx.caller);
  if (!homePath) return [];
  const units = await unitsByIds(ctx.store, homePath.slice(0, 2));
  return homePath.slice(0, 2).flatMap((id) => {
    const u = units.get(id);
    return u && (u.kind === 'street' || u.kind === 'community') ? [{ unitId: u.id, name: u.kind === 'street' ? `${u.name}法律援助志愿服务队` : `${u.name}法律服务志愿队`, kind: u.kind, path: u.path }] : [];
  });
}

export async function myVolunteer(ctx: ActionContext): Promise<{ volunteer: MyVolunteer | null; teamOptions: TeamOption[] }> {
  const [v, teams] = await Promise.all([getVolunteer(ctx.store, volunteerIdOf(ctx.caller.openid)), teamOptions(ctx)]);
  return { volunteer: v ? toMyVolunteer(v) : null, teamOptions: teams.map(({ path: _path, ...team }) => team) };
}

/** The caller's own record, which must be verified for anything a volunteer does. */
export async function requireVerified(ctx: ActionContext): Promise<VolunteerDoc> {
  const v = await getVolunteer(ctx.store, volunteerIdOf(ctx.caller.openid));
  if (v?.status !== 'verified') throw forbidden('您还不是已认证的法律援助志愿者');
  return v;
}

const IDENTITY = ['kind', 'realName', 'licenseNo', 'firm', 'unitId'] as const;

/**
 * A new application (first, or after a rejection or leaving), a pending one corrected, or a verified volunteer's
 * change of what they take on. Who they are and which team they serve were verified: changing those needs a new
 * application, so a verified volunteer must leave first.
 */
export async function apply(ctx: ActionContext, input: ApplyInput): Promise<MyVolunteer> {
  const teams = await teamOptions(ctx);
  if (teams.length === 0) throw forbidden('请先扫描社区二维码或选择所在社区，再申请加入志愿服务队');
  const team = teams.find((t) => t.unitId === input.unitId);
  if (!team) throw invalid('只能加入您所在街道或社区的志愿服务队', { unitId: '请选择您所在街道或社区的志愿服务队' });
  const review = input.intro ? (await checkText(ctx, 'profile', input.intro, 'intro')) === 'review' : false;
  const now = ctx.clock.now();
  const id = volunteerIdOf(ctx.caller.openid);
  const unitPath = team.path;
  const offer = {
    specialties: input.specialties,
    modes: input.modes,
    place: input.modes.includes('in_person') ? (input.place ?? null) : null,
    intro: input.intro,
    introReview: review,
  };
  const identity = { kind: input.kind, realName: input.realName, licenseNo: input.kind === 'lawyer' ? (input.licenseNo ?? null) : null, firm: input.kind === 'lawyer' ? (input.firm ?? null) : null, unitId: team.unitId };

  return ctx.store.transaction(async (tx) => {
    const existing = await tx.get(VOLUNTEERS, id);
    if (existing?.status === 'verified') {
      if (IDENTITY.some((f) => existing[f] !== identity[f])) throw new DomainError('CONFLICT', '姓名、执业信息和所在服务队已经审核，如需变更请先退出后重新申请');
      const doc: VolunteerDoc = { ...existing, ...offer, updatedAt: now };
      await tx.put(VOLUNTEERS, doc);
      return toMyVolunteer(doc);
    }
    const doc: VolunteerDoc = {
      _id: id,
      openid: ctx.caller.openid,
      ...identity,
      ...offer,
      unitPath,
      unitName: team.name,
      status: 'pending',
      paused: false,
      // A pending application corrected stays the same round; a new one after a decision is the next.
      round: existing?.status === 'pending' ? existing.round : (existing?.round ?? 0) + 1,
      appliedAt: existing?.status === 'pending' ? existing.appliedAt : now,
      decidedAt: null,
      decidedBy: null,
      decidedByName: null,
      rejectReason: null,
      availability: existing?.availability ?? null,
      completedCount: existing?.completedCount ?? 0,
      ratingSum: existing?.ratingSum ?? 0,
      ratingCount: existing?.ratingCount ?? 0,
      updatedAt: now,
    };
    await tx.put(VOLUNTEERS, doc);
    return toMyVolunteer(doc);
  });
}

const LISTS = { pending: ['pending'], verified: ['verified'], other: ['rejected', 'left'] } as const;

/** Applications and volunteers of the teams in the admin's scope (a community admin: their community's team). */
export async function volunteers(ctx: ActionContext, input: { status: keyof typeof LISTS }): Promise<{ items: VolunteerAdminRow[] }> {
  const roots = await scopeRoots(ctx.store, ctx.caller, ADMIN_ROLES);
  const docs = await volunteersUnder(ctx.store, roots.map((r) => r.id), LISTS[input.status]);
  const users = await usersByIds(ctx.store, docs.map((d) => d.openid));
  docs.sort((a, b) => b.appliedAt - a.appliedAt);
  return { items: docs.map((d) => toAdminRow(d, users.get(d.openid) ?? null)) };
}

/**
 * Verifies (the volunteer's grant, on the team's unit with its path, in the same transaction) or rejects with a
 * reason; the decision is audited and the applicant told through the outbox, all in that transaction.
 */
export async function verify(ctx: ActionContext, input: { volunteerId: string; approve: boolean; reason?: string | undefined }): Promise<VolunteerAdminRow> {
  const found = await getVolunteer(ctx.store, input.volunteerId);
  if (!found) throw notFound('该志愿者申请');
  requireActOn(ctx.caller, ADMIN_ROLES, { path: found.unitPath }, '您只能审核本人所辖社区或街道服务队的志愿者');
  const now = ctx.clock.now();
  const status = input.approve ? 'verified' : 'rejected';
  const decided = {
    status,
    paused: false,
    decidedAt: now,
    decidedBy: ctx.caller.openid,
    decidedByName: ctx.caller.user?.name ?? '管理员',
    rejectReason: input.approve ? null : (input.reason ?? null),
    updatedAt: now,
  } as const;
  await ctx.store.transaction(async (tx) => {
    const v = await tx.get(VOLUNTEERS, found._id);
    if (v?.status !== 'pending' || v.round !== found.round) throw new DomainError('CONFLICT', '该申请已处理，请刷新后查看');
    await tx.update(VOLUNTEERS, v._id, { set: decided });
    if (input.approve && !(await grantRole(tx, v.openid, { role: 'lawyer', unitId: v.unitId, unitPath: v.unitPath }, now))) throw notFound('申请人');
    await recordAudit(tx, now, ctx.caller, { unitId: v.unitId, action: 'legal-aid.verify', target: v._id, changes: [{ field: 'status', before: v.status, after: status }] });
    await volunteerDecided(tx, now, { ...v, ...decided });
  });
  return toAdminRow({ ...found, ...decided }, await findUser(ctx.store, found.openid));
}

/** Stops (or resumes) appearing to residents and taking quick questions. */
export async function pause(ctx: ActionContext, paused: boolean): Promise<MyVolunteer> {
  const v = await requireVerified(ctx);
  const now = ctx.clock.now();
  if ((await ctx.store.updateWhere(VOLUNTEERS, { _id: v._id, status: 'verified' }, { set: { paused, updatedAt: now } })) !== 1) throw new DomainError('CONFLICT', '志愿者状态已变化，请刷新后重试');
  return toMyVolunteer({ ...v, paused, updatedAt: now });
}

/** Leaves the team (or withdraws an application): the grant goes in the same transaction. */
export async function leave(ctx: ActionContext): Promise<MyVolunteer> {
  const v = await getVolunteer(ctx.store, volunteerIdOf(ctx.caller.openid));
  if (!v || (v.status !== 'verified' && v.status !== 'pending')) throw forbidden('您不是法律援助志愿者');
  // Only a verified volunteer can hold bookings, questions or the grant: withdrawing an application touches none.
  const verified = v.status === 'verified';
  if (verified && (await ctx.store.count(BOOKINGS, { volunteerId: v._id, status: { $in: [...ACTIVE] } })) > 0) throw new DomainError('CONFLICT', '您还有待确认或已确认的预约，请先处理（接受、婉拒或取消）后再退出');
  if (verified && (await ctx.store.count(QUESTIONS, { claimedBy: v.openid, status: 'claimed' })) > 0) throw new DomainError('CONFLICT', '您还有已认领未答复的快速咨询，请先答复后再退出');
  const now = ctx.clock.now();
  const left = { status: 'left', paused: false, updatedAt: now } as const;
  await ctx.store.transaction(async (tx) => {
    const current = await tx.get(VOLUNTEERS, v._id);
    if (!current || current.status !== v.status) throw new DomainError('CONFLICT', '志愿者状态已变化，请刷新后重试');
    await tx.update(VOLUNTEERS, v._id, { set: left });
    if (verified) await revokeRole(tx, v.openid, 'lawyer', v.unitId, now);
    await recordAudit(tx, now, ctx.caller, { unitId: v.unitId, action: 'legal-aid.leave', target: v._id, changes: [{ field: 'status', before: v.status, after: 'left' }] });
  });
  return toMyVolunteer({ ...v, ...left });
}
