import * as z from 'zod';
import {
  AvailabilitySchema,
  BookingIdSchema,
  CaseIdSchema,
  DescriptionSchema,
  QuestionIdSchema,
  QuestionServiceSchema,
  ServiceSchema,
  IsoDateSchema,
  LicenseNoSchema,
  MyVolunteerSchema,
  ServiceModeSchema,
  SpecialtySchema,
  VolunteerAdminRowSchema,
  VolunteerIdSchema,
  VolunteerKindSchema,
  VolunteerPublicSchema,
  SlotDaySchema,
} from '../legal-aid';
import { BookingDetailSchema, BookingViewSchema, CaseReadSchema, OpenQuestionRowSchema, QuestionDetailSchema, QuestionViewSchema } from '../legal-aid-cases';
import { LegalStatsSchema, ServiceRecordSchema } from '../legal-aid-reports';
import { MOBILE_MESSAGE, MOBILE_PATTERN } from '../mobile';
import { UnitIdSchema } from '../org';
import { IdempotencyKeySchema } from './grid';
import type { FunctionContract } from '../contract';

const Empty = z.object({}).strict();
const distinct = <T>(list: readonly T[]) => new Set(list).size === list.length;

/** A volunteer's application: who they are, what they take on, how and where they serve, which team. */
export const ApplyInputSchema = z
  .object({
    kind: VolunteerKindSchema,
    realName: z.string().trim().min(2, '请填写真实姓名').max(20, '姓名最多20个字'),
    licenseNo: z.string().trim().optional(),
    firm: z.string().trim().max(40, '律师事务所名称最多40个字').optional(),
    specialties: z.array(SpecialtySchema).min(1, '请至少选择一个擅长领域').max(9).refine(distinct, '擅长领域有重复'),
    modes: z.array(ServiceModeSchema).min(1, '请至少选择一种服务方式').max(3).refine(distinct, '服务方式有重复'),
    /** The named center for in-person consultations. */
    place: z.string().trim().max(60, '服务地点最多60个字').optional(),
    intro: z.string().trim().max(200, '个人简介最多200字').default(''),
    /** The team: the applicant's community or street. */
    unitId: UnitIdSchema,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.kind === 'lawyer') {
      const license = LicenseNoSchema.safeParse(v.licenseNo ?? '');
      if (!license.success) ctx.addIssue({ code: 'custom', path: ['licenseNo'], message: license.error.issues[0]?.message ?? '请填写执业证号' });
      if (!v.firm || v.firm.length < 2) ctx.addIssue({ code: 'custom', path: ['firm'], message: '请填写执业机构（律师事务所）' });
    } else if (v.licenseNo) {
      ctx.addIssue({ code: 'custom', path: ['licenseNo'], message: '法律明白人无需填写执业证号' });
    }
    if (v.modes.includes('in_person') && (!v.place || v.place.length < 4)) ctx.addIssue({ code: 'custom', path: ['place'], message: '提供面谈服务请填写服务地点，例如 西园社区党群服务中心法律服务室' });
  });
export type ApplyInput = z.output<typeof ApplyInputSchema>;

const ById = z.object({ id: BookingIdSchema }).strict();
const Year = z.number({ error: '年份格式不正确' }).int('年份格式不正确').min(2020, '年份格式不正确').max(2100, '年份格式不正确');
const BookingOut = z.object({ booking: BookingViewSchema });
const ByQuestion = z.object({ id: QuestionIdSchema }).strict();
const QuestionOut = z.object({ question: QuestionViewSchema });
const Reason = (required: string) => z.string({ error: required }).trim().min(2, required).max(100, '原因最多100字');

/** 法律援助: what the resident should bring to the legal aid institution (法律援助法 第三十八条: where the case is handled). */
export const ReferralInputSchema = z
  .object({
    documents: z.array(z.string().trim().min(1, '材料名称不能为空').max(40, '每项材料最多40字')).min(1, '请列出需要携带的材料').max(10, '材料最多10项'),
    note: z.string().trim().max(200, '说明最多200字').default(''),
  })
  .strict();

