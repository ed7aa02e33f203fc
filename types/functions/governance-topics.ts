import * as z from 'zod';
import { DAY_MS } from '../date-windows';
import { PASSING_RULES, TOPIC_KINDS, VOTER_BASES } from '../governance';
import { UnitIdSchema } from '../org';
import { validationNow } from '../validation-time';
import type { FunctionContract } from '../contract';
import { IdempotencyKeySchema } from './grid';
import { AreaSchema, EntranceSchema, RoomSchema } from './household';

export const TopicIdSchema = z.string().regex(/^tp_[a-z0-9]{8,40}$/, '议题编号格式不正确');
export const CommentIdSchema = z.string().regex(/^cm_[a-z0-9]{8,40}$/, '评论编号格式不正确');

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, `${label}至少${min}个字`)
    .max(max, `${label}最多${max}个字`);

/** A share as a fraction (2/3, 1/2): exact, never a float. */
const ShareSchema = z
  .object({ num: z.number().int().min(0), den: z.number().int().min(1).max(100) })
  .strict()
  .refine((s) => s.num <= s.den, { message: '比例不能超过100%' });

/** One 专有部分 of the 不动产登记簿: its 单元 and room, area, and the 权利人 (one number for all units of one owner). */
export const RollUnitSchema = z
  .object({
    entrance: EntranceSchema,
    room: RoomSchema,
    area: AreaSchema,
    owner: z.string().trim().regex(/^[A-Za-z0-9-]{1,20}$/, '权利人编号为字母、数字或短横线'),
  })
  .strict();
export type RollUnit = z.infer<typeof RollUnitSchema>;

/** A vote: an option's index, or 弃权. */
export const ChoiceSchema = z.union([z.number().int().min(0).max(4), z.literal('abstain')], { error: '请选择一项' });
export type Choice = z.infer<typeof ChoiceSchema>;

export const OpenTopicSchema = z
  .object({
    communityId: UnitIdSchema,
    kind: z.enum(TOPIC_KINDS, { error: '请选择议题类型' }),
    title: text('议题', 4, 40),
    body: text('议题说明', 10, 2000),
    documents: z.array(z.object({ title: text('材料名称', 2, 40), summary: text('材料内容', 5, 1000) }).strict()).max(5, '材料最多5份'),
    buildingIds: z.array(UnitIdSchema).min(1, '请选择涉及的楼栋').max(20, '涉及楼栋最多20栋'),
    /** 单元: an owners' decision on a 单元's common part (加装电梯) is counted among that 单元's owners. */
    entrance: EntranceSchema.optional(),
    options: z.array(text('选项', 1, 20)).min(1, '至少一个选项').max(5, '选项最多5个'),
    deadline: z
      .number({ error: '请选择截止时间' })
      .int()
      .refine((t) => t > validationNow() + 3_600_000, '截止时间须在一小时以后')
      .refine((t) => t < validationNow() + 90 * DAY_MS, '截止时间须在90天以内'),
    /** 征求意见: who votes, how many could, and the rules set when it opens. */
    consultation: z
      .object({
        basis: z.enum(VOTER_BASES, { error: '请选择每户一票或每人一票' }),
        /** Households (or residents) of the affected buildings, as the community's register counts them. */
        eligible: z.number({ error: '请填写应参与户数或人数' }).int().min(1).max(100000),
        quorum: ShareSchema,
        passing: z.enum(PASSING_RULES, { error: '请选择通过规则' }),
      })
      .strict()
      .optional(),
    /** 业主表决: the matter (第二百七十八条 item) and the owners' roll of the building or 单元. */
    owners: z
      .object({ matter: z.number().int().min(1).max(9), roll: z.array(RollUnitSchema).min(1, '请录入业主名册').max(2000, '名册最多2000户') })
      .strict()
      .optional(),
    /** Chosen once per filled form: a retried or doubled 发布 opens (and announces) one topic. */
    idempotencyKey: IdempotencyKeySchema,
  })
  .strict()
  .superRefine((t, c) => {
    if (t.kind === 'consultation' && !t.consultation) c.addIssue({ code: 'custom', path: ['consultation'], message: '请设置参与范围、参与率和通过规则' });
    if (t.kind === 'owners' && !t.owners) c.addIssue({ code: 'custom', path: ['owners'], message: '请选择表决事项并录入业主名册' });
    if (t.kind === 'owners' && t.buildingIds.length !== 1) c.addIssue({ code: 'custom', path: ['buildingIds'], message: '业主表决按一栋楼（或一个单元）统计' });
    if (t.kind === 'consultation' && t.entrance !== undefined) c.addIssue({ code: 'custom', path: ['entrance'], message: '征求意见按楼栋参与' });
    const rooms = new Set((t.owners?.roll ?? []).map((u) => `${u.entrance}:${u.room}`));
    if (rooms.size !== (t.owners?.roll.length ?? 0)) c.addIssue({ code: 'custom', path: ['owners', 'roll'], message: '名册中有重复的房号' });
    if (t.entrance !== undefined && t.owners?.roll.some((u) => u.entrance !== t.entrance)) c.addIssue({ code: 'custom', path: ['owners', 'roll'], message: '名册中有其他单元的房号' });
  });

