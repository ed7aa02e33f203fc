import * as z from 'zod';
import { formDateProblem } from '../date-windows';
import { NEED_CATEGORIES, NEED_STATUSES, PROVIDER_KINDS, RESOURCE_STATUSES, RESOURCE_TYPES } from '../governance';
import { UnitIdSchema } from '../org';
import type { FunctionContract } from '../contract';
import { PhotosSchema } from './grid';
import { PhotoViewSchema } from '../request';

/** Record ids: a prefix and the store's sortable id. */
const idOf = (prefix: string, what: string) => z.string().regex(new RegExp(`^${prefix}_[a-z0-9]{8,40}$`), `${what}编号格式不正确`);
export const NeedIdSchema = idOf('nd', '需求');
export const ResourceIdSchema = idOf('rs', '资源');
export const ProjectIdSchema = idOf('pj', '项目');

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, `${label}至少${min}个字`)
    .max(max, `${label}最多${max}个字`);
const PhoneSchema = z
  .string({ error: '请填写联系电话' })
  .trim()
  .regex(/^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$/, '请填写手机号或带区号的座机号');

/** A need as it is written, by a resident or by a visitor on a visit. */
export const NeedDraftSchema = z
  .object({
    category: z.enum(NEED_CATEGORIES, { error: '请选择需求类别' }),
    description: text('需求描述', 5, 300),
    people: z.number({ error: '请填写涉及人数' }).int('人数须为整数').min(1, '涉及人数至少为1').max(10000, '涉及人数不能超过10000'),
  })
  .strict();
export type NeedDraft = z.infer<typeof NeedDraftSchema>;

export const NeedViewSchema = z.object({
  id: NeedIdSchema,
  category: z.enum(NEED_CATEGORIES),
  description: z.string(),
  people: z.number().int(),
  /** 1 for the need itself, plus one for each person who said 我也需要. */
  weight: z.number().int(),
  /** The caller said 我也需要. */
  meToo: z.boolean(),
  /** The caller wrote it (or raised it on a visit). */
  mine: z.boolean(),
  status: z.enum(NEED_STATUSES),
  source: z.enum(['resident', 'visit']),
  place: z.string(),
  gridName: z.string().nullable(),
  createdAt: z.number().int(),
  project: z.object({ id: ProjectIdSchema, title: z.string() }).nullable(),
  /** Held by content security until an officer publishes it: only its author and the community's officers see it. */
  held: z.boolean(),
});
export type NeedView = z.infer<typeof NeedViewSchema>;

export const ResourceViewSchema = z.object({
  id: ResourceIdSchema,
  type: z.enum(RESOURCE_TYPES),
  title: z.string(),
  description: z.string(),
  providerKind: z.enum(PROVIDER_KINDS),
  providerName: z.string(),
  availability: z.string(),
  contactName: z.string(),
  /** In full to the community's officers (to arrange it), masked to everyone else. */
  contactPhone: z.string(),
  status: z.enum(RESOURCE_STATUSES),
  reason: z.string().nullable(),
  gridName: z.string().nullable(),
  createdAt: z.number().int(),
  rev: z.number().int(),
});
export type ResourceView = z.infer<typeof ResourceViewSchema>;

export const MilestoneViewSchema = z.object({ id: z.string(), title: z.string(), due: z.string(), doneAt: z.number().int().nullable() });
export const ProjectUpdateViewSchema = z.object({ id: z.string(), at: z.number().int(), text: z.string(), by: z.string(), milestone: z.string().nullable(), photos: z.array(PhotoViewSchema) });

export const ProjectSummarySchema = z.object({
  id: ProjectIdSchema,
  title: z.string(),
  responsibleUnit: z.string(),
  status: z.enum(['active', 'done']),
  needCount: z.number().int(),
  milestonesDone: z.number().int(),
  milestoneCount: z.number().int(),
  createdAt: z.number().int(),
});
export const ProjectViewSchema = ProjectSummarySchema.extend({
  summary: z.string(),
  needs: z.array(NeedViewSchema),
  resources: z.array(ResourceViewSchema),
  milestones: z.array(MilestoneViewSchema),
  updates: z.array(ProjectUpdateViewSchema),
  result: z.string().nullable(),
  topic: z.object({ id: z.string(), title: z.string() }).nullable(),
  /** The caller may post updates and finish it. */
  manage: z.boolean(),
});
export type ProjectView = z.infer<typeof ProjectViewSchema>;

