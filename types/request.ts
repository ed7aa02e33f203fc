import * as z from 'zod';
import { REQUEST_STATUSES, RATINGS, URGENCIES } from './request-names';
import { ROUTED_BY } from './routing';
import { GeoPointSchema } from './org';

/** Request ids are deterministic hashes of (resident, idempotency key); see cloudfunctions/core/grid. */
export const RequestIdSchema = z.string().regex(/^rq_[0-9a-f]{40}$/, '诉求编号格式不正确');
export const RequestStatusSchema = z.enum(REQUEST_STATUSES);
export const UrgencySchema = z.enum(URGENCIES, { error: '请选择紧急程度' });
export const RatingSchema = z.enum(RATINGS, { error: '请选择满意程度' });

/** What a viewer may do with a request now, so pages show only the buttons that will work. */
export const REQUEST_ACTIONS = ['accept', 'start', 'resolve', 'reply', 'transfer', 'pause', 'resume', 'handOff', 'sendBack', 'comment', 'confirm', 'reopen', 'rate'] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

export const PhotoViewSchema = z.object({
  /** A short-lived URL (ten minutes); the local host's are relative to it. */
  url: z.string(),
  /** Held for review: only its author and the person accountable see it. */
  held: z.boolean(),
});
export type PhotoView = z.infer<typeof PhotoViewSchema>;

export const RequestSummarySchema = z.object({
  id: RequestIdSchema,
  /** Human-friendly number, one sequence per community per day, e.g. XIYUAN-20261125-0001. */
  no: z.string(),
  kind: z.enum(['item', 'report']),
  /** The item's code, or the report's category. */
  code: z.string(),
  title: z.string(),
  status: RequestStatusSchema,
  urgency: UrgencySchema,
  createdAt: z.number().int(),
  /** The promise running now (acceptance, then resolution); null while paused or once resolved. */
  deadlineAt: z.number().int().nullable(),
  overdue: z.boolean(),
  holderName: z.string(),
  gridName: z.string().nullable(),
  /** Levels climbed (0 the first receiver … 3 the street). */
  level: z.number().int(),
});
export type RequestSummary = z.infer<typeof RequestSummarySchema>;

export const TimelineItemSchema = z.object({
  at: z.number().int(),
  action: z.string(),
  status: RequestStatusSchema,
  byName: z.string(),
  /** Null when it awaits review and the viewer is neither its author nor the person accountable. */
  note: z.string().nullable(),
  held: z.boolean(),
  photos: z.array(PhotoViewSchema),
});
export type TimelineItem = z.infer<typeof TimelineItemSchema>;

export const TransferTargetSchema = z.object({ kind: z.enum(['grid', 'team', 'community', 'street']), id: z.string(), name: z.string() });
export type TransferTarget = z.infer<typeof TransferTargetSchema>;

export const RequestDetailSchema = RequestSummarySchema.extend({
  /** An item request's answers, with the labels the form had when submitted. */
  answers: z.array(z.object({ key: z.string(), label: z.string(), text: z.string() })),
  /** A report's own words; null when held for review and hidden from this viewer. */
  description: z.string().nullable(),
  descriptionHeld: z.boolean(),
  photos: z.array(PhotoViewSchema),
  /** Photos hidden from this viewer while held for review. */
  hiddenPhotos: z.number().int(),
  contactPhoneMasked: z.string().nullable(),
  /** The whole number, for the person accountable only. */
  contactPhone: z.string().nullable(),
  residentName: z.string(),
  communityName: z.string(),
  buildingName: z.string().nullable(),
  routedBy: z.enum(ROUTED_BY),
  location: GeoPointSchema.nullable(),
  holderTeam: z.boolean(),
  acceptDueAt: z.number().int(),
  resolveDueAt: z.number().int(),
  /** e.g. 本街道承诺：一般诉求5个工作日内办结, or the item's 本社区承诺. */
  promise: z.string(),
  /** Years whose holiday schedule is not published: the deadlines count weekends only there. */
  assumedYears: z.array(z.number().int()),
  pause: z.object({ reason: z.string(), since: z.number().int() }).nullable(),
  rating: z.object({ value: RatingSchema, comment: z.string(), at: z.number().int() }).nullable(),
  external: z.object({ department: z.string(), reference: z.string(), at: z.number().int() }).nullable(),
  /** Until when the resident may reopen it (7 days after resolution), or null. */
  reopenUntil: z.number().int().nullable(),
  timeline: z.array(TimelineItemSchema),
  can: z.array(z.enum(REQUEST_ACTIONS)),
  /** Where a transfer may send it (staff who may transfer it only). */
  transferTargets: z.array(TransferTargetSchema),
  viewer: z.enum(['resident', 'staff']),
  updatedAt: z.number().int(),
});
export type RequestDetail = z.infer<typeof RequestDetailSchema>;