export const TopicSummarySchema = z.object({
  id: TopicIdSchema,
  kind: z.enum(TOPIC_KINDS),
  title: z.string(),
  buildings: z.array(z.string()),
  entrance: z.number().int().nullable(),
  deadline: z.number().int(),
  open: z.boolean(),
});

export const TopicViewSchema = TopicSummarySchema.extend({
  body: z.string(),
  documents: z.array(z.object({ title: z.string(), summary: z.string() })),
  options: z.array(z.string()),
  consultation: z.object({ basis: z.enum(VOTER_BASES), eligible: z.number().int(), quorum: z.object({ num: z.number().int(), den: z.number().int() }), passing: z.enum(PASSING_RULES) }).nullable(),
  owners: z.object({ matter: z.number().int(), special: z.boolean(), units: z.number().int(), owners: z.number().int(), area: z.number() }).nullable(),
  /** The caller's own vote (never anyone else's), changeable until the deadline. */
  myChoice: ChoiceSchema.nullable(),
  /** Someone of the caller's household (or the owner's other phone) has voted: the household has one vote. */
  countedForMe: z.boolean(),
  /** Why the caller cannot vote, or null. */
  cannotVote: z.string().nullable(),
  minutes: z.object({ decision: z.string(), followUp: z.string(), at: z.number().int() }).nullable(),
  project: z.object({ id: z.string(), title: z.string() }).nullable(),
  manage: z.boolean(),
});
export type TopicView = z.infer<typeof TopicViewSchema>;

const Ratio = z.object({ num: z.number(), den: z.number(), met: z.boolean() });
/** Results are aggregates only, published at the deadline: never who voted what. */
export const ResultsSchema = z.object({
  published: z.boolean(),
  deadline: z.number().int(),
  kind: z.enum(TOPIC_KINDS),
  options: z.array(z.object({ label: z.string(), votes: z.number().int(), area: z.number().nullable(), passed: z.boolean() })),
  abstain: z.object({ votes: z.number().int(), area: z.number().nullable() }),
  byBuilding: z.array(z.object({ building: z.string(), voters: z.number().int(), options: z.array(z.number().int()), abstain: z.number().int() })),
  consultation: z.object({ basis: z.enum(VOTER_BASES), voters: z.number().int(), eligible: z.number().int(), turnout: Ratio, rule: z.enum(PASSING_RULES) }).nullable(),
  /** 第二百七十八条: participation by area and by headcount (each ≥ 2/3), and passing by both. */
  owners: z
    .object({
      special: z.boolean(),
      area: Ratio,
      headcount: Ratio,
      participated: z.boolean(),
      passing: z.array(z.object({ area: Ratio, headcount: Ratio })),
    })
    .nullable(),
  outcome: z.string(),
});
export type Results = z.infer<typeof ResultsSchema>;

export const CommentViewSchema = z.object({ id: CommentIdSchema, text: z.string(), who: z.string(), at: z.number().int(), mine: z.boolean(), held: z.boolean(), hidden: z.string().nullable() });

const ByTopic = z.object({ id: TopicIdSchema }).strict();

export const governanceTopicsContract = {
  openTopic: { input: OpenTopicSchema, output: TopicViewSchema },
  /** Topics of a community, open ones first: residents see those of their community. */
  topics: {
    input: z.object({ communityId: UnitIdSchema.optional() }).strict(),
    /** `buildings`: the community's buildings, for its officers opening a topic (empty for everyone else). */
    output: z.object({ items: z.array(TopicSummarySchema), officer: z.boolean(), communityId: UnitIdSchema, buildings: z.array(z.object({ id: UnitIdSchema, name: z.string() })) }),
  },
  topic: { input: ByTopic, output: TopicViewSchema },
  comment: { input: z.object({ id: TopicIdSchema, text: text('意见', 2, 500) }).strict(), output: CommentViewSchema },
  comments: { input: ByTopic, output: z.object({ items: z.array(CommentViewSchema) }) },
  /** The organiser hides a comment with a reason (audited), or publishes one content security held. */
  moderate: {
    input: z
      .object({ kind: z.enum(['comment', 'need']), id: z.string().max(48), publish: z.boolean(), reason: z.string().trim().max(100, '理由最多100字').optional() })
      .strict()
      .refine((v) => v.publish || (v.reason?.length ?? 0) >= 2, { message: '隐藏时请填写理由', path: ['reason'] }),
    output: z.object({ id: z.string(), held: z.boolean(), hidden: z.string().nullable() }),
  },
  vote: { input: z.object({ id: TopicIdSchema, choice: ChoiceSchema }).strict(), output: z.object({ myChoice: ChoiceSchema }) },
  results: { input: ByTopic, output: ResultsSchema },
  /** After the deadline: the decision and follow-up, and the project it became. */
  recordMinutes: {
    input: z.object({ id: TopicIdSchema, decision: text('决定事项', 2, 500), followUp: text('后续安排', 2, 500) }).strict(),
    output: TopicViewSchema,
  },
} satisfies FunctionContract;
