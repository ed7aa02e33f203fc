import { createHash } from 'node:crypto';
import type { NeedDraft } from '../../../../types/functions/governance-lists';
import type { VisitHouseholdView } from '../../../../types/functions/governance-visits';
import { fromShanghai, shanghai } from '../../../../types/time';
import { recordAudit } from '../../audit/audit';
import { recordSensitiveRead } from '../../audit/reads';
import { grantUnitIds, mayReadVisitNote, mayVisit } from '../../access/scope';
import type { ActionContext } from '../../kernel/context';
import { forbidden, notFound } from '../../kernel/domain-error';
import { newId } from '../../kernel/ids';
import { HOUSEHOLDS } from '../../household/household.repository';
import { checkResidentText } from '../content';
import { needDoc, insertNeed } from '../lists/needs.service';
import { NEEDS } from '../lists/lists.repository';
import { needViews } from '../lists/list-views';
import { findByIds } from '../../store/find-by-ids';
import { raiseGridRequests, type VisitRequest } from './grid-requests';
import { householdViews } from './visit-view';
import { VISITS, VISIT_HOUSEHOLDS, householdsAssignedTo, householdsUnder, visitsOf, type VisitDoc, type VisitHouseholdDoc } from './visits.repository';

const NOT_YOURS = '您只能查看和走访分配给您的联系户或本网格的住户';

/** The caller's households: those assigned to them (党员联系户) and every household of the grids they work. */
export async function myVisits(ctx: ActionContext): Promise<{ items: VisitHouseholdView[] }> {
  const pages = await Promise.all([householdsAssignedTo(ctx.store, ctx.caller.openid), ...grantUnitIds(ctx.caller, 'grid_worker').map((g) => householdsUnder(ctx.store, g))]);
  const seen = new Set<string>();
  const docs = pages.flat().filter((d) => !seen.has(d._id) && seen.add(d._id));
  return { items: await householdViews(ctx.store, docs, ctx.clock.now()) };
}

export async function requireVisitable(ctx: ActionContext, householdId: string): Promise<VisitHouseholdDoc> {
  const household = await ctx.store.get(VISIT_HOUSEHOLDS, householdId);
  if (!household) throw notFound('该联系户');
  if (!mayVisit(ctx.caller, { path: household.buildingPath, assignees: household.assignees })) throw forbidden(NOT_YOURS);
  return household;
}

interface VisitInput {
  householdId: string;
  visitedOn?: string | undefined;
  met: string;
  situation: string;
  note?: string | undefined;
  needs: NeedDraft[];
  requests?: VisitRequest[] | undefined;
  followUp?: string | undefined;
  key?: string | undefined;
}

/**
 * A visit in one step: the log, each need found as a 需求清单 entry of the household's building, and the household's
 * last visit, in one transaction. Nothing asked twice, no photo, no place, no track.
 */
export async function logVisit(ctx: ActionContext, input: VisitInput) {
  const household = await requireVisitable(ctx, input.householdId);
  const heldNeeds = await Promise.all(input.needs.map((n) => checkResidentText(ctx, 'log', n.description)));
  await checkResidentText(ctx, 'log', input.situation, input.followUp ?? '', input.met);
  const now = ctx.clock.now();
  const visitedOn = input.visitedOn ?? shanghai(now).format('YYYY-MM-DD');
  const visitedAt = input.visitedOn ? Math.min(fromShanghai(`${input.visitedOn} 12:00`), now) : now;
  const visitId = input.key ? `vs_${createHash('sha1').update(`${ctx.caller.openid}\u0000${input.key}`).digest('hex').slice(0, 24)}` : newId('vs', now);
  const existing = input.key ? await ctx.store.get(VISITS, visitId) : null;
  // The grid's requests first, each under a key of this visit: a retry raises none twice.
  const requests = await raiseGridRequests(ctx, household, visitId, input.requests ?? []);
  if (existing) return { id: existing._id, needs: await needViews(ctx.store, ctx.caller.openid, [...(await findByIds(ctx.store, NEEDS, existing.needIds)).values()]), requests };
  const needs = input.needs.map((n, i) =>
    needDoc(newId('nd', now + i), n, { communityId: household.communityId, unitPath: household.buildingPath }, ctx.caller.openid, now, { source: 'visit', visitId, held: heldNeeds[i]! }),
  );
  const visit: VisitDoc = {
    _id: visitId,
    householdId: household._id,
    communityId: household.communityId,
    buildingPath: household.buildingPath,
    gridId: household.gridId,
    visitor: ctx.caller.openid,
    visitorName: ctx.caller.user?.name ?? '走访人',
    visitedAt,
    visitedOn,
    met: input.met,
    situation: input.situation,
    note: input.note ? input.note : null,
    followUp: input.followUp ?? '',
    needIds: needs.map((n) => n._id),
    requests,
    createdAt: now,
  };
  await ctx.store.transaction(async (tx) => {
    await tx.insert(VISITS, visit);
    for (const n of needs) await insertNeed(tx, n);
    const current = await tx.get(VISIT_HOUSEHOLDS, household._id);
    if ((current?.lastVisitAt ?? 0) < visitedAt) await tx.update(VISIT_HOUSEHOLDS, household._id, { set: { lastVisitAt: visitedAt } });
  });
  return { id: visitId, needs: await needViews(ctx.store, ctx.caller.openid, needs), requests };
}

/**
 * A household's visits. Sensitive notes only to their visitor and the community's officers; every read of a note by
 * someone else than its writer is written to the audit trail, and to the reads log of the household's app users.
 */
export async function visits(ctx: ActionContext, input: { householdId: string }) {
  const household = await requireVisitable(ctx, input.householdId);
  const docs = await visitsOf(ctx.store, household._id);
  const readable = (v: VisitDoc) => v.note !== null && mayReadVisitNote(ctx.caller, { path: v.buildingPath, visitor: v.visitor });
  const othersNotes = docs.filter((v) => readable(v) && v.visitor !== ctx.caller.openid);
  if (othersNotes.length > 0) {
    const now = ctx.clock.now();
    const residents = await ctx.store.find(HOUSEHOLDS, { householdKey: household.householdKey }, { limit: 50 });
    await recordAudit(ctx.store, now, ctx.caller, { unitId: household.communityId, action: 'governance.readVisitNotes', target: household._id, changes: [{ field: 'notes', before: null, after: othersNotes.map((v) => v._id) }] });
    await recordSensitiveRead(ctx.store, now, ctx.caller, { what: 'visits', action: 'governance.visits', unitId: household.gridId, subjects: residents.map((r) => r.openid) });
  }
  const needs = await findByIds(ctx.store, NEEDS, docs.flatMap((v) => v.needIds));
  const [view] = await householdViews(ctx.store, [household], ctx.clock.now());
  return {
    household: view!,
    items: docs.map((v) => ({
      id: v._id,
      visitedOn: v.visitedOn,
      visitor: v.visitorName,
      met: v.met,
      situation: v.situation,
      followUp: v.followUp,
      note: readable(v) ? v.note : null,
      needs: v.needIds.flatMap((id) => (needs.has(id) ? [{ id, description: needs.get(id)!.description, status: needs.get(id)!.status }] : [])),
      requests: v.requests ?? [],
    })),
  };
}
