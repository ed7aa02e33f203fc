import Flatbush from 'flatbush';
import pointInPolygon from 'point-in-polygon-hao';
import type { GeoPoint, GridBoundary } from '../../../types/org';

export interface MappedGrid {
  id: string;
  boundary: GridBoundary;
}

/** The boundary as the point-in-polygon test takes it: one ring, closed by repeating its first vertex. */
export function closedRing(boundary: GridBoundary): number[][][] {
  return [[...boundary.map(([lng, lat]) => [lng, lat]), [boundary[0]![0], boundary[0]![1]]]];
}

/** The boundary's bounding box. */
export function boundsOf(boundary: GridBoundary): { minX: number; minY: number; maxX: number; maxY: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of boundary) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

/**
 * A community's grid map, built once per map revision: a static R-tree (flatbush) over the grids' bounding
 * boxes narrows a point to the few grids whose box holds it, then an exact point-in-polygon test (robust
 * predicates, so points on an edge are not lost to rounding) decides. A point on the edge two grids share lies
 * in both: the grid with the smallest id takes it, so the same point always goes to the same grid.
 */
export class GridMap {
  private readonly index: Flatbush | null;
  /** closedRing of each grid, in index order. */
  private readonly rings: number[][][][];
  private readonly ids: string[];

  constructor(grids: readonly MappedGrid[]) {
    const drawn = grids.filter((g) => g.boundary.length >= 3).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.ids = drawn.map((g) => g.id);
    this.rings = drawn.map((g) => closedRing(g.boundary));
    if (drawn.length === 0) {
      this.index = null;
      return;
    }
    const index = new Flatbush(drawn.length);
    for (const g of drawn) {
      const { minX, minY, maxX, maxY } = boundsOf(g.boundary);
      index.add(minX, minY, maxX, maxY);
    }
    index.finish();
    this.index = index;
  }

  get size(): number {
    return this.ids.length;
  }

  /** The grid holding the point, or null when it lies outside every drawn grid. */
  locate(point: GeoPoint): string | null {
    if (!this.index) return null;
    let best = -1;
    // Index order is id order, so the smallest matching index is the smallest matching id.
    for (const i of this.index.search(point.lng, point.lat, point.lng, point.lat)) {
      if ((best === -1 || i < best) && pointInPolygon([point.lng, point.lat], this.rings[i]!) !== false) best = i;
    }
    return best === -1 ? null : this.ids[best]!;
  }
}
