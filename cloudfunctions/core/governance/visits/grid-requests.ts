import type { ReportCategory } from '../../../../types/request-names';
import { submitReport } from '../../grid/report.service';
import type { ActionContext } from '../../kernel/context';
import type { VisitHouseholdDoc } from './visits.repository';

export interface VisitRequest {
  category: ReportCategory;
  description: string;
}

/**
 * Problems found on a visit that the grid should act on (a broken light, a blocked drain, a safety risk), raised as
 * the visitor's reports from the same screen: each routed to the grid of the household's building (not the visitor's
 * own), assigned and clocked like any report. The visit's id and the item's place make the idempotency key, so a
 * retried visit log raises each request once.
 */
export async function raiseGridRequests(ctx: ActionContext, household: VisitHouseholdDoc, visitId: string, items: readonly VisitRequest[]): Promise<Array<{ id: string; no: string }>> {
  const user = ctx.caller.user;
  if (!user || items.length === 0) return [];
  const atHousehold: ActionContext = { ...ctx, caller: { ...ctx.caller, user: { ...user, communityId: household.communityId, buildingId: household.buildingId, homePath: household.buildingPath } } };
  const raised: Array<{ id: string; no: string }> = [];
  for (const [i, item] of items.entries()) {
    const { request } = await submitReport(atHousehold, {
      category: item.category,
      description: `走访发现（${household.entrance}单元${household.room}）：${item.description}`,
      photos: [],
      idempotencyKey: `${visitId.replace(/[^A-Za-z0-9_-]/g, '')}-r${i}`,
    });
    raised.push({ id: request.id, no: request.no });
  }
  return raised;
}
