import * as z from 'zod';
import { CenterIdSchema } from './catalog';

/**
 * One org tree for administration and Party organisation alike:
 * street (街道党工委) → community (社区党支部) → grid (网格党支部) → building (楼栋党小组).
 */
export const UNIT_KINDS = ['street', 'community', 'grid', 'building'] as const;
export const UnitKindSchema = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof UnitKindSchema>;

export const UnitIdSchema = z.string().regex(/^[a-z]{2}-[a-z0-9-]{1,40}$/, '组织编码格式不正确');

export const OrgUnitSchema = z.object({
  id: UnitIdSchema,
  kind: UnitKindSchema,
  name: z.string().min(1).max(40),
  /** Name of the Party organisation tied to this unit, e.g. 第一网格党支部. */
  partyOrgName: z.string().min(1).max(40),
  parentId: UnitIdSchema.nullable(),
  /** Ancestors from the street down to this unit, inclusive. */
  path: z.array(UnitIdSchema).min(1),
});
export type OrgUnit = z.infer<typeof OrgUnitSchema>;

export const CenterPlaceSchema = z.object({
  center: CenterIdSchema,
  address: z.string().min(2).max(80),
  hours: z.string().min(2).max(60),
  phone: z.string().min(5).max(20),
});
export type CenterPlace = z.infer<typeof CenterPlaceSchema>;

export const CommunityPublicSchema = z.object({
  id: UnitIdSchema,
  name: z.string(),
  streetName: z.string(),
  centers: z.array(CenterPlaceSchema),
});
export type CommunityPublic = z.infer<typeof CommunityPublicSchema>;

/** QR scene: `<communityId>` or `<communityId>~<buildingId>`, at most 32 characters as WeChat allows. */
export const QrSceneSchema = z
  .string()
  .max(32, '二维码参数过长')
  .regex(/^cm-[a-z0-9-]+(~bd-[a-z0-9-]+)?$/, '二维码无效，请扫描社区张贴的二维码');

/**
 * A point as the phone reports it: WeChat's `getLocation({ type: 'gcj02' })` gives GCJ-02, the coordinates
 * Chinese maps (and so the street office's grid map) use. Bounded to China so a swapped pair is refused.
 */
export const GeoPointSchema = z.object(
  {
    lng: z.number({ error: '位置经度不正确' }).min(73, '位置不在服务范围内').max(136, '位置不在服务范围内'),
    lat: z.number({ error: '位置纬度不正确' }).min(3, '位置不在服务范围内').max(54, '位置不在服务范围内'),
  },
  { error: '位置格式不正确' },
).strict();
export type GeoPoint = z.infer<typeof GeoPointSchema>;

/** A grid's boundary as drawn on the street's grid map: one ring of [lng, lat] vertices (GCJ-02), not closed. */
export type GridBoundary = ReadonlyArray<readonly [lng: number, lat: number]>;
