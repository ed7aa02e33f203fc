import type { CategoryRule, RequestLimits } from '../../../types/grid-settings';
import type { CenterPlace, GeoPoint, GridBoundary, OrgUnit } from '../../../types/org';
import type { OfficeHours } from '../../../types/working-hours';
import type { Store } from '../store/port';

export interface UnitDoc extends OrgUnit {
  _id: string;
  /** Communities only: where each hosting center is. */
  centers?: CenterPlace[];
  /**
   * Communities only: the revision of the community's grid map. Whoever redraws a grid's boundary bumps it in
   * the same transaction, so routing caches (routing/route.ts) know to reload.
   */
  mapRevision?: number;
  /** Grids only: the boundary drawn on the street's grid map, for routing by location. */
  boundary?: GridBoundary;
  /** Buildings only: where the building stands (GCJ-02). */
  location?: GeoPoint;
  /** Communities only: office hours, which drive request clocks (DEFAULT_OFFICE_HOURS until set). */
  officeHours?: OfficeHours;
  /** Communities only: categories sent to a team instead of the grid (e.g. 物业维修 → 物业党建联建). */
  categoryRules?: CategoryRule[];
  /** Streets only: the street's commitment to residents, per urgency (DEFAULT_REQUEST_LIMITS until set). */
  requestLimits?: RequestLimits;
  /** Grids only: 综合网格 (a neighbourhood) or 专属网格 (a business building, a market…). */
  gridType?: GridType;
}

export const GRID_TYPES = ['general', 'dedicated'] as const;
export type GridType = (typeof GRID_TYPES)[number];

export async function getUnit(store: Store, id: string): Promise<UnitDoc | null> {
  return store.get('units', id);
}

/** Every community, by name. */
export async function allCommunities(store: Store): Promise<UnitDoc[]> {
  return store.find('units', { kind: 'community' }, { orderBy: [['name', 'asc']] });
}

/** The communities in the subtree of a unit (a street's, or the community itself). */
export async function communitiesUnder(store: Store, rootId: string): Promise<UnitDoc[]> {
  return store.find('units', { kind: 'community', path: { $has: rootId } });
}

/** A community's grids (their boundaries make its grid map). */
export async function gridsOf(store: Store, communityId: string): Promise<UnitDoc[]> {
  return store.find('units', { kind: 'grid', parentId: communityId });
}

/** The units directly below these, by id (an index on parentId; a street's communities, a community's grids). */
export async function childrenOf(store: Store, parentIds: readonly string[]): Promise<UnitDoc[]> {
  if (parentIds.length === 0) return [];
  return store.find('units', { parentId: { $in: [...parentIds] } }, { orderBy: [['id', 'asc']] });
}

/** The unit and every unit below it (the org tree's `path` holds each unit's ancestors, itself included). */
export async function subtreeUnits(store: Store, rootId: string): Promise<UnitDoc[]> {
  return store.find('units', { path: { $has: rootId } }, { orderBy: [['id', 'asc']] });
}

/** Several units by id, in one query; unknown ids are left out. */
export async function unitsByIds(store: Store, ids: readonly string[]): Promise<Map<string, UnitDoc>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const docs = await store.find('units', { _id: { $in: unique } });
  return new Map(docs.map((d) => [d.id, d]));
}

/** The community a unit belongs to (itself for a community); null for a street. The tree is street → community → …, so it is the path's second entry. */
export function communityIdOf(unit: Pick<UnitDoc, 'path'>): string | null {
  return unit.path[1] ?? null;
}

declare module '../store/collections' {
  interface CollectionDocs {
    units: UnitDoc;
  }
}
