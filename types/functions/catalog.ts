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

/** Residents' view (居民可办, 居民可查) or the worker view (every item); see ITEM_KINDS. */
export const CatalogViewSchema = z.enum(['resident', 'worker']);
export type CatalogView = z.infer<typeof CatalogViewSchema>;

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
        /** `worker`: every item, 社区工作 included (staff only); residents' view by default. */
        view: CatalogViewSchema.optional(),
      })
      .strict(),
    output: CatalogListOutputSchema,
  },
  get: {
    input: z.object({ code: ItemCodeSchema }).strict(),
    output: CatalogDetailSchema,
  },
  /**
   * 纠错: a signed-in user reports a mistake in an item, quoting the part they question (one of the item's
   * quotable parts, types/catalog-display.ts) and saying what is wrong; it reaches the community admin's list.
   */
  reportMistake: {
    input: z
      .object({
        code: ItemCodeSchema,
        quote: z.string().trim().min(1, '请选择有误的内容').max(400, '引用内容过长'),
        problem: z.string().trim().min(5, '请用至少5个字说明哪里有误').max(500, '说明最多500个字'),
      })
      .strict(),
    output: z.object({ id: z.string(), createdAt: z.number().int() }),
  },
  /** 常用事项: the items most requested in the caller's community lately, topped up by a curated list. */
  frequent: {
    input: z.object({}).strict(),
    output: z.object({ items: z.array(CatalogItemSummarySchema) }),
  },
} satisfies FunctionContract;
