import * as z from 'zod';
import {
  CatalogItemSchema,
  CatalogItemSummarySchema,
  CenterIdSchema,
  FieldIdSchema,
  ItemCodeSchema,
} from '../catalog';
import { CenterPlaceSchema } from '../org';
import type { FunctionContract } from '../contract';

export const CatalogListOutputSchema = z.object({
  /** Changes whenever the content or the community's adjustments change; the device cache keys on it. */
  version: z.string(),
  total: z.number().int(),
  items: z.array(CatalogItemSummarySchema),
});

export const CatalogDetailSchema = z.object({
  item: CatalogItemSchema,
  /** Where to go: the hosting center of the caller's community, when known. */
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
      })
      .strict(),
    output: CatalogListOutputSchema,
  },
  get: {
    input: z.object({ code: ItemCodeSchema }).strict(),
    output: CatalogDetailSchema,
  },
} satisfies FunctionContract;
