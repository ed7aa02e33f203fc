import * as z from 'zod';
import { CenterPlaceSchema, GeoPointSchema, UnitIdSchema } from '../../../types/org';
import type { UnitDoc } from '../org/org.repository';

/**
 * A deployment's org tree as its street office writes it (config/org.json; the demo street is the example): the
 * street, its communities with their service centers, their grids with the boundary drawn on the street's grid map
 * (GCJ-02, one ring, not closed), and their buildings with where each stands. `npm run setup` writes it as units.
 */
const Named = { id: UnitIdSchema, name: z.string().min(1).max(40), partyOrgName: z.string().min(1).max(40) };
const Point = z.tuple([z.number().min(73).max(136), z.number().min(3).max(54)]);
const BuildingSchema = z.object({ ...Named, location: GeoPointSchema.optional() }).strict();
const GridSchema = z.object({ ...Named, boundary: z.array(Point).min(3).optional(), buildings: z.array(BuildingSchema) }).strict();
const CommunitySchema = z.object({ ...Named, centers: z.array(CenterPlaceSchema), grids: z.array(GridSchema) }).strict();
export const OrgConfigSchema = z
  .object({ street: z.object({ ...Named, communities: z.array(CommunitySchema).min(1) }).strict() })
  .strict()
  .superRefine((org, ctx) => {
    const ids = [org.street.id, ...org.street.communities.flatMap((c) => [c.id, ...c.grids.flatMap((g) => [g.id, ...g.buildings.map((b) => b.id)])])];
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (repeated.length > 0) ctx.addIssue({ code: 'custom', message: `unit ids repeat: ${[...new Set(repeated)].join(', ')}` });
    const prefixes: Array<[string, string[]]> = [
      ['st-', [org.street.id]],
      ['cm-', org.street.communities.map((c) => c.id)],
      ['gd-', org.street.communities.flatMap((c) => c.grids.map((g) => g.id))],
      ['bd-', org.street.communities.flatMap((c) => c.grids.flatMap((g) => g.buildings.map((b) => b.id)))],
    ];
    for (const [prefix, list] of prefixes) for (const id of list) if (!id.startsWith(prefix)) ctx.addIssue({ code: 'custom', message: `${id} should start with ${prefix}` });
  });
export type OrgConfig = z.infer<typeof OrgConfigSchema>;

/** Parses the file's JSON; throws naming every problem. */
export function parseOrgConfig(raw: unknown, source = 'config/org.json'): OrgConfig {
  const parsed = OrgConfigSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`invalid ${source}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** The units to store, parents first, each with its path from the street. */
export function unitsOf(org: OrgConfig): UnitDoc[] {
  const units: UnitDoc[] = [];
  const add = (kind: UnitDoc['kind'], node: { id: string; name: string; partyOrgName: string }, parent: UnitDoc | null, extra: Partial<UnitDoc> = {}) => {
    const unit: UnitDoc = { _id: node.id, id: node.id, kind, name: node.name, partyOrgName: node.partyOrgName, parentId: parent?.id ?? null, path: [...(parent?.path ?? []), node.id], ...extra };
    units.push(unit);
    return unit;
  };
  const street = add('street', org.street, null);
  for (const c of org.street.communities) {
    const community = add('community', c, street, { mapRevision: 1, centers: c.centers });
    for (const g of c.grids) {
      const grid = add('grid', g, community, g.boundary ? { boundary: g.boundary } : {});
      for (const b of g.buildings) add('building', b, grid, b.location ? { location: b.location } : {});
    }
  }
  return units;
}
