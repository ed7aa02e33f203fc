import * as z from 'zod';
import { MOBILE_MESSAGE, MOBILE_PATTERN } from '../mobile';
import { ItemCodeSchema } from '../catalog';
import { GeoPointSchema } from '../org';
import { REQUEST_STATUSES } from '../request-names';
import { ROUTED_BY } from '../routing';
import type { FunctionContract } from '../contract';

/** Request ids are deterministic hashes of (resident, idempotency key); see cloudfunctions/core/grid. */
export const RequestIdSchema = z.string().regex(/^rq_[0-9a-f]{40}$/, '申请编号格式不正确');
export const RequestStatusSchema = z.enum(REQUEST_STATUSES);

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

export const RequestSummarySchema = z.object({
  id: RequestIdSchema,
  /** Human-friendly number, e.g. 20261125-0001 (one sequence per day across the city). */
  no: z.string(),
  code: ItemCodeSchema,
  title: z.string(),
  status: RequestStatusSchema,
  createdAt: z.number().int(),
});
export type RequestSummary = z.infer<typeof RequestSummarySchema>;

export const RequestDetailSchema = RequestSummarySchema.extend({
  /** The answers with the labels the form had when submitted. */
  answers: z.array(z.object({ key: z.string(), label: z.string(), text: z.string() })),
  contactPhoneMasked: z.string().nullable(),
  communityName: z.string(),
  buildingName: z.string().nullable(),
  /** The grid that owns the request, null while the community itself holds it. */
  gridName: z.string().nullable(),
  routedBy: z.enum(ROUTED_BY),
  updatedAt: z.number().int(),
  history: z.array(z.object({ at: z.number().int(), status: RequestStatusSchema, note: z.string() })),
});
export type RequestDetail = z.infer<typeof RequestDetailSchema>;

/** Opaque position in the resident's list, handed back by the previous page. */
export const RequestCursorSchema = z.string().regex(/^\d{15}_rq_[0-9a-f]{40}$/, '分页参数不正确');

/** Where a new request would go, shown on the form before the resident submits. */
export const RoutePreviewSchema = z.object({
  routedBy: z.enum(ROUTED_BY),
  gridName: z.string().nullable(),
  buildingName: z.string().nullable(),
  communityName: z.string(),
});
export type RoutePreview = z.infer<typeof RoutePreviewSchema>;

export const gridContract = {
  /** A resident asks for an online item: stored as `submitted` and handed to grid routing. */
  submit: {
    input: z
      .object({
        code: ItemCodeSchema,
        answers: AnswersSchema,
        contactPhone: z
          .string()
          .regex(MOBILE_PATTERN, MOBILE_MESSAGE)
          .optional(),
        idempotencyKey: IdempotencyKeySchema,
        /** The phone's location, used for routing only when the resident has no registered building. */
        location: GeoPointSchema.optional(),
      })
      .strict(),
    output: z.object({
      request: RequestDetailSchema,
      /** False when the key was seen before: the answer is the request made then. */
      created: z.boolean(),
    }),
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
  /** One request of the caller's. */
  get: {
    input: z.object({ id: RequestIdSchema }).strict(),
    output: RequestDetailSchema,
  },
} satisfies FunctionContract;