const MilestoneDraft = z
  .object({
    title: text('里程碑', 2, 40),
    due: z
      .string({ error: '请选择计划完成日期' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD')
      .superRefine((d, c) => {
        const problem = formDateProblem('upcoming', d, '计划完成日期');
        if (problem) c.addIssue({ code: 'custom', message: problem });
      }),
  })
  .strict();

const ByCommunity = z.object({ communityId: UnitIdSchema.optional() }).strict();
const StaffCommunity = z.object({ communityId: UnitIdSchema }).strict();

export const ListsDashboardSchema = z.object({
  needs: z.object({ open: z.number().int(), project: z.number().int(), resolved: z.number().int(), fromVisits: z.number().int(), meToo: z.number().int() }),
  resources: z.object({ pending: z.number().int(), verified: z.number().int(), byType: z.record(z.string(), z.number().int()) }),
  projects: z.object({ active: z.number().int(), done: z.number().int() }),
});

export const governanceListsContract = {
  /** A need of the caller's community, placed at their building when they have one. */
  postNeed: { input: NeedDraftSchema, output: NeedViewSchema },
  /** 需求清单 of a community (the caller's own, or one they serve as an officer), heaviest first. */
  needs: {
    input: z.object({ communityId: UnitIdSchema.optional(), status: z.enum(NEED_STATUSES).optional() }).strict(),
    output: z.object({ items: z.array(NeedViewSchema), officer: z.boolean(), communityId: UnitIdSchema }),
  },
  /** 我也需要: once per person, whatever the number of taps. */
  meToo: { input: z.object({ id: NeedIdSchema }).strict(), output: z.object({ id: NeedIdSchema, weight: z.number().int(), counted: z.boolean() }) },
  offerResource: {
    input: z
      .object({
        type: z.enum(RESOURCE_TYPES, { error: '请选择资源类型' }),
        title: text('资源名称', 2, 40),
        description: text('资源说明', 5, 300),
        providerKind: z.enum(PROVIDER_KINDS, { error: '请选择提供方类型' }),
        providerName: text('提供单位', 2, 40),
        availability: text('可用时间', 2, 60),
        contactName: text('联系人', 1, 20),
        contactPhone: PhoneSchema,
      })
      .strict(),
    output: ResourceViewSchema,
  },
  resources: { input: ByCommunity, output: z.object({ items: z.array(ResourceViewSchema), officer: z.boolean(), communityId: UnitIdSchema }) },
  verifyResource: {
    input: z
      .object({ id: ResourceIdSchema, rev: z.number().int().min(1), approve: z.boolean(), reason: z.string().trim().max(100, '理由最多100字').optional() })
      .strict()
      .refine((v) => v.approve || (v.reason?.length ?? 0) >= 2, { message: '不通过时请填写理由', path: ['reason'] }),
    output: ResourceViewSchema,
  },
  /** Verified resources that could answer a need: matching type first, the need's grid first. */
  matches: {
    input: z.object({ id: NeedIdSchema }).strict(),
    output: z.object({ items: z.array(z.object({ resource: ResourceViewSchema, sameGrid: z.boolean(), fit: z.number().int() })) }),
  },
  /** The community turns needs into a project, matched to resources and a responsible unit. */
  createProject: {
    input: z
      .object({
        communityId: UnitIdSchema,
        /** Chosen by the device: a double tap or a retry makes one project. */
        key: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '请求标识格式不正确'),
        title: text('项目名称', 4, 40),
        summary: text('项目说明', 5, 500),
        responsibleUnit: text('责任单位', 2, 40),
        needIds: z.array(NeedIdSchema).min(1, '请至少选择一条需求').max(20, '一个项目最多关联20条需求'),
        resourceIds: z.array(ResourceIdSchema).max(10, '一个项目最多匹配10项资源'),
        milestones: z.array(MilestoneDraft).max(10, '里程碑最多10个'),
        topicId: z.string().regex(/^tp_[a-z0-9]{8,40}$/, '议题编号格式不正确').optional(),
      })
      .strict(),
    output: ProjectViewSchema,
  },
  projects: { input: ByCommunity, output: z.object({ items: z.array(ProjectSummarySchema), officer: z.boolean(), communityId: UnitIdSchema }) },
  project: { input: z.object({ id: ProjectIdSchema }).strict(), output: ProjectViewSchema },
  /** A progress update with photos the officer uploaded (through the files port), optionally completing a milestone. */
  updateProject: {
    input: z.object({ id: ProjectIdSchema, text: text('进展说明', 5, 500), milestoneId: z.string().max(20).optional(), photos: PhotosSchema.optional() }).strict(),
    output: ProjectViewSchema,
  },
  /** The public result; the project's needs are resolved with it. */
  finishProject: { input: z.object({ id: ProjectIdSchema, result: text('项目成效', 5, 500) }).strict(), output: ProjectViewSchema },
  listsDashboard: { input: StaffCommunity, output: ListsDashboardSchema },
  exportLists: {
    input: z.object({ communityId: UnitIdSchema, list: z.enum(['needs', 'resources', 'projects'], { error: '请选择要导出的清单' }) }).strict(),
    output: z.object({ filename: z.string(), csv: z.string() }),
  },
} satisfies FunctionContract;
