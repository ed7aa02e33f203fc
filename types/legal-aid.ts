import * as z from 'zod';
import {
  BOOKING_STATUSES,
  LICENSE_MESSAGE,
  LICENSE_PATTERN,
  MAX_DESCRIPTION,
  QUESTION_SERVICES,
  QUESTION_STATUSES,
  SERVICE_MODES,
  SERVICES,
  SPECIALTIES,
  VOLUNTEER_KINDS,
  VOLUNTEER_STATUSES,
  type Service,
  type ServiceMode,
  type Specialty,
  type VolunteerKind,
} from './legal-aid-names';
import { minutesOf, OfficeHoursSchema, WEEKDAYS, type TimeRange } from './working-hours';
import { UnitIdSchema } from './org';

export const SpecialtySchema = z.enum(SPECIALTIES.map((s) => s.id) as [Specialty, ...Specialty[]], { error: '请选择咨询类别' });
export const ServiceModeSchema = z.enum(SERVICE_MODES.map((m) => m.id) as [ServiceMode, ...ServiceMode[]], { error: '请选择咨询方式' });
export const ServiceSchema = z.enum(SERVICES.map((s) => s.id) as [Service, ...Service[]], { error: '请选择服务类型' });
export const QuestionServiceSchema = z.enum(QUESTION_SERVICES, { error: '请选择服务类型' });
export const VolunteerKindSchema = z.enum(VOLUNTEER_KINDS.map((k) => k.id) as [VolunteerKind, ...VolunteerKind[]], { error: '请选择志愿者类型' });
export const VolunteerStatusSchema = z.enum(VOLUNTEER_STATUSES);
export const BookingStatusSchema = z.enum(BOOKING_STATUSES);
export const QuestionStatusSchema = z.enum(QUESTION_STATUSES);

export const VolunteerIdSchema = z.string().regex(/^lv_[a-f0-9]{16}$/, '志愿者编号格式不正确');
export const BookingIdSchema = z.string().regex(/^bk_[a-f0-9]{24}$/, '预约编号格式不正确');
export const QuestionIdSchema = z.string().regex(/^qq_[a-f0-9]{24}$/, '咨询编号格式不正确');
/** A booking or a quick question: the cases whose reads are logged. */
export const CaseIdSchema = z.union([BookingIdSchema, QuestionIdSchema], { error: '咨询编号格式不正确' });
export const LicenseNoSchema = z.string().trim().regex(LICENSE_PATTERN, LICENSE_MESSAGE);
export const DescriptionSchema = z.string().trim().min(10, '请用至少10个字说明情况').max(MAX_DESCRIPTION, `情况说明最多${MAX_DESCRIPTION}字`);

/** A real Shanghai calendar date, YYYY-MM-DD. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2026-12-01')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), '日期不存在');

const DayRangesSchema = OfficeHoursSchema.shape.mon;

/** A day off, or hours added to a date (on top of the week's, even on a holiday the volunteer chooses to serve). */
export const DayExceptionSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ date: IsoDateSchema, kind: z.literal('off') }).strict(),
    z.object({ date: IsoDateSchema, kind: z.literal('extra'), ranges: DayRangesSchema.min(1, '请至少设置一个加开时段') }).strict(),
  ],
  { error: '例外日期格式不正确' },
);
export type DayException = z.infer<typeof DayExceptionSchema>;

const onFiveMinutes = (r: TimeRange) => minutesOf(r.start) % 5 === 0 && minutesOf(r.end) % 5 === 0;

/**
 * A volunteer's hours, in Shanghai wall time: weekly windows (the shape of community office hours, so the working
 * calendar reckons them with the holiday data) plus date exceptions, and the rules slots are cut by. Times fall on
 * five-minute marks, the grain a lawyer's day is claimed in.
 */
