import * as z from 'zod';
import { CENTERS, FIELDS, type CenterId, type FieldId } from './catalog-names';

export { CENTERS, FIELDS, centerName, fieldName, timeLimitLabel, type CenterId, type FieldId } from './catalog-names';

export const FieldIdSchema = z.enum(FIELDS.map((f) => f.id) as [FieldId, ...FieldId[]]);
export const CenterIdSchema = z.enum(CENTERS.map((c) => c.id) as [CenterId, ...CenterId[]]);

export const ItemCodeSchema = z
  .string()
  .regex(/^(DQ|ZZ|XJ|MS|WJ|TY|YL|CY|CG)-\d{2}$|^L[A-Z0-9]{1,4}-\d{2}$/, '事项编码格式不正确');

/** A time limit: `immediate` (当场/即时) or a count of hours, calendar days or working days. */
export const TimeLimitSchema = z.object({
  unit: z.enum(['immediate', 'hour', 'day', 'workday']),
  value: z.number().int().min(0).max(365),
});
export type TimeLimit = z.infer<typeof TimeLimitSchema>;

export const PolicyBasisSchema = z.object({
  /** Exact title including 《》, e.g. 《中华人民共和国法律援助法》. */
  title: z.string().regex(/^《.+》/, '政策依据须以《》标明文件名称'),
  /** Issuing number or article, only where verified, e.g. 国务院令第649号 or 第三十一条. */
  ref: z.string().max(60).optional(),
  /** What the document says that matters for this item, in one sentence. */
  note: z.string().max(200).optional(),
});
export type PolicyBasis = z.infer<typeof PolicyBasisSchema>;

export const MaterialSchema = z.object({
  name: z.string().min(1).max(80),
  required: z.boolean(),
  note: z.string().max(120).optional(),
});

export const WorkflowStepSchema = z.object({
  title: z.string().min(1).max(40),
  /** Who acts in this step, e.g. 居民, 网格员, 社区民政专干, 街道民政办. */
  actor: z.string().min(1).max(30),
  limit: TimeLimitSchema,
  detail: z.string().max(200).optional(),
});

/** A request form field, in the spirit of Open311 service attributes. */
export const FormFieldSchema = z.object({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]{0,29}$/),
  label: z.string().min(1).max(30),
  type: z.enum(['text', 'textarea', 'number', 'date', 'single', 'multi']),
  required: z.boolean(),
  options: z.array(z.string().min(1).max(30)).max(20).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  maxLength: z.number().int().positive().max(1000).optional(),
  hint: z.string().max(60).optional(),
});
export type FormField = z.infer<typeof FormFieldSchema>;

export const CatalogItemSchema = z.object({
  code: ItemCodeSchema,
  title: z.string().min(2).max(40),
  summary: z.string().min(4).max(80),
  field: FieldIdSchema,
  center: CenterIdSchema,
  /** 服务对象: who it serves. */
  audience: z.string().min(2).max(120),
  conditions: z.array(z.string().min(2).max(160)).min(1),
  materials: z.array(MaterialSchema),
  steps: z.array(WorkflowStepSchema).min(2),
  totalLimit: TimeLimitSchema,
  fee: z.string().min(1).max(40),
  /** Window inside the hosting center and opening hours; the address comes from the community. */
  place: z.object({ window: z.string().min(1).max(30), hours: z.string().min(1).max(60) }),
  contactRole: z.string().min(1).max(30),
  online: z.boolean(),
  form: z.array(FormFieldSchema).max(12),
  keywords: z.array(z.string().min(1).max(12)).min(1).max(12),
  policyBasis: z.array(PolicyBasisSchema).min(1),
  notes: z.string().max(300).optional(),
});
export type CatalogItem = z.infer<typeof CatalogItemSchema>;

/** What a list shows: enough for a row, nothing more. */
export const CatalogItemSummarySchema = CatalogItemSchema.pick({
  code: true,
  title: true,
  summary: true,
  field: true,
  center: true,
  online: true,
});
export type CatalogItemSummary = z.infer<typeof CatalogItemSummarySchema>;


/** A community's own item: code prefix L, e.g. LXY-01 (城市 items keep their field prefix). */
export const LocalItemCodeSchema = z.string().regex(/^L[A-Z0-9]{1,4}-\d{2}$/, '本社区事项编码须以L开头，如 LXY-01');

/** Compact pinyin (syllables joined by spaces) of the title and each keyword; see types/catalog-search.ts. */
export const CompactSearchKeysSchema = z.object({ title: z.string(), keywords: z.array(z.string()) });

/**
 * One row of the catalog list, which devices cache: the summary plus what the search ranking reads, so that
 * search works over the cached copy with no network and ranks exactly as the server does.
 */
export const CatalogIndexItemSchema = CatalogItemSummarySchema.extend({
  keywords: z.array(z.string()),
  audience: z.string(),
  conditions: z.array(z.string()),
  py: CompactSearchKeysSchema,
});
export type CatalogIndexItem = z.infer<typeof CatalogIndexItemSchema>;
