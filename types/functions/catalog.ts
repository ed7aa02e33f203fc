import * as z from 'zod';
import {
  CatalogIndexItemSchema,
  CatalogItemSchema,
  CatalogItemSummarySchema,
  CenterIdSchema,
  FieldIdSchema,
  ItemCodeSchema,
} from '../catalog';
import { CenterPlaceSchema } from '../org';
import type { FunctionContract } from '../contract';

/** Version stamp of the caller's copy of the catalog (content and their community's adjustments). */
export const CatalogVersionSchema = z.string().max(120, '版本号格式不正确');

export const CatalogListOutputSchema = z.object({
  /** Changes whenever the content or the community's adjustments change; the device cache keys on it. */
  version: z.string(),
  /**
   * True when the caller's `knownVersion` is current: `items` is then empty and the device keeps its copy
   * (`total` still counts the items it holds).
   */
  notModified: z.boolean(),
  total: z.number().int(),
  items: z.array(CatalogIndexItemSchema),
});
export type CatalogListOutput = z.infer<typeof CatalogListOutputSchema>;

export const CatalogDetailSchema = z.object({
  /** The catalog version this detail belongs to, for the device cache. */
  version: z.string(),
  item: CatalogItemSchema,
  /** Where to go: the hosting center of the caller's community, when known (with the community's adjustments). */
  place: CenterPlaceSchema.nullable(),
});
export type CatalogDetail = z.infer<typeof CatalogDetailSchema>;

export const catalogContract = {
  list: {
    input: z
      .object({
        q: z.string().trim().max(40, '搜索词最多40个字').optional(),
        field: FieldIdSchema.optional(),
        center: CenterIdSchema.optional(),
        /** The version the device holds; when current the answer is `notModified`. */
        knownVersion: CatalogVersionSchema.optional(),
      })
      .strict(),
    output: CatalogListOutputSchema,
  },
  get: {
    input: z.object({ code: ItemCodeSchema }).strict(),
    output: CatalogDetailSchema,
  },
  /** 常用事项: the items most requested in the caller's community lately, topped up by a curated list. */
  frequent: {
    input: z.object({}).strict(),
    output: z.object({ items: z.array(CatalogItemSummarySchema) }),
  },
} satisfies FunctionContract;
