import * as z from 'zod';
import { UnitIdSchema } from '../org';
import { TEAMS } from '../request-names';
import { RequestDetailSchema, RequestIdSchema, RequestSummarySchema, UrgencySchema } from '../request';
import type { FunctionContract } from '../contract';

const ById = z.object({ id: RequestIdSchema }).strict();
const Text = (label: string, min: number, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, `${label}至少${min}个字`)
    .max(max, `${label}最多${max}个字`);
const Photos = z
  .array(z.string().regex(/^(cloud:\/\/|local:)[A-Za-z0-9._/-]{8,200}$/, '照片无效，请重新上传'))
  .max(9, '最多上传9张照片');

export const INBOX_TABS = ['pending', 'active', 'overdue'] as const;
export const InboxSchema = z.object({
  items: z.array(RequestSummarySchema),
  counts: z.object({ pending: z.number().int(), active: z.number().int(), overdue: z.number().int() }),
});

/** Where a transfer sends a request: another grid or team of the community, the community itself, or the street's dispatch desk. */
export const TransferToSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('grid'), gridId: UnitIdSchema }).strict(),
    z.object({ kind: z.literal('team'), team: z.enum(TEAMS) }).strict(),
    z.object({ kind: z.literal('community') }).strict(),
    z.object({ kind: z.literal('street') }).strict(),
  ],
  { error: '请选择转办对象' },
);

/** The people who act on requests, and those who oversee them. */
export const gridWorkContract = {
  /** 待受理 / 处理中 / 已逾期: the requests the caller acts on (their grids, their teams, their own), by deadline. */
  inbox: { input: z.object({ tab: z.enum(INBOX_TABS, { error: '请选择列表' }) }).strict(), output: InboxSchema },
  /** 受理: the accountable person (or a member of the holding team) takes it; may class it as complex. */
  accept: { input: z.object({ id: RequestIdSchema, urgency: UrgencySchema.optional() }).strict(), output: RequestDetailSchema },
  /** 开始处理. */
  start: { input: ById, output: RequestDetailSchema },
  /** 办结, with what was done and photos of the result. */
  resolve: { input: z.object({ id: RequestIdSchema, note: Text('办理结果', 2, 500), photos: Photos.optional() }).strict(), output: RequestDetailSchema },
  /** 转办, only with a reason; the clocks keep running. */
  transfer: { input: z.object({ id: RequestIdSchema, to: TransferToSchema, reason: Text('转办理由', 2, 200) }).strict(), output: RequestDetailSchema },
  /** Stops the resolution clock while waiting on the resident, with a reason the resident sees. */
  pause: { input: z.object({ id: RequestIdSchema, reason: Text('暂停理由', 2, 200) }).strict(), output: RequestDetailSchema },
  resume: { input: ById, output: RequestDetailSchema },
  /** The street's dispatch desk hands it to a department (an external hand-off with its reference). */
  handOff: {
    input: z.object({ id: RequestIdSchema, department: Text('承办部门', 2, 40), reference: Text('部门受理编号', 1, 40) }).strict(),
    output: RequestDetailSchema,
  },
  /** The street's dispatch desk returns it to whoever sent it, with a reason. */
  sendBack: { input: z.object({ id: RequestIdSchema, reason: Text('退回理由', 2, 200) }).strict(), output: RequestDetailSchema },
} satisfies FunctionContract;