export const AvailabilitySchema = z
  .object({
    weekly: OfficeHoursSchema,
    exceptions: z.array(DayExceptionSchema).max(60, '例外日期最多设置60个').default([]),
    slotMinutes: z.number({ error: '请填写每次咨询时长' }).int().min(15, '每次咨询至少15分钟').max(120, '每次咨询最多120分钟').multipleOf(5, '咨询时长须为5分钟的整数倍').default(30),
    bufferMinutes: z.number({ error: '请填写间隔时间' }).int().min(0, '间隔不能为负').max(60, '间隔最多60分钟').multipleOf(5, '间隔须为5分钟的整数倍').default(10),
    minNoticeHours: z.number({ error: '请填写提前预约时间' }).int().min(1, '至少提前1小时预约').max(72, '提前预约时间最多72小时').default(2),
    horizonDays: z.number({ error: '请填写可预约天数' }).int().min(1, '可预约天数至少1天').max(60, '可预约天数最多60天').default(14),
    dailyCap: z.number({ error: '请填写每日上限' }).int().min(1, '每日至少接待1人').max(20, '每日最多接待20人').default(6),
  })
  .strict()
  .superRefine((a, ctx) => {
    for (const day of WEEKDAYS) {
      a.weekly[day].forEach((r, i) => {
        if (!onFiveMinutes(r)) ctx.addIssue({ code: 'custom', path: ['weekly', day, i, 'start'], message: '时间须为5分钟的整数倍，例如 09:05' });
      });
    }
    const seen = new Set<string>();
    a.exceptions.forEach((e, i) => {
      if (seen.has(e.date)) ctx.addIssue({ code: 'custom', path: ['exceptions', i, 'date'], message: `${e.date} 重复设置` });
      seen.add(e.date);
      if (e.kind === 'extra' && !e.ranges.every(onFiveMinutes)) ctx.addIssue({ code: 'custom', path: ['exceptions', i, 'ranges'], message: '时间须为5分钟的整数倍，例如 09:05' });
    });
  });
export type Availability = z.output<typeof AvailabilitySchema>;
export type AvailabilityInput = z.input<typeof AvailabilitySchema>;

const RatingAverageSchema = z.number().nullable();

/** A verified volunteer as residents see them. */
export const VolunteerPublicSchema = z.object({
  id: VolunteerIdSchema,
  kind: VolunteerKindSchema,
  name: z.string(),
  firm: z.string().nullable(),
  specialties: z.array(SpecialtySchema),
  modes: z.array(ServiceModeSchema),
  place: z.string().nullable(),
  intro: z.string(),
  unitName: z.string(),
  ratingAverage: RatingAverageSchema,
  ratingCount: z.number().int(),
  completedCount: z.number().int(),
  /** The earliest free slot within their horizon, or null. */
  nextFreeAt: z.number().int().nullable(),
});
export type VolunteerPublic = z.infer<typeof VolunteerPublicSchema>;

/** The volunteer's own record (their application and hours). */
export const MyVolunteerSchema = z.object({
  id: VolunteerIdSchema,
  kind: VolunteerKindSchema,
  realName: z.string(),
  licenseNo: z.string().nullable(),
  firm: z.string().nullable(),
  specialties: z.array(SpecialtySchema),
  modes: z.array(ServiceModeSchema),
  place: z.string().nullable(),
  intro: z.string(),
  unitId: UnitIdSchema,
  unitName: z.string(),
  status: VolunteerStatusSchema,
  paused: z.boolean(),
  rejectReason: z.string().nullable(),
  appliedAt: z.number().int(),
  decidedAt: z.number().int().nullable(),
  availability: AvailabilitySchema.nullable(),
});
export type MyVolunteer = z.infer<typeof MyVolunteerSchema>;

/** A volunteer as the admins who verify them see them: no consultation content, ever. */
export const VolunteerAdminRowSchema = MyVolunteerSchema.omit({ availability: true }).extend({
  phoneMasked: z.string().nullable(),
  decidedByName: z.string().nullable(),
  completedCount: z.number().int(),
  ratingAverage: RatingAverageSchema,
  ratingCount: z.number().int(),
});
export type VolunteerAdminRow = z.infer<typeof VolunteerAdminRowSchema>;

export const SlotSchema = z.object({ startAt: z.number().int(), endAt: z.number().int() });
export type Slot = z.infer<typeof SlotSchema>;

export const SlotDaySchema = z.object({
  date: z.string(),
  /** workday, weekend, holiday (served only through added hours) or makeup (调休上班). */
  kind: z.enum(['workday', 'weekend', 'holiday', 'makeup']),
  holiday: z.string().nullable(),
  /** The year's holiday schedule is not published yet: the day is read from its weekday alone. */
  provisional: z.boolean(),
  /** The volunteer's daily limit is reached. */
  full: z.boolean(),
  slots: z.array(SlotSchema),
});
export type SlotDay = z.infer<typeof SlotDaySchema>;
