// `npx tsx bench/grid-routing.ts`: routing a request among 1,000 grids. A synthetic street-sized map (40 × 25
// crooked grids of 16 vertices, 10 buildings each) goes into a SQLite store; then, side by side:
// - by building: routeRequest through the store for the resident's registered building (two point reads);
// - by location: routeRequest for a point, the community's grid map warm in the instance (the usual case);
// - the grid map itself: the R-tree + point-in-polygon lookup, against testing every grid in turn;
// - a cold map: loading the 1,000 grids from the store and building the index (after a map revision moves).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pointInPolygon from 'point-in-polygon-hao';
import type { UnitDoc } from '../cloudfunctions/core/org/org.repository';
import { boundsOf, closedRing, GridMap, type MappedGrid } from '../cloudfunctions/core/routing/grid-map';
import { routeRequest } from '../cloudfunctions/core/routing/route';
import { SqliteStore } from '../cloudfunctions/core/store/sqlite/sqlite-store';
import type { GeoPoint } from '../types/org';
import { probePoints, seededRandom, syntheticGridMap } from '../scripts/harness/synthetic-grid-map';

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown): Promise<{ median: number; p99: number }> {
  for (const input of inputs.slice(0, 200)) await fn(input); // warm up
  const samples: number[] = [];
  for (const input of inputs) {
    const t = process.hrtime.bigint();
    await fn(input);
    samples.push(Number(process.hrtime.bigint() - t) / 1e3);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p99: percentile(samples, 99) };
}

export async function benchGridRouting(): Promise<Record<string, number | string>> {
  const map = syntheticGridMap(40, 25);
  const dir = mkdtempSync(join(tmpdir(), 'hub-bench-routing-'));
  const store = new SqliteStore(join(dir, 'hub.sqlite'));
  try {
    const street: UnitDoc = { _id: 'st-bench', id: 'st-bench', kind: 'street', name: '基准街道', partyOrgName: '基准街道党工委', parentId: null, path: ['st-bench'] };
    const community: UnitDoc = { _id: 'cm-bench', id: 'cm-bench', kind: 'community', name: '基准社区', partyOrgName: '基准社区党支部', parentId: street.id, path: [street.id, 'cm-bench'], mapRevision: 1 };
    const random = seededRandom(3);
    const buildingIds: string[] = [];
    await store.transaction(async (tx) => {
      await tx.put('units', street);
      await tx.put('units', community);
      for (const g of map.grids) {
        await tx.put<UnitDoc>('units', { _id: g.id, id: g.id, kind: 'grid', name: g.id, partyOrgName: `${g.id}党支部`, parentId: community.id, path: [...community.path, g.id], boundary: g.boundary });
        for (let b = 0; b < 10; b++) {
          const id = `bd-${g.id.slice(3)}-${b}`;
          buildingIds.push(id);
          await tx.put<UnitDoc>('units', { _id: id, id, kind: 'building', name: `${b + 1}栋`, partyOrgName: `${b + 1}栋党小组`, parentId: g.id, path: [...community.path, g.id, id], location: map.inside.get(g.id)! });
        }
      }
    });
    const someBuildings = Array.from({ length: 5000 }, () => buildingIds[Math.floor(random() * buildingIds.length)]!);
    const points = probePoints(map, 10000);

    const byBuilding = await timeEach(someBuildings, (buildingId) => routeRequest(store, community, { buildingId }));
    const byLocation = await timeEach(points, (location) => routeRequest(store, community, { location }));
    const grids = new GridMap(map.grids);
    const indexed = await timeEach(points, (p) => grids.locate(p));
    const everyGrid = linearLocator(map.grids);
    const linear = await timeEach(points, (p) => everyGrid(p));

    // Cold: each call sees a new map revision, so it reloads the grids from the store and rebuilds the index.
    const cold: number[] = [];
    for (let revision = 2; revision < 22; revision++) {
      const t = process.hrtime.bigint();
      await routeRequest(store, { ...community, mapRevision: revision }, { location: points[revision]! });
      cold.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    cold.sort((a, b) => a - b);

    const located = points.filter((p) => grids.locate(p) !== null).length;
    return {
      map: `${map.grids.length} grids × ${map.grids[0]!.boundary.length} vertices, ${buildingIds.length} buildings, one SQLite store`,
      target: '< 1 ms median (1000 µs)',
      by_building_median_us: round(byBuilding.median),
      by_building_p99_us: round(byBuilding.p99),
      by_location_median_us: round(byLocation.median),
      by_location_p99_us: round(byLocation.p99),
      ratio_to_target_by_building: round(byBuilding.median / 1000, 3),
      ratio_to_target_by_location: round(byLocation.median / 1000, 3),
      locate_indexed_median_us: round(indexed.median),
      locate_indexed_p99_us: round(indexed.p99),
      locate_every_grid_median_us: round(linear.median),
      ratio_every_grid_to_indexed: round(linear.median / indexed.median, 1),
      cold_map_load_median_ms: round(cold[Math.floor(cold.length / 2)]!),
      probes_inside_a_grid: `${located} of ${points.length}`,
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The baseline without an index, prepared as well as the index is (rings closed, boxes computed once): every
 * grid's box checked in turn, then its polygon.
 */
function linearLocator(grids: readonly MappedGrid[]): (p: GeoPoint) => string | null {
  const prepared = grids.map((g) => ({ id: g.id, ring: closedRing(g.boundary), ...boundsOf(g.boundary) }));
  return (p) => {
    for (const g of prepared) {
      if (p.lng < g.minX || p.lng > g.maxX || p.lat < g.minY || p.lat > g.maxY) continue;
      if (pointInPolygon([p.lng, p.lat], g.ring) !== false) return g.id;
    }
    return null;
  };
}

if (require.main === module) {
  benchGridRouting().then((r) => console.log(r));
}
