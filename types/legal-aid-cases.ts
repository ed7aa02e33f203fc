import * as z from 'zod';
import {
  BookingIdSchema,
  BookingStatusSchema,
  QuestionIdSchema,
  QuestionServiceSchema,
  QuestionStatusSchema,
  ServiceModeSchema,
  ServiceSchema,
  SpecialtySchema,
  VolunteerIdSchema,
  VolunteerKindSchema,
} from './legal-aid';

/**
 * Consultations as each party sees them. Lists never carry content: the description, the summary and the advice
 * are in the detail only, which only the resident and the assigned volunteer may open, and every opening is logged.
 */
export const CaseRoleSchema = z.enum(['resident', 'volunteer']);

export const RatingSchema = z.object({ stars: z.number().int(), comment: z.string() });

export const BookingViewSchema = z.object({
  id: BookingIdSchema,
  /** How the caller stands to it. */
  role: CaseRoleSchema,
  lawyerId: VolunteerIdSchema,
  lawyerName: z.string(),
  lawyerKind: VolunteerKindSchema,
  residentName: z.string(),
  specialty: SpecialtySchema,
  service: ServiceSchema,
  mode: ServiceModeSchema,
  place: z.string().nullable(),
  startAt: z.number().int(),
  endAt: z.number().int(),
  status: BookingStatusSchema,
  createdAt: z.number().int(),
  /** A pending booking not accepted by then expires. */
  expiresAt: z.number().int(),
  respondedAt: z.number().int().nullable(),
  declineReason: z.string().nullable(),
  cancelledBy: z.enum(['resident', 'volunteer', 'system']).nullable(),
  cancelReason: z.string().nullable(),
  rescheduled: z.boolean(),
  /** The resident's contact number, masked. */
  phoneMasked: z.string().nullable(),
  rating: RatingSchema.nullable(),
  canCancel: z.boolean(),
  canReschedule: z.boolean(),
  canRate: z.boolean(),
  canRespond: z.boolean(),
  canComplete: z.boolean(),
});
export type BookingView = z.infer<typeof BookingViewSchema>;

export const ReferralSchema = z.object({ documents: z.array(z.string()), note: z.string() });
export type Referral = z.infer<typeof ReferralSchema>;

export const BookingDetailSchema = BookingViewSchema.extend({
  description: z.string(),
  /** The content check asked for a person's review: shown to the two parties only, as all content is. */
  contentReview: z.boolean(),
  summary: z.string().nullable(),
  /** 法律意见: a lawyer's only. */
  advice: z.string().nullable(),
  /** 调解或指引情况. */
  guidance: z.string().nullable(),
  referral: ReferralSchema.nullable(),
  /** The full number: to the assigned volunteer only, only while a phone consultation is confirmed. */
  phone: z.string().nullable(),
  hours: z.number().nullable(),
});
export type BookingDetail = z.infer<typeof BookingDetailSchema>;

export const QuestionViewSchema = z.object({
  id: QuestionIdSchema,
  role: CaseRoleSchema,
  specialty: SpecialtySchema,
  service: QuestionServiceSchema,
  status: QuestionStatusSchema,
  askedAt: z.number().int(),
  expiresAt: z.number().int(),
  claimedByName: z.string().nullable(),
  claimedAt: z.number().int().nullable(),
  answeredAt: z.number().int().nullable(),
  canWithdraw: z.boolean(),
  canAnswer: z.boolean(),
});
export type QuestionView = z.infer<typeof QuestionViewSchema>;

export const QuestionDetailSchema = QuestionViewSchema.extend({ text: z.string(), answer: z.string().nullable(), contentReview: z.boolean() });
export type QuestionDetail = z.infer<typeof QuestionDetailSchema>;

/** An unclaimed question as volunteers see it before taking it: what it is about, never what it says. */
export const OpenQuestionRowSchema = z.object({
  id: QuestionIdSchema,
  specialty: SpecialtySchema,
  service: QuestionServiceSchema,
  askedAt: z.number().int(),
  expiresAt: z.number().int(),
});
export type OpenQuestionRow = z.infer<typeof OpenQuestionRowSchema>;

/** One opening of a case's content: 谁查看了我的咨询. */
export const CaseReadSchema = z.object({ at: z.number().int(), readerName: z.string(), role: CaseRoleSchema, you: z.boolean() });
export type CaseRead = z.infer<typeof CaseReadSchema>;
