import * as z from 'zod';
import { shanghai } from './time';
import { validationNow } from './validation-time';
import { CENTERS, FIELDS, ITEM_KINDS, parseLimitText, type CenterId, type FieldId, type ItemKind } from './catalog-names';

export {
  CENTERS,
  FIELDS,
  ITEM_KINDS,
  LOCAL_RULE,
  centerName,
  fieldName,
  kindName,
  timeLimitLabel,
  type CenterId,
  type FieldId,
  type ItemKind,
} from './catalog-names';

export const FieldIdSchema = z.enum(FIELDS.map((f) => f.id) as [FieldId, ...FieldId[]]);
export const CenterIdSchema = z.enum(CENTERS.map((c) => c.id) as [CenterId, ...CenterId[]]);
export const ItemKindSchema = z.enum(ITEM_KINDS.map((k) => k.id) as [ItemKind, ...ItemKind[]]);

export const ItemCodeSchema = z
  .string()
  .regex(/^(DQ|ZZ|XJ|MS|WJ|TY|YL|CY|CG)-\d{2}$|^L[A-Z0-9]{1,4}-\d{2}$/, '事项编码格式不正确');

/** A calendar date, YYYY-MM-DD. */
export const DateTextSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2026-12-01');
/** A date known to the year, the month or the day: 2019, 2021-07, 2014-05-01. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, '日期格式应为 2014、2014-05 或 2014-05-01')
  .refine((d) => d.slice(0, 4) >= '1949' && Number(d.slice(0, 4)) <= shanghai(validationNow()).year() + 1, '文件日期须在1949年至明年之间');

/** A time limit: `immediate` (当场/即时) or a count of hours, calendar days or working days. */
export const TimeLimitSchema = z.object({
  unit: z.enum(['immediate', 'hour', 'day', 'workday']),
  value: z.number().int().min(0).max(365),
});
export type TimeLimit = z.infer<typeof TimeLimitSchema>;

/**
 * A time limit a cited document sets, with the document's own words: the only kind of limit the city's items
 * state. Without one an item reads 以当地规定为准 (see LOCAL_RULE).
 */
export const SourcedLimitSchema = z.object({
  unit: z.enum(['hour', 'day', 'workday', 'week']),
  value: z.number().int().min(1).max(365),
  /** The document that sets it, as its title is cited in policyBasis. */
  source: z.string().regex(/^《.+》/, '时限依据须以《》标明文件名称'),
  /** The document's words, quoted exactly. */
  quote: z.string().min(2).max(120),
});
export type SourcedLimit = z.infer<typeof SourcedLimitSchema>;

/** A community's own time limit, as its admin writes it: 即时办结, 24小时, 5日, 3个工作日. Shown as 本社区承诺. */
export const LimitTextSchema = z
  .string()
  .trim()
  .max(12, '时限最多12个字')
  .refine((text) => parseLimitText(text) !== null, '时限请写成“即时办结”“24小时”“5日”或“3个工作日”');

export const PolicyBasisSchema = z.object({
  /** Exact title including 《》, e.g. 《中华人民共和国法律援助法》. */
  title: z.string().regex(/^《.+》/, '政策依据须以《》标明文件名称'),
  /** The document's id in the city's list of documents (content/documents.ts); absent for a community's own citation. */
  docId: z.string().regex(/^[a-z0-9-]{2,60}$/).optional(),
  /** Issuing number, e.g. 国务院令第649号. */
  number: z.string().max(40).optional(),
  /** When the cited text came into force; `issued` for a document that states no in-force date. */
  inForce: PartialDateSchema.optional(),
  issued: PartialDateSchema.optional(),
  /** What happened on `issued`: 通过, 修正, 公布, 印发. */
  issuedAs: z.string().max(8).optional(),
  /** Articles, only where their text was seen, e.g. 第五条、第六条. */
  articles: z.string().max(60).optional(),
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
  /** Only where a cited document sets it. */
  limit: SourcedLimitSchema.optional(),
  /** A community's own limit for this step (its own items only). */
  promisedLimit: LimitTextSchema.optional(),
  detail: z.string().max(200).optional(),
});

/** A request form field, in the spirit of Open311 service attributes. */
export const FormFieldSchema = z.object({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]{0,29}$/),
  label: z.string().min(1).max(30),
  type: z.enum(['text', 'textarea', 'number', 'date', 'single', 'multi']),
  required: z.boolean(),
  /** Date fields: whether the date asked for is ahead (期望日期, within a year) or behind (a birth date). */
  when: z.enum(['upcoming', 'past']).optional(),
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
  /** 居民可办, 居民可查 or 社区工作. */
  kind: ItemKindSchema,
  /** 服务对象: who it serves. */
  audience: z.string().min(2).max(120),
  conditions: z.array(z.string().min(2).max(160)).min(1),
  materials: z.array(MaterialSchema),
  steps: z.array(WorkflowStepSchema).min(2),
  /** The whole item's limit, only where a cited document sets it; absent: 以当地规定为准. */
  timeLimit: SourcedLimitSchema.optional(),
  /** The community's own limit (catalog adjustments, or its own items), shown as 本社区承诺. */
  promisedLimit: LimitTextSchema.optional(),
  fee: z.string().min(1).max(40),
  /**
   * Window inside the hosting center; opening hours only where the community set its own for this item (the
   * center's record holds the hours otherwise, like the address).
   */
  place: z.object({ window: z.string().min(1).max(30), hours: z.string().min(2).max(60).optional() }),
  contactRole: z.string().min(1).max(30),
  online: z.boolean(),
  /**
   * A feature of its own handles the item instead of a request to the grid: 我要办理 opens it, and grid.submit refuses
   * the item. `legal-aid`: the legal-aid booking (pkg-legal); no legal question is ever stored as a grid request.
   */
  handledBy: z.enum(['legal-aid']).optional(),
  form: z.array(FormFieldSchema).max(12),
  /** The first is the name residents call the item by (低保, 医保, 助餐): the search ranks its initials high. */
  keywords: z.array(z.string().min(1).max(12)).min(1).max(12),
  policyBasis: z.array(PolicyBasisSchema).min(1),
  notes: z.string().max(300).optional(),
  /** When the content was last checked against its documents, and which ones (ids of content/documents.ts). */
  reviewedAt: DateTextSchema,
  reviewedAgainst: z.array(z.string().max(60)).max(20),
});
export type CatalogItem = z.infer<typeof CatalogItemSchema>;

/** What a list shows: enough for a row, nothing more. */
export const CatalogItemSummarySchema = CatalogItemSchema.pick({
  code: true,
  title: true,
  summary: true,
  field: true,
  center: true,
  kind: true,
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
