import type { ActivityDetail, ActivitySummary } from '../../../types/activity';
import type { ActivityType } from '../../../types/activity-names';
import type { ResidenceLevel } from '../../../types/residence';
import { subtreeUnits } from '../org/org.repository';
import { OFFICER_ROLES, mayActOn, reachOf, scopeRoots, unitsAbove } from '../access/scope';
import type { ActionContext } from '../kernel/context';
import { forbidden, notFound } from '../kernel/domain-error';
import type { Filter } from '../store/port';
import { ACTIVITIES, SIGNUPS, signupId, signupsByIds, type ActivityDoc, } from './activity.repository';
import { toDetail, toSummary } from './activity-view';
import { audienceRefusal, isEligible, mayJoin } from './audience';

const PAGE = 100;

async function withMine(ctx: ActionContext, docs: ActivityDoc[]): Promise<ActivitySummary[]> {
  const mine = await signupsByIds(ctx.store, docs.map((a) => signupId(a._id, ctx.caller.openid)));
  return docs.map((a) => toSummary(a, mine.get(signupId(a._id, ctx.caller.openid)) ?? null));
}

/**
 * Upcoming or past activities whose audience includes the caller, or (`organised`) every activity of the units
 * the caller is an officer of. Audience roots are indexed, so the query asks only for roots above the caller.
 */
export async function listActivities(ctx: ActionContext, input: { scope: 'upcoming' | 'past' | 'organised'; type?: ActivityType | undefined }) {
  const now = ctx.clock.now();
  const typeFilter: Filter<ActivityDoc> = input.type ? { type: input.type } : {};
  if (input.scope === 'organised') {
    const roots = await scopeRoots(ctx.store, ctx.caller, OFFICER_ROLES);
    const pages = await Promise.all(roots.map((r) => ctx.store.find(ACTIVITIES, { ...typeFilter, unitPath: { $has: r.id } }, { orderBy: [['startAt', 'desc']], limit: PAGE })));
    const docs = pages.flat().sort((x, y) => y.startAt - x.startAt);
    return { items: await withMine(ctx, docs) };
  }
  const reach = await reachOf(ctx.store, ctx.caller);
  const candidates = unitsAbove(reach);
  if (candidates.length === 0) return { items: [] };
  const upcoming = input.scope === 'upcoming';
  const docs = await ctx.store.find(
    ACTIVITIES,
    { ...typeFilter, audienceUnitId: { $in: candidates }, endAt: upcoming ? { $gte: now } : { $lt: now } },
    { orderBy: [['startAt', upcoming ? 'asc' : 'desc']], limit: PAGE },
  );
  return { items: await withMine(ctx, docs.filter((a) => isEligible(a, reach))) };
}

/** `level`: the residence a residents' audience asks of those who sign up (the signup rule's, access/policy.ts). */
export async function getActivity(ctx: ActionContext, id: string, level: ResidenceLevel): Promise<ActivityDetail> {
  const a = await ctx.store.get(ACTIVITIES, id);
  if (!a) throw notFound('该活动');
  const [reach, mine] = await Promise.all([reachOf(ctx.store, ctx.caller), ctx.store.get(SIGNUPS, signupId(id, ctx.caller.openid))]);
  const eligible = mayJoin(a, reach, ctx.caller, level);
  const visible = eligible || isEligible(a, reach);
  const canManage = mayActOn(ctx.caller, OFFICER_ROLES, { path: a.unitPath });
  // Someone who signed up keeps seeing it (say, after moving branch); others outside the audience do not.
  if (!visible && !canManage && !mine) throw forbidden(audienceRefusal(a));
  return toDetail(a, mine, { eligible, residenceNeeded: visible && !eligible && a.audience === 'residents', canManage, now: ctx.clock.now() });
}

/** Units the caller may organise for: each officer grant's unit and everything below it. */
export async function organiserUnits(ctx: ActionContext) {
  const roots = await scopeRoots(ctx.store, ctx.caller, OFFICER_ROLES);
  const units = (await Promise.all(roots.map((r) => subtreeUnits(ctx.store, r.id)))).flat();
  units.sort((a, b) => a.path.length - b.path.length || a.id.localeCompare(b.id));
  return { units: units.map((u) => ({ unitId: u.id, partyOrgName: u.partyOrgName, kind: u.kind })) };
}
