import * as z from 'zod';
import { ACTIVITY_TYPES, AUDIENCES, CHECK_IN_METHODS, SIGNUP_STATUSES, type ActivityType, type Audience } from './activity-names';
import { UnitIdSchema } from './org';

export const ActivityTypeSchema = z.enum(ACTIVITY_TYPES.map((t) => t.id) as [ActivityType, ...ActivityType[]], { error: '请选择活动类型' });
export const AudienceSchema = z.enum(AUDIENCES.map((a) => a.id) as [Audience, ...Audience[]], { error: '请选择参加对象' });
export const SignupStatusSchema = z.enum(SIGNUP_STATUSES);
export const CheckInMethodSchema = z.enum(CHECK_IN_METHODS);

export const ActivityIdSchema = z.string().regex(/^act_[a-z0-9]{8,40}$/, '活动编号格式不正确');
/** Opaque id of one signup in an organiser's attendance list (never the member's OPENID). */
export const AttendeeIdSchema = z.string().regex(/^[a-f0-9]{16}$/, '报名记录编号格式不正确');
/** A check-in token or a member's code, as issued by the server. */
export const CheckInTokenSchema = z.string().trim().regex(/^[A-Za-z0-9._-]{10,200}$/, '签到码无效，请重新扫描');

/** Epoch milliseconds (UTC), shown in Shanghai time. */
export const EpochMsSchema = z
  .number({ error: '请选择时间' })
  .int('时间格式不正确')
  .min(Date.UTC(2020, 0, 1), '时间格式不正确')
  .max(Date.UTC(2100, 0, 1), '时间格式不正确');

/** The caller's own signup, as a member sees it. */
export const MySignupSchema = z.object({
  activityId: ActivityIdSchema,
  status: SignupStatusSchema,
  /** 1-based place on the waiting list; null unless waitlisted. */
  waitlistPosition: z.number().int().nullable(),
  signedUpAt: z.number().int(),
  checkedInAt: z.number().int().nullable(),
});
export type MySignup = z.infer<typeof MySignupSchema>;

export const ActivitySummarySchema = z.object({
  id: ActivityIdSchema,
  title: z.string(),
  type: ActivityTypeSchema,
  unitId: UnitIdSchema,
  /** The organising party organisation, e.g. 西园社区党支部. */
  unitName: z.string(),
  audience: AudienceSchema,
  startAt: z.number().int(),
  endAt: z.number().int(),
  place: z.string(),
  capacity: z.number().int(),
  confirmedCount: z.number().int(),
  waitlistCount: z.number().int(),
  signupDeadline: z.number().int(),
  status: z.enum(['published', 'cancelled']),
  coverImage: z.string().nullable(),
  mine: MySignupSchema.nullable(),
});
export type ActivitySummary = z.infer<typeof ActivitySummarySchema>;

export const ActivityDetailSchema = ActivitySummarySchema.extend({
  description: z.string(),
  audienceUnitId: UnitIdSchema,
  /** Name of the org subtree or community the audience is drawn from. */
  audienceUnitName: z.string(),
  cancelDeadline: z.number().int(),
  waitlistLimit: z.number().int(),
  checkInOpensMinutes: z.number().int(),
  checkInOpensAt: z.number().int(),
  cancelReason: z.string().nullable(),
  /** Whether the caller may sign up: a member of the audience, or a resident whose verified household lies in it. */
  eligible: z.boolean(),
  /** Open to residents, and the caller lives there but their household is not verified yet (我的住户). */
  residenceNeeded: z.boolean(),
  /** Whether the caller is an officer of the organising branch (edit, QR code, attendance). */
  canManage: z.boolean(),
  signupOpen: z.boolean(),
  /** A confirmed member may still cancel (a waitlisted one may leave until the start). */
  cancelOpen: z.boolean(),
  checkInOpen: z.boolean(),
});
export type ActivityDetail = z.infer<typeof ActivityDetailSchema>;

export const AttendanceRowSchema = z.object({
  attendeeId: AttendeeIdSchema,
  name: z.string(),
  /** The member's party organisation, or 居民 for a resident. */
  branchName: z.string(),
  phoneMasked: z.string().nullable(),
  status: SignupStatusSchema,
  waitlistPosition: z.number().int().nullable(),
  signedUpAt: z.number().int(),
  checkedInAt: z.number().int().nullable(),
  method: CheckInMethodSchema.nullable(),
  /** Who recorded the attendance when an organiser did (scan of the member's code or by hand), and when. */
  recordedByName: z.string().nullable(),
  recordedAt: z.number().int().nullable(),
});
export type AttendanceRow = z.infer<typeof AttendanceRowSchema>;

export const HistoryItemSchema = z.object({
  activityId: ActivityIdSchema,
  title: z.string(),
  type: ActivityTypeSchema,
  unitName: z.string(),
  startAt: z.number().int(),
  endAt: z.number().int(),
  activityStatus: z.enum(['published', 'cancelled']),
  signupStatus: SignupStatusSchema,
  attended: z.boolean(),
  hours: z.number(),
});
export type HistoryItem = z.infer<typeof HistoryItemSchema>;

export const ParticipationRowSchema = z.object({
  unitId: UnitIdSchema,
  partyOrgName: z.string(),
  /** Registered party members of this branch (not counting the branches below it). */
  members: z.number().int(),
  /** Of those, how many attended at least one activity in the quarter. */
  activeMembers: z.number().int(),
  /** activeMembers / members, 0–1; 0 for a branch without members. */
  rate: z.number(),
  /** Activities this branch organised in the quarter (not cancelled). */
  activities: z.number().int(),
  /** Attendances of this branch's members at any activity in the quarter, and their hours. */
  attendances: z.number().int(),
  hours: z.number(),
});
export type ParticipationRow = z.infer<typeof ParticipationRowSchema>;
