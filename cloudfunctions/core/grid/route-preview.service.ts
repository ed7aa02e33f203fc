import type { RoutePreview } from '../../../types/functions/grid';
import type { GeoPoint } from '../../../types/org';
import { describeOfficeHours } from '../../../types/working-hours';
import { limitsOf, officeHoursOf } from '../org/unit-settings';
import { routeRequest } from '../routing/route';
import type { ActionContext } from '../kernel/context';
import { limitsText } from './clocks';
import { callerCommunity, streetOf } from './create.service';

/**
 * Where the caller's next request would go, so the form can say who will handle it before they submit (and
 * offer the phone's location when no building is registered), with the street's commitment (本街道承诺).
 */
export async function previewRoute(ctx: ActionContext, location: GeoPoint | undefined): Promise<RoutePreview> {
  const home = await callerCommunity(ctx, '请先扫描社区二维码或选择所在社区');
  const { community } = home;
  const [route, street] = await Promise.all([routeRequest(ctx.store, community, { buildingId: ctx.caller.user?.buildingId, location }, home.units), streetOf(ctx, home)]);
  const limits = limitsOf(street);
  return {
    routedBy: route.routedBy,
    gridName: route.gridName,
    buildingName: route.buildingName,
    communityName: community.name,
    limits,
    promise: `本街道承诺：${limitsText(limits)}`,
    officeHours: describeOfficeHours(officeHoursOf(community)),
  };
}
