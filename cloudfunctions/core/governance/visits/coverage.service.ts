import { requireCivicOfficer } from '../../access/scope';
import type { ActionContext } from '../../kernel/context';
import { gridsOf } from '../../org/org.repository';
import { MEMBERS } from '../../party/membership.repository';
import { NEEDS, type NeedDoc } from '../lists/lists.repository';
import { dueAt, quarterOf } from './due';
import { householdsOfCommunity, type VisitHouseholdDoc } from './visits.repository';

/**
 * Coverage per grid and per Party branch (社区党支部, 网格党支部): households listed, visited this quarter, overdue, and
 * needs raised on visits and resolved. Figures for units, to see where to go next: no person is counted or ranked.
 */
export async function coverage(ctx: ActionContext, input: { communityId: string }) {
  const community = await requireCivicOfficer(ctx.store, ctx.caller, input.communityId);
  const now = ctx.clock.now();
  const quarter = quarterOf(now);
  const [grids, households, needs, members] = await Promise.all([
    gridsOf(ctx.store, community.id),
    householdsOfCommunity(ctx.store, community.id),
    ctx.store.find(NEEDS, { communityId: community.id, source: 'visit' }, { limit: 1000 }),
    ctx.store.find(MEMBERS, { unitPath: { $has: community.id } }, { limit: 1000 }),
  ]);
  const row = (unitId: string, name: string, hh: readonly VisitHouseholdDoc[], raised: readonly NeedDoc[]) => ({
    unitId,
    name,
    households: hh.length,
    visitedThisQuarter: hh.filter((h) => h.lastVisitAt !== null && h.lastVisitAt >= quarter.from).length,
    overdue: hh.filter((h) => now >= dueAt(h)).length,
    needsRaised: raised.length,
    needsResolved: raised.filter((n) => n.status === 'resolved').length,
  });
  const branchOf = new Map(members.map((m) => [m._id, m.unitId]));
  const branches = [community, ...grids].map((unit) => {
    const inBranch = (openid: string) => branchOf.get(openid) === unit.id;
    return row(
      unit.id,
      unit.partyOrgName,
      households.filter((h) => h.assignees.some(inBranch)),
      needs.filter((n) => inBranch(n.author)),
    );
  });
  return {
    quarter: quarter.name,
    grids: grids.map((g) => row(g.id, g.name, households.filter((h) => h.gridId === g.id), needs.filter((n) => n.gridId === g.id))),
    branches,
  };
}
