import * as z from 'zod';
import { CatalogIndexItemSchema, CatalogItemSchema, DateTextSchema, FieldIdSchema, ItemCodeSchema, LimitTextSchema, LocalItemCodeSchema, type CatalogItem } from '../catalog';
import { UnitIdSchema } from '../org';
import type { FunctionContract } from '../contract';

const PHONE = /^[0-9][0-9-]{3,18}[0-9]$/;

/**
 * What a community may change in its copy of a city item. Absent fields follow the city's content; the admin
 * sends the whole patch each time, so clearing a field reverts it.
 */
export const ItemPatchSchema = z
  .object({
    window: z.string().trim().min(1, '请填写办理窗口').max(30, '办理窗口最多30个字').optional(),
    hours: z.string().trim().min(2, '请填写办理时间').max(60, '办理时间最多60个字').optional(),
    address: z.string().trim().min(2, '请填写办理地址').max(80, '办理地址最多80个字').optional(),
    contactRole: z.string().trim().min(1, '请填写联系人').max(30, '联系人最多30个字').optional(),
    contactPhone: z.string().trim().regex(PHONE, '请填写正确的电话号码，如 028-86001801').optional(),
    notes: z.string().trim().min(1, '温馨提示不能为空').max(300, '温馨提示最多300个字').optional(),
    /** 本社区承诺: the community's own time limit, where no cited document sets one (or a shorter one). */
    promisedLimit: LimitTextSchema.optional(),
  })
  .strict();
export type ItemPatch = z.infer<typeof ItemPatchSchema>;

/** Problems a well-formed item can still have, with Chinese messages; shared by the local-item form and the content test. */
export function itemRuleIssues(item: Omit<CatalogItem, 'reviewedAt' | 'reviewedAgainst'>): Array<{ path: Array<string | number>; message: string }> {
  const issues: Array<{ path: Array<string | number>; message: string }> = [];
  if (item.kind === 'duty' && item.online) issues.push({ path: ['online'], message: '社区工作事项不设网上申请' });
  if (item.online && item.form.length === 0) issues.push({ path: ['form'], message: '可网上办理的事项须设置申请表单' });
  if (!item.online && item.form.length > 0) issues.push({ path: ['form'], message: '不可网上办理的事项不设申请表单' });
  const keys = new Set<string>();
  item.form.forEach((f, i) => {
    if (keys.has(f.key)) issues.push({ path: ['form', i, 'key'], message: `表单项标识“${f.key}”重复` });
    keys.add(f.key);
    const choice = f.type === 'single' || f.type === 'multi';
    if (choice && (f.options?.length ?? 0) < 2) issues.push({ path: ['form', i, 'options'], message: `“${f.label}”至少需要两个选项` });
    if (!choice && f.options !== undefined) issues.push({ path: ['form', i, 'options'], message: `“${f.label}”不是选择题，不应设置选项` });
    if (f.options && new Set(f.options).size !== f.options.length) issues.push({ path: ['form', i, 'options'], message: `“${f.label}”的选项重复` });
    if (f.min !== undefined && f.max !== undefined && f.min > f.max) issues.push({ path: ['form', i, 'max'], message: `“${f.label}”的最大值小于最小值` });
    if ((f.type === 'date') !== (f.when !== undefined)) issues.push({ path: ['form', i, 'when'], message: f.type === 'date' ? `“${f.label}”须说明是将来的日期还是过去的日期` : `“${f.label}”不是日期项` });
  });
  if (new Set(item.keywords).size !== item.keywords.length) issues.push({ path: ['keywords'], message: '关键词重复' });
  return issues;
}

/**
 * A community's own item: the same schema as the city's items, with an L… code. Its review date is the day it is
 * saved (set by the server), so the form does not send one.
 */