export const CompleteInputSchema = z.discriminatedUnion(
  'outcome',
  [
    z
      .object({
        id: BookingIdSchema,
        outcome: z.literal('completed'),
        summary: z.string().trim().min(5, '请用至少5个字记录咨询情况').max(1000, '咨询情况最多1000字'),
        advice: z.string().trim().max(2000, '法律意见最多2000字').optional(),
        guidance: z.string().trim().max(2000, '调解或指引情况最多2000字').optional(),
        referral: ReferralInputSchema.optional(),
      })
      .strict(),
    z.object({ id: BookingIdSchema, outcome: z.literal('no_show') }).strict(),
  ],
  { error: '请选择咨询结果' },
);

export const TeamOptionSchema = z.object({ unitId: UnitIdSchema, name: z.string(), kind: z.enum(['street', 'community']) });

export const legalAidContract = {
  /** Applies to join (or re-applies after a rejection or leaving); a verified volunteer updates what they take on. */
  apply: { input: ApplyInputSchema, output: MyVolunteerSchema },
  /** The caller's own volunteer record (null if they never applied) and the teams they may join. */
  myVolunteer: { input: Empty, output: z.object({ volunteer: MyVolunteerSchema.nullable(), teamOptions: z.array(TeamOptionSchema) }) },
  /** Admins: applications and volunteers of the teams in their scope. */
  volunteers: {
    input: z.object({ status: z.enum(['pending', 'verified', 'other'], { error: '列表范围不正确' }).default('pending') }).strict(),
    output: z.object({ items: z.array(VolunteerAdminRowSchema) }),
  },
  /** Admins of the team's unit verify, or reject with a reason the applicant is told. */
  verify: {
    input: z
      .object({ volunteerId: VolunteerIdSchema, approve: z.boolean({ error: '请选择通过或不通过' }), reason: z.string().trim().max(100, '理由最多100字').optional() })
      .strict()
      .refine((v) => v.approve || (v.reason?.length ?? 0) >= 2, { message: '请填写不通过的理由', path: ['reason'] }),
    output: VolunteerAdminRowSchema,
  },
  /** A verified volunteer stops (or resumes) appearing to residents; what they already accepted stands. */
  pause: { input: z.object({ paused: z.boolean({ error: '请选择暂停或恢复' }) }).strict(), output: MyVolunteerSchema },
  /** Leaves the team: only with nothing pending, confirmed or claimed. */
  leave: { input: Empty, output: MyVolunteerSchema },
  /** A verified volunteer publishes their weekly hours, date exceptions and booking rules. */
  setAvailability: { input: AvailabilitySchema, output: MyVolunteerSchema },
  /** Volunteers serving the caller's home, by specialty, mode and a date they are free on. */
  lawyers: {
    input: z.object({ specialty: SpecialtySchema.optional(), mode: ServiceModeSchema.optional(), date: IsoDateSchema.optional() }).strict(),
    output: z.object({ items: z.array(VolunteerPublicSchema) }),
  },
  /** One volunteer's free consultations, day by day over their horizon. */
  slots: {
    input: z.object({ lawyerId: VolunteerIdSchema }).strict(),
    output: z.object({ lawyer: VolunteerPublicSchema, slotMinutes: z.number().int(), days: z.array(SlotDaySchema), provisionalYears: z.array(z.number().int()) }),
  },
  /** Books a free slot of a volunteer: category, what it is about, explicit consent to share it with them. */
  book: {
    input: z
      .object({
        lawyerId: VolunteerIdSchema,
        startAt: z.number({ error: '请选择时段' }).int('请选择时段'),
        specialty: SpecialtySchema,
        service: ServiceSchema,
        mode: ServiceModeSchema,
        description: DescriptionSchema,
        phone: z.string().trim().regex(MOBILE_PATTERN, MOBILE_MESSAGE).optional(),
        consent: z.literal(true, { error: '请阅读并勾选同意将情况说明提供给所预约的志愿者' }),
        idempotencyKey: IdempotencyKeySchema,
      })
      .strict(),
    output: z.object({ booking: BookingViewSchema, created: z.boolean() }),
  },
  /** The caller's own bookings, latest first (no content in the list). */
  mine: { input: Empty, output: z.object({ bookings: z.array(BookingViewSchema), questions: z.array(QuestionViewSchema) }) },
  /** A booking with its content: to its resident and its volunteer only, each read logged. */
  get: { input: z.object({ id: BookingIdSchema }).strict(), output: BookingDetailSchema },
  /** 谁查看了我的咨询: for the resident whose case it is. */
  reads: { input: z.object({ id: CaseIdSchema }).strict(), output: z.object({ items: z.array(CaseReadSchema) }) },
  /** The volunteer accepts a pending booking (before it expires). */
  accept: { input: ById, output: BookingOut },
  /** The volunteer declines with a reason; the resident is pointed to other free slots. */
  decline: { input: z.object({ id: BookingIdSchema, reason: Reason('请填写婉拒原因，居民将收到通知') }).strict(), output: BookingOut },
  /** Either party cancels an active booking: the resident before the notice window, the volunteer with a reason. */
  cancel: { input: z.object({ id: BookingIdSchema, reason: z.string().trim().max(100, '原因最多100字').optional() }).strict(), output: BookingOut },
  /** The resident moves a booking once, before the notice window, to another free slot of the same volunteer. */
  reschedule: { input: z.object({ id: BookingIdSchema, startAt: z.number({ error: '请选择时段' }).int('请选择时段') }).strict(), output: BookingOut },
  /** After the start, the volunteer records the outcome: completed (summary, opinion or guidance, referral) or no-show. */
  complete: { input: CompleteInputSchema, output: BookingOut },
  /** The resident rates a completed consultation once. */
  rate: {
    input: z
      .object({
        id: BookingIdSchema,
        stars: z.number({ error: '请选择评分' }).int('请选择评分').min(1, '请选择评分').max(5, '评分最高5星'),
        comment: z.string().trim().max(200, '评价最多200字').default(''),
      })
      .strict(),
    output: BookingOut,
  },
  /** A quick question: no slot; the first volunteer of its specialty to claim it answers. */
  ask: {
    input: z
      .object({
        specialty: SpecialtySchema,
        service: QuestionServiceSchema,
        text: DescriptionSchema,
        consent: z.literal(true, { error: '请阅读并勾选同意将问题提供给认领的志愿者' }),
        idempotencyKey: IdempotencyKeySchema,
      })
      .strict(),
    output: z.object({ question: QuestionViewSchema, created: z.boolean() }),
  },
  /** A quick question with its text and answer: to the asker and the claimer only, each read logged. */
  question: { input: ByQuestion, output: QuestionDetailSchema },
  /** The asker withdraws an unanswered question. */
  withdraw: { input: ByQuestion, output: QuestionOut },
  /** Volunteers: open questions they may claim (no text) and the ones they claimed. */
  questions: { input: Empty, output: z.object({ open: z.array(OpenQuestionRowSchema), mine: z.array(QuestionViewSchema) }) },
  /** First claim wins. */
  claim: { input: ByQuestion, output: QuestionOut },
  answer: { input: z.object({ id: QuestionIdSchema, answer: z.string().trim().min(5, '请用至少5个字答复').max(2000, '答复最多2000字') }).strict(), output: QuestionOut },
  /** The volunteer's desk: requests to accept, today and upcoming, consultations waiting for their outcome. */
  agenda: {
    input: Empty,
    output: z.object({ volunteer: MyVolunteerSchema, requests: z.array(BookingViewSchema), upcoming: z.array(BookingViewSchema), toRecord: z.array(BookingViewSchema) }),
  },
  /** A year's 服务记录证明 of the caller's completed consultations. */
  serviceRecord: { input: z.object({ year: Year.optional() }).strict(), output: ServiceRecordSchema },
  /** Admins: their communities' legal aid in figures (no content). */
  stats: { input: z.object({ communityId: UnitIdSchema.optional(), year: Year.optional() }).strict(), output: LegalStatsSchema },
  /**
   * The timer's sweep (every minute): pending bookings and unanswered questions past their time expire, and the
   * volunteers' days and residents' limits changed lately are brought in line with the cases.
   */
  sweep: {
    input: Empty,
    output: z.object({ expiredBookings: z.number().int(), expiredQuestions: z.number().int(), releasedClaims: z.number().int(), followedMoves: z.number().int(), releasedPlaces: z.number().int() }),
  },
} satisfies FunctionContract;
