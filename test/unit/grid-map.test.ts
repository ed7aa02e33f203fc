import pointInPolygon from 'point-in-polygon-hao';
import { closedRing, GridMap, type MappedGrid } from '../../cloudfunctions/core/routing/grid-map';
import { DEMO_UNITS } from '../../cloudfunctions/core/seed/demo-org';
import type { GeoPoint } from '../../types/org';
import { probePoints, syntheticGridMap } from '../../scripts/harness/synthetic-grid-map';

/** The slow, obviously right answer: test every grid, keep the smallest id that holds the point. */
function bruteForce(grids: readonly MappedGrid[], p: GeoPoint): string | null {
  const holding = grids.filter((g) => pointInPolygon([p.lng, p.lat], closedRing(g.boundary)) !== false);
  return holding.map((g) => g.id).sort()[0] ?? null;
}

describe('GridMap', () => {
  const map = syntheticGridMap(40, 25);
  const grids = new GridMap(map.grids);

  it('indexes a street of 1,000 crooked grids', () => {
    expect(grids.size).toBe(1000);
    expect(map.grids[0]!.boundary).toHaveLength(16);
  });

  it('finds each grid from a point inside it', () => {
    for (const [id, point] of map.inside) expect(grids.locate(point)).toBe(id);
  });

  it('agrees with testing every grid, for 3,000 points in and around the map', () => {
    const points = probePoints(map, 3000);
    const answers = points.map((p) => grids.locate(p));
    expect(answers).toEqual(points.map((p) => bruteForce(map.grids, p)));
    // The margin around the map is outside every grid; the map itself has no gaps.
    expect(answers.filter((a) => a === null).length).toBeGreaterThan(100);
    const { west, south, east, north } = map.extent;
    const inExtent = points.filter((p) => p.lng > west && p.lng < east && p.lat > south && p.lat < north);
    expect(inExtent.every((p) => grids.locate(p) !== null)).toBe(true);
  });

  it('gives a point on an edge or a corner shared by several grids to the smallest id, every time', () => {
    const shared = map.grids[0]!.boundary[4]!; // the first cell's south-east corner, shared with its neighbours
    const holders = map.grids.filter((g) => g.boundary.some(([x, y]) => x === shared[0] && y === shared[1])).map((g) => g.id);
    expect(holders.length).toBeGreaterThanOrEqual(2);
    const point = { lng: shared[0], lat: shared[1] };
    expect(grids.locate(point)).toBe(holders.sort()[0]);
    // Built from the grids in another order, the answer is the same.
    expect(new GridMap([...map.grids].reverse()).locate(point)).toBe(holders[0]);
  });

  it('answers null outside every grid and for an empty map, and ignores a boundary with fewer than 3 vertices', () => {
    expect(grids.locate({ lng: 110, lat: 35 })).toBeNull();
    expect(new GridMap([]).locate({ lng: 104, lat: 30.6 })).toBeNull();
    const degenerate = new GridMap([{ id: 'gd-line', boundary: [[104, 30.6], [104.1, 30.7]] }]);
    expect(degenerate.size).toBe(0);
    expect(degenerate.locate({ lng: 104.05, lat: 30.65 })).toBeNull();
  });
});

describe('the demo grid map', () => {
  const units = DEMO_UNITS;
  const gridsOf = (communityId: string) => units.filter((u) => u.kind === 'grid' && u.parentId === communityId);

  it('draws every demo grid and places every building inside its own grid, within its own community', () => {
    for (const community of units.filter((u) => u.kind === 'community')) {
      expect(community.mapRevision).toBeGreaterThan(0);
      const grids = gridsOf(community.id);
      expect(grids.every((g) => (g.boundary?.length ?? 0) >= 3)).toBe(true);
      const map = new GridMap(grids.map((g) => ({ id: g.id, boundary: g.boundary! })));
      for (const building of units.filter((u) => u.kind === 'building' && grids.some((g) => g.id === u.parentId))) {
        expect({ building: building.id, grid: map.locate(building.location!) }).toEqual({ building: building.id, grid: building.parentId });
      }
    }
  });

  it('has no overlapping grids: the two grids of a community share only their crooked lane', () => {
    const grids = gridsOf('cm-xiyuan').map((g) => ({ id: g.id, boundary: g.boundary! }));
    const [a, b] = grids;
    const map = new GridMap(grids);
    // Just either side of the lane's middle bend.
    expect(map.locate({ lng: 104.0845, lat: 30.653 })).toBe(a!.id);
    expect(map.locate({ lng: 104.0847, lat: 30.653 })).toBe(b!.id);
    expect(map.locate({ lng: 104.0846, lat: 30.653 })).toBe(a!.id); // on the lane: the smaller id
  });
});