export const LocalItemSchema = CatalogItemSchema.omit({ reviewedAt: true, reviewedAgainst: true, handledBy: true })
  .extend({ code: LocalItemCodeSchema })
  .superRefine((item, ctx) => {
    for (const issue of itemRuleIssues(item)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
export type LocalItemInput = z.infer<typeof LocalItemSchema>;

const CommunityScope = { communityId: UnitIdSchema };
/** The revision the admin's form was loaded at; a stale one is refused with CONFLICT. 0: nothing stored yet. */
const Rev = z.number().int().min(0, '版本号不正确').max(1e9, '版本号不正确');

/** A row as residents' search reads it too (keywords, pinyin keys), so the admin filter ranks like resident search. */
export const AdminItemRowSchema = CatalogIndexItemSchema.extend({
  /** A community's own item (L… code). */
  local: z.boolean(),
  hidden: z.boolean(),
  /** Fields of the city's item this community changed. */
  adjusted: z.array(z.string()),
});
export type AdminItemRow = z.infer<typeof AdminItemRowSchema>;

export const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.number().int(),
  /**
   * Who acted, as the account stood at that moment: its role and unit (e.g. 社区管理员（西园社区）) and a short,
   * fixed reference of the account. Never the display name, which its holder can change at will.
   */
  actorRole: z.string(),
  actorAccount: z.string(),
  action: z.string(),
  target: z.string(),
  /** What changed: the field and its value before and after, as text. */
  changes: z.array(z.object({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() })),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

const Saved = z.object({ rev: z.number().int(), version: z.string() });

/** A 纠错 report as the community admin's list shows it. */
export const MistakeReportSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  quote: z.string(),
  problem: z.string(),
  reporterName: z.string(),
  createdAt: z.number().int(),
  status: z.enum(['open', 'resolved']),
  resolution: z.string().nullable(),
  resolvedAt: z.number().int().nullable(),
  resolvedByName: z.string().nullable(),
});
export type MistakeReport = z.infer<typeof MistakeReportSchema>;

/** An item whose content is due for review, and why. */
export const ReviewDueSchema = z.object({ code: z.string(), title: z.string(), reviewedAt: DateTextSchema, reasons: z.array(z.string()).min(1) });
export type ReviewDue = z.infer<typeof ReviewDueSchema>;

export const catalogAdminContract = {
  /** Communities the caller administers (a street admin: every community of the street). */
  scopes: {
    input: z.object({}).strict(),
    output: z.object({ communities: z.array(z.object({ id: z.string(), name: z.string() })) }),
  },
  /** Every item of the community's copy, hidden ones included, with what was adjusted. */
  items: {
    input: z.object(CommunityScope).strict(),
    output: z.object({ communityName: z.string(), version: z.string(), items: z.array(AdminItemRowSchema) }),
  },
  /** One item as the community shows it, the city's original and the stored adjustment. */
  item: {
    input: z.object({ ...CommunityScope, code: ItemCodeSchema }).strict(),
    output: z.object({
      item: CatalogItemSchema,
      /** The city's item; null for a local item. */
      base: CatalogItemSchema.nullable(),
      patch: ItemPatchSchema,
      hidden: z.boolean(),
      local: z.boolean(),
      rev: z.number().int(),
      /** Defaults shown as placeholders: the center's address, hours and phone in this community. */
      place: z.object({ address: z.string(), hours: z.string(), phone: z.string() }).nullable(),
    }),
  },
  /** Sets the community's patch and visibility of a city item (the whole patch: absent fields revert). */
  adjust: {
    input: z.object({ ...CommunityScope, code: ItemCodeSchema, patch: ItemPatchSchema, hidden: z.boolean(), rev: Rev }).strict(),
    output: Saved,
  },
  addLocal: {
    input: z.object({ ...CommunityScope, item: LocalItemSchema }).strict(),
    output: Saved,
  },
  updateLocal: {
    input: z.object({ ...CommunityScope, item: LocalItemSchema, rev: Rev }).strict(),
    output: Saved,
  },
  removeLocal: {
    input: z.object({ ...CommunityScope, code: LocalItemCodeSchema, rev: Rev }).strict(),
    output: Saved,
  },
  /** Who changed what and when in the community's catalog, newest first. */
  audit: {
    input: z
      .object({ ...CommunityScope, code: ItemCodeSchema.optional(), limit: z.number().int().min(1, '每页至少1条').max(100, '每页最多100条').optional() })
      .strict(),
    output: z.object({ entries: z.array(AuditEntrySchema) }),
  },
  /**
   * The printable handbook of the community's copy (HTML with its print CSS); with `field`, only that field's
   * items, small enough for one page render in the mini-program (setData carries at most 256 KB).
   */
  handbook: {
    input: z.object({ ...CommunityScope, field: FieldIdSchema.optional() }).strict(),
    output: z.object({ title: z.string(), version: z.string(), itemCount: z.number().int(), html: z.string() }),
  },
  /** 纠错 reports of the community's residents and workers, open ones first, newest first within each. */
  reports: {
    input: z.object({ ...CommunityScope, status: z.enum(['open', 'resolved']).optional() }).strict(),
    output: z.object({ reports: z.array(MistakeReportSchema) }),
  },
  /** Closes a report with what was done about it (a correction made, or why the text stands). */
  resolveReport: {
    input: z
      .object({
        ...CommunityScope,
        id: z.string().regex(/^[a-z0-9_-]{4,60}$/, '纠错记录编号不正确'),
        note: z.string().trim().min(2, '请填写处理说明').max(300, '处理说明最多300个字'),
      })
      .strict(),
    output: z.object({ id: z.string(), status: z.literal('resolved') }),
  },
  /** Items whose review is over a year old or whose cited documents were superseded, expired or have a successor. */
  reviewDue: {
    input: z.object(CommunityScope).strict(),
    output: z.object({ items: z.array(ReviewDueSchema) }),
  },
} satisfies FunctionContract;
