import * as z from 'zod';
import { MOBILE_MESSAGE, MOBILE_PATTERN } from '../mobile';
import { ItemCodeSchema } from '../catalog';
import { CategoryIdSchema, RequestLimitsSchema } from '../grid-settings';
import { GeoPointSchema } from '../org';
import { MAX_PHOTOS } from '../request-names';
import { RatingSchema, RequestDetailSchema, RequestIdSchema, RequestStatusSchema, RequestSummarySchema } from '../request';
import { ROUTED_BY } from '../routing';
import type { FunctionContract } from '../contract';
import { gridOversightContract } from './grid-oversight';
import { gridWorkContract } from './grid-work';

export { RequestDetailSchema, RequestIdSchema, RequestStatusSchema, RequestSummarySchema, type RequestDetail, type RequestSummary } from '../request';

/** Chosen by the device once per form fill: a double tap or a retry carries the same key and makes one request. */
export const IdempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '提交标识格式不正确');

/** The shape of answers; whether they fit the item's own fields is the domain's check (types/request-form.ts). */
export const AnswerValueSchema = z.union([
  z.string().max(2000, '填写内容过长'),
  z.number(),
  z.array(z.string().max(60, '选项内容过长')).max(30, '选项过多'),
]);
export const AnswersSchema = z
  .record(z.string().regex(/^[a-z][a-zA-Z0-9]{0,29}$/, '表单项标识不正确'), AnswerValueSchema)
  .refine((a) => Object.keys(a).length <= 30, '填写项过多');

/** File ids of photos the caller uploaded (cloud storage ids in WeChat, `local:` ids on the local host). */
export const FileIdSchema = z.string().regex(/^(cloud:\/\/|local:)[A-Za-z0-9._/-]{8,200}$/, '照片无效，请重新上传');
export const PhotosSchema = z.array(FileIdSchema).max(MAX_PHOTOS, `最多上传${MAX_PHOTOS}张照片`);

export const TextSchema = (label: string, min: number, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, min > 1 ? `${label}至少${min}个字` : `请填写${label}`)
    .max(max, `${label}最多${max}个字`);

const Contact = z.string().regex(MOBILE_PATTERN, MOBILE_MESSAGE).optional();

/** Opaque position in the resident's list, handed back by the previous page. */
export const RequestCursorSchema = z.string().regex(/^\d{15}_rq_[0-9a-f]{40}$/, '分页参数不正确');

/** Where a new request would go, shown on the form before the resident submits, with the street's commitment. */
export const RoutePreviewSchema = z.object({
  routedBy: z.enum(ROUTED_BY),
  gridName: z.string().nullable(),
  buildingName: z.string().nullable(),
  communityName: z.string(),
  /** 本街道承诺, as residents read it. */
  limits: RequestLimitsSchema,
  promise: z.string(),
  officeHours: z.string(),
});
export type RoutePreview = z.infer<typeof RoutePreviewSchema>;

export const SimilarRequestSchema = z.object({ title: z.string(), status: RequestStatusSchema, createdAt: z.number().int(), sameBuilding: z.boolean() });
export type SimilarRequest = z.infer<typeof SimilarRequestSchema>;

const ById = z.object({ id: RequestIdSchema }).strict();
const Created = z.object({
  request: RequestDetailSchema,
  /** False when the key was seen before: the answer is the request made then. */
  created: z.boolean(),
});

const residentContract = {
  /** A resident asks for an online item: routed, assigned to the person accountable, with its clocks started. */
  submit: {
    input: z
      .object({
        code: ItemCodeSchema,
        answers: AnswersSchema,
        contactPhone: Contact,
        idempotencyKey: IdempotencyKeySchema,
        /** The phone's location, used for routing only when the resident has no registered building. */
        location: GeoPointSchema.optional(),
      })
      .strict(),
    output: Created,
  },
  /** A free-form report (路灯不亮, 占道, 噪音…) with up to nine photos, at the resident's building or location. */
  report: {
    input: z
      .object({
        category: CategoryIdSchema,
        description: TextSchema('问题描述', 5, 500),
        photos: PhotosSchema,
        urgent: z.boolean().optional(),
        contactPhone: Contact,
        idempotencyKey: IdempotencyKeySchema,
        location: GeoPointSchema.optional(),
      })
      .strict(),
    output: Created,
  },
  /** Open requests about the same thing at the resident's building (or grid) in the last 24 hours. */
  similar: {
    input: z.object({ category: CategoryIdSchema, location: GeoPointSchema.optional() }).strict(),
    output: z.object({ items: z.array(SimilarRequestSchema) }),
  },
  /** Which grid a request from the caller would go to (their building, else this location, else the community). */
  route: {
    input: z.object({ location: GeoPointSchema.optional() }).strict(),
    output: RoutePreviewSchema,
  },
  /** The caller's own requests, newest first. */
  mine: {
    input: z
      .object({
        cursor: RequestCursorSchema.optional(),
        limit: z.number().int().min(1, '每页至少1条').max(50, '每页最多50条').optional(),
      })
      .strict(),
    output: z.object({ items: z.array(RequestSummarySchema), nextCursor: z.string().nullable() }),
  },
  /** One request, as the caller may see it (its resident, the people acting on it, oversight above it). */
  get: { input: ById, output: RequestDetailSchema },
  /** The resident adds to their request, or a worker replies; with photos. Resumes a clock paused for the resident. */
  comment: {
    input: z.object({ id: RequestIdSchema, text: TextSchema('留言', 1, 500), photos: PhotosSchema.optional() }).strict(),
    output: RequestDetailSchema,
  },
  /** The resident confirms the resolution. */
  confirm: { input: ById, output: RequestDetailSchema },
  /** The resident asks for it to be done again, once, within 7 days of its resolution. */
  reopen: { input: z.object({ id: RequestIdSchema, reason: TextSchema('重新办理的理由', 2, 200) }).strict(), output: RequestDetailSchema },
  /** The resident's rating (满意/基本满意 closes it; 不满意 reopens it once). */
  rate: {
    input: z.object({ id: RequestIdSchema, rating: RatingSchema, comment: z.string().trim().max(200, '评价最多200个字').optional() }).strict(),
    output: RequestDetailSchema,
  },
} satisfies FunctionContract;

export const gridContract = { ...residentContract, ...gridWorkContract, ...gridOversightContract } satisfies FunctionContract;
