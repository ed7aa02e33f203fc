import type { CareKind } from '../../../../types/governance';
import type { VisitHouseholdView } from '../../../../types/functions/governance-visits';
import { recordAudit } from '../../audit/audit';
import { GOV_OFFICER_ROLES, requireActOn, requireCivicOfficer } from '../../access/scope';
import type { ActionContext } from '../../kernel/context';
import { invalid, notFound } from '../../kernel/domain-error';
import { usersByIds } from '../../kernel/users';
import { householdKeyOf } from '../../household/household.repository';
import { getUnit } from '../../org/org.repository';
import { MEMBERS, memberRowId } from '../../party/membership.repository';
import { householdViews } from './visit-view';
import { VISIT_HOUSEHOLDS, householdsOfCommunity, visitHouseholdIdOf, type VisitHouseholdDoc } from './visits.repository';

/** The community's households to visit, and the party members registered in it (by register id, never an OPENID). */
export async function visitHouseholds(ctx: ActionContext, input: { communityId: string }) {
  const community = await requireCivicOfficer(ctx.store, ctx.caller, input.communityId);
  const [docs, members] = await Promise.all([householdsOfCommunity(ctx.store, community.id), ctx.store.find(MEMBERS, { unitPath: { $has: community.id } }, { limit: 1000 })]);
  const users = await usersByIds(ctx.store, members.map((m) => m._id));
  return {
    items: await householdViews(ctx.store, docs, ctx.clock.now()),
    members: members
      .filter((m) => users.has(m._id))
      .map((m) => ({ ref: memberRowId(m._id), name: users.get(m._id)!.name, branch: m.partyOrgName, unitId: m.unitId })),
  };
}

/** Lists a household to visit: by the grid's worker for their grid, or by the community's officers. */
export async function addVisitHousehold(ctx: ActionContext, input: { buildingId: string; entrance: number; room: string; label: string }): Promise<VisitHouseholdView> {
  const building = await getUnit(ctx.store, input.buildingId);
  if (building?.kind !== 'building') throw invalid('请选择楼栋', { buildingId: '请选择楼栋' });
  requireActOn(ctx.caller, ['grid_worker', ...GOV_OFFICER_ROLES], building, '您只能登记本网格或本社区的联系户');
  const now = ctx.clock.now();
  const key = householdKeyOf(building.id, input.entrance, input.room);
  const doc: VisitHouseholdDoc = {
    _id: visitHouseholdIdOf(key),
    communityId: building.path[1]!,
    buildingId: building.id,
    buildingPath: building.path,
    gridId: building.path[2]!,
    entrance: input.entrance,
    room: input.room,
    householdKey: key,
    label: input.label,
    assignees: [],
    care: null,
    lastVisitAt: null,
    createdAt: now,
  };
  // The same address twice is the same household: the first listing stands.
  const existing = await ctx.store.get(VISIT_HOUSEHOLDS, doc._id);
  if (!existing) await ctx.store.insert(VISIT_HOUSEHOLDS, doc);
  return (await householdViews(ctx.store, [existing ?? doc], now))[0]!;
}

async function officerHousehold(ctx: ActionContext, id: string): Promise<VisitHouseholdDoc> {
  const household = await ctx.store.get(VISIT_HOUSEHOLDS, id);
  if (!household) throw notFound('该联系户');
  requireActOn(ctx.caller, GOV_OFFICER_ROLES, { path: household.buildingPath }, '您不是该社区的居委会或党组织工作人员，不能进行此操作');
  return household;
}

/** Assigns a party member along the grid tree: one whose branch is the household's grid or community. */
export async function assignVisitor(ctx: ActionContext, input: { householdId: string; member: string; assign: boolean }): Promise<VisitHouseholdView> {
  const household = await officerHousehold(ctx, input.householdId);
  const members = await ctx.store.find(MEMBERS, { unitPath: { $has: household.communityId } }, { limit: 1000 });
  const member = members.find((m) => memberRowId(m._id) === input.member);
  if (!member || !household.buildingPath.includes(member.unitId)) throw invalid('请选择本网格或本社区党组织的党员', { member: '请选择本网格或本社区党组织的党员' });
  const now = ctx.clock.now();
  await ctx.store.transaction(async (tx) => {
    await tx.update(VISIT_HOUSEHOLDS, household._id, input.assign ? { set: { assignees: [...new Set([...household.assignees, member._id])] } } : { pull: { assignees: member._id } });
    await recordAudit(tx, now, ctx.caller, { unitId: household.communityId, action: 'governance.assignVisitor', target: household._id, changes: [{ field: 'assignee', before: input.assign ? null : input.member, after: input.assign ? input.member : null }] });
  });
  return (await householdViews(ctx.store, [(await ctx.store.get(VISIT_HOUSEHOLDS, household._id))!], now))[0]!;
}

/** Monthly visits for a household the community marks, its consent recorded with the mark (audited); or withdrawn. */
export async function markCare(ctx: ActionContext, input: { householdId: string; kinds: CareKind[]; consent: boolean; consentNote?: string | undefined }): Promise<VisitHouseholdView> {
  const household = await officerHousehold(ctx, input.householdId);
  const now = ctx.clock.now();
  const care = input.kinds.length > 0 ? { kinds: [...new Set(input.kinds)], consentNote: input.consentNote!, consentAt: now, markedBy: ctx.caller.openid } : null;
  await ctx.store.transaction(async (tx) => {
    await tx.update(VISIT_HOUSEHOLDS, household._id, { set: { care } });
    await recordAudit(tx, now, ctx.caller, { unitId: household.communityId, action: 'governance.markCare', target: household._id, changes: [{ field: 'care', before: household.care?.kinds ?? null, after: care?.kinds ?? null }] });
  });
  return (await householdViews(ctx.store, [{ ...household, care }], now))[0]!;
}
