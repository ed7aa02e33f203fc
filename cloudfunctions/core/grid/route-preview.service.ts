import type { RoutePreview } from '../../../types/functions/grid';
import type { GeoPoint } from '../../../types/org';
import { residentUnits, routeRequest } from '../routing/route';
import type { ActionContext } from '../kernel/context';
import { forbidden, notFound } from '../kernel/domain-error';

/**
 * Where the caller's next request would go, so the form can say who will handle it before they submit (and
 * offer the phone's location when no building is registered). The same routing the submit uses.
 */
export async function previewRoute(ctx: ActionContext, location: GeoPoint | undefined): Promise<RoutePreview> {
  const user = ctx.caller.user;
  if (!user?.communityId) throw forbidden('请先扫描社区二维码或选择所在社区');
  const units = await residentUnits(ctx.store, { ...user, communityId: user.communityId });
  const community = units.get(user.communityId);
  if (!community) throw notFound('所在社区');
  const route = await routeRequest(ctx.store, community, { buildingId: user.buildingId, location }, units);
  return { routedBy: route.routedBy, gridName: route.gridName, buildingName: route.buildingName, communityName: community.name };
}
