import type { GeoPoint } from '../../../types/org';
import type { RoutedBy } from '../../../types/routing';
import { getUnit, gridsOf, unitsByIds, type UnitDoc } from '../org/org.repository';
import type { Store } from '../store/port';
import { GridMap } from './grid-map';

export interface Route {
  routedBy: RoutedBy;
  gridId: string | null;
  gridName: string | null;
  buildingId: string | null;
  buildingName: string | null;
  /** The point used, only when the route was found by it. */
  location: GeoPoint | null;
}

export interface RouteOrigin {
  /** The resident's registered building (bound by the building QR code or chosen in the profile). */
  buildingId?: string | null | undefined;
  /** Where the resident is, offered by the phone when no building is registered. */
  location?: GeoPoint | undefined;
}

/**
 * Which grid owns a request, within the resident's community. The registered building decides first (its
 * grid is its parent in the org tree: one point read); without one, the phone's location is looked up on the
 * community's grid map; otherwise the request stays with the community, whose staff hand it on. A building or
 * point outside the community never routes into another community. Units the caller has read already (`known`, e.g.
 * from residentUnits) are not read again.
 */
export async function routeRequest(store: Store, community: UnitDoc, origin: RouteOrigin, known: ReadonlyMap<string, UnitDoc> = new Map()): Promise<Route> {
  const none: Route = { routedBy: 'community', gridId: null, gridName: null, buildingId: null, buildingName: null, location: null };
  const unit = async (id: string) => known.get(id) ?? (await getUnit(store, id));
  const building = origin.buildingId ? await unit(origin.buildingId) : null;
  if (building?.kind === 'building' && building.parentId && building.path.includes(community.id)) {
    const grid = await unit(building.parentId);
    if (grid?.kind === 'grid') return { ...none, routedBy: 'building', gridId: grid.id, gridName: grid.name, buildingId: building.id, buildingName: building.name };
  }
  if (origin.location) {
    const map = await gridMapOf(store, community);
    const gridId = map.grids.locate(origin.location);
    if (gridId) return { ...none, routedBy: 'location', gridId, gridName: map.names.get(gridId) ?? null, location: origin.location };
  }
  return none;
}

/** A resident's community and the units their home's path names (building, grid), in one read. */
export async function residentUnits(store: Store, user: { communityId: string; buildingId?: string | undefined; homePath?: readonly string[] | undefined }): Promise<Map<string, UnitDoc>> {
  return unitsByIds(store, [user.communityId, ...(user.buildingId ? [user.buildingId] : []), ...(user.homePath ?? [])]);
}

interface CachedMap {
  revision: number;
  grids: GridMap;
  names: Map<string, string>;
}

/**
 * Per function instance, each community's grid map, rebuilt only when the community's `mapRevision` moves
 * (the community document is read on every request anyway, so staleness costs nothing to check).
 */
const mapCache = new WeakMap<Store, Map<string, CachedMap>>();

async function gridMapOf(store: Store, community: UnitDoc): Promise<CachedMap> {
  const revision = community.mapRevision ?? 0;
  let perStore = mapCache.get(store);
  if (!perStore) mapCache.set(store, (perStore = new Map()));
  const cached = perStore.get(community.id);
  if (cached?.revision === revision) return cached;
  const grids = await gridsOf(store, community.id);
  const loaded: CachedMap = {
    revision,
    grids: new GridMap(grids.flatMap((g) => (g.boundary ? [{ id: g.id, boundary: g.boundary }] : []))),
    names: new Map(grids.map((g) => [g.id, g.name])),
  };
  perStore.set(community.id, loaded);
  return loaded;
}
