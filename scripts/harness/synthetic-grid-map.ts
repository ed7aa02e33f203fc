import type { MappedGrid } from '../../cloudfunctions/core/routing/grid-map';
import type { GeoPoint } from '../../types/org';

/** A small seeded PRNG (mulberry32), so synthetic maps and probe points are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticMap {
  grids: MappedGrid[];
  /** A point well inside each grid, by grid id. */
  inside: Map<string, GeoPoint>;
  extent: { west: number; south: number; east: number; north: number };
}

/**
 * A street-sized grid map with no gaps and no overlaps, shaped like real ones: a jittered lattice of
 * `cols × rows` cells whose edges are broken into `bends` crooked segments, each bend shared by the two
 * neighbouring grids (so each grid has 4 × bends vertices). Cells are about 300 m across.
 */
export function syntheticGridMap(cols: number, rows: number, bends = 4, seed = 7): SyntheticMap {
  const random = seededRandom(seed);
  const west = 104.0;
  const south = 30.6;
  const w = 0.003;
  const h = 0.0027;
  const jitter = (size: number) => (random() - 0.5) * size * 0.3;
  // Lattice corners, jittered but shared by the four cells around them.
  const corner: Array<Array<[number, number]>> = [];
  for (let i = 0; i <= cols; i++) {
    corner.push([]);
    for (let j = 0; j <= rows; j++) {
      const edgeX = i === 0 || i === cols;
      const edgeY = j === 0 || j === rows;
      corner[i]!.push([west + i * w + (edgeX ? 0 : jitter(w)), south + j * h + (edgeY ? 0 : jitter(h))]);
    }
  }
  // The bends of each lattice edge, from its first corner to its second, shared by both sides.
  const bendsOf = new Map<string, Array<[number, number]>>();
  const edge = (a: [number, number], b: [number, number], key: string, outer: boolean) => {
    let points = bendsOf.get(key);
    if (!points) {
      points = [];
      for (let k = 1; k < bends; k++) {
        const t = k / bends;
        const wobble = outer ? 0 : (random() - 0.5) * 0.12;
        // Move the bend across the edge (perpendicular), a little.
        const dx = b[0] - a[0];
        const dy = b[1] - a[1];
        points.push([a[0] + dx * t - dy * wobble, a[1] + dy * t + dx * wobble]);
      }
      bendsOf.set(key, points);
    }
    return points;
  };

  const grids: MappedGrid[] = [];
  const inside = new Map<string, GeoPoint>();
  for (let i = 0; i < cols; i++) {
    for (let j = 0; j < rows; j++) {
      const sw = corner[i]![j]!;
      const se = corner[i + 1]![j]!;
      const ne = corner[i + 1]![j + 1]!;
      const nw = corner[i]![j + 1]!;
      const south_ = edge(sw, se, `h${i},${j}`, j === 0);
      const east = edge(se, ne, `v${i + 1},${j}`, i + 1 === cols);
      const north = edge(nw, ne, `h${i},${j + 1}`, j + 1 === rows);
      const west_ = edge(sw, nw, `v${i},${j}`, i === 0);
      const ring: Array<[number, number]> = [sw, ...south_, se, ...east, ne, ...[...north].reverse(), nw, ...[...west_].reverse()];
      const id = `gd-s-${String(i).padStart(3, '0')}-${String(j).padStart(3, '0')}`;
      grids.push({ id, boundary: ring });
      inside.set(id, { lng: (sw[0] + se[0] + ne[0] + nw[0]) / 4, lat: (sw[1] + se[1] + ne[1] + nw[1]) / 4 });
    }
  }
  return { grids, inside, extent: { west, south, east: west + cols * w, north: south + rows * h } };
}

/** Uniform random points over the map's extent and a margin around it (some fall outside every grid). */
export function probePoints(map: SyntheticMap, count: number, seed = 11): GeoPoint[] {
  const random = seededRandom(seed);
  const { west, south, east, north } = map.extent;
  const mx = (east - west) * 0.05;
  const my = (north - south) * 0.05;
  return Array.from({ length: count }, () => ({ lng: west - mx + random() * (east - west + 2 * mx), lat: south - my + random() * (north - south + 2 * my) }));
}
