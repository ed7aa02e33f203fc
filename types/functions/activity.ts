import * as z from 'zod';
import {
  ActivityDetailSchema,
  ActivityIdSchema,
  ActivitySummarySchema,
  ActivityTypeSchema,
  AttendanceRowSchema,
  AttendeeIdSchema,
  AudienceSchema,
  CheckInTokenSchema,
  EpochMsSchema,
  HistoryItemSchema,
  MySignupSchema,
  ParticipationRowSchema,
} from '../activity';
import { ACTIVITY_AHEAD_MS, DEADLINE_LEAD_MS, quarterProblem } from '../date-windows';
import { UnitIdSchema } from '../org';
import { validationNow } from '../validation-time';
import type { FunctionContract } from '../contract';

const HOUR = 3_600_000;
/** The longest activity we accept (a weekend of volunteering), so that a typo in a date is caught. */
export const MAX_ACTIVITY_SPAN_MS = 3 * 24 * HOUR;
export const MAX_CAPACITY = 200;
export const MAX_WAITLIST = 100;

/** Fields an organiser edits; every one of them may change later except unit and audience. */
const EditableFields = {
  title: z.string().trim().min(2, '活动名称至少2个字').max(40, '活动名称最多40个字'),
  type: ActivityTypeSchema,
  startAt: EpochMsSchema,
  endAt: EpochMsSchema,
  place: z.string().trim().min(2, '请填写活动地点').max(60, '活动地点最多60个字'),
  capacity: z.number({ error: '请填写名额' }).int('名额须为整数').min(1, '名额至少1人').max(MAX_CAPACITY, `名额最多${MAX_CAPACITY}人`),
  waitlistLimit: z.number().int('候补人数须为整数').min(0, '候补人数不能为负').max(MAX_WAITLIST, `候补最多${MAX_WAITLIST}人`),
  signupDeadline: EpochMsSchema,
  cancelDeadline: EpochMsSchema,
  /** How long before the start check-in opens. */
  checkInOpensMinutes: z.number().int('签到开放时间须为整数分钟').min(0, '签到开放时间不能为负').max(240, '签到最早在开始前4小时开放'),
  description: z.string().trim().max(1000, '活动介绍最多1000字'),
  /** An image URL (https) or a path inside the app; never fetched by the server. */
  coverImage: z
    .string()
    .trim()
    .max(300, '封面图片地址过长')
    .regex(/^(https:\/\/[^\s]+|\/[A-Za-z0-9/_.-]+)$/, '封面图片须为 https 地址或小程序内路径')
    .nullable(),
};

/**
 * Cross-field rules and the windows, checked here when all fields arrive together and by the domain after an edit is
 * merged: an activity at most two years ahead, its end after its start and within 3 days, each deadline before the
 * start and at most 90 days before it (no 2099 activity whose cancellation closed in 2020).
 */
export function timeProblems(t: { startAt: number; endAt: number; signupDeadline: number; cancelDeadline: number }, now: number = validationNow()): Record<string, string> {
  const problems: Record<string, string> = {};
  if (t.startAt > now + ACTIVITY_AHEAD_MS) problems.startAt = '活动时间须在两年以内';
  if (t.endAt <= t.startAt) problems.endAt = '结束时间须晚于开始时间';
  else if (t.endAt - t.startAt > MAX_ACTIVITY_SPAN_MS) problems.endAt = '活动时长不能超过3天';
  if (t.signupDeadline > t.startAt) problems.signupDeadline = '报名截止时间不能晚于活动开始';
  else if (t.signupDeadline < t.startAt - DEADLINE_LEAD_MS) problems.signupDeadline = '报名截止时间不能早于活动开始前90天';
  if (t.cancelDeadline > t.startAt) problems.cancelDeadline = '取消报名截止时间不能晚于活动开始';
  else if (t.cancelDeadline < t.startAt - DEADLINE_LEAD_MS) problems.cancelDeadline = '取消报名截止时间不能早于活动开始前90天';
  return problems;
}

/** A new activity also starts, and takes signups, after now. */
export function newActivityProblems(t: { startAt: number; signupDeadline: number }, now: number = validationNow()): Record<string, string> {
  const problems: Record<string, string> = {};
  if (t.startAt <= now) problems.startAt = '开始时间须晚于现在';
  if (t.signupDeadline <= now) problems.signupDeadline = '报名截止时间须晚于现在';
  return problems;
}

export const CreateActivityInputSchema = z
  .object({
    ...EditableFields,
    waitlistLimit: EditableFields.waitlistLimit.default(20),
    checkInOpensMinutes: EditableFields.checkInOpensMinutes.default(30),
    description: EditableFields.description.default(''),
    coverImage: EditableFields.coverImage.default(null),
    /** The organising unit: the caller must be an officer of it (or of a unit above it). */
    unitId: UnitIdSchema,
    audience: AudienceSchema,
    /** For `party_subtree`: the unit whose members are invited, inside the organising unit; default that unit. */
    audienceUnitId: UnitIdSchema.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    for (const [path, message] of Object.entries({ ...timeProblems(v), ...newActivityProblems(v) })) ctx.addIssue({ code: 'custom', path: [path], message });
  });

export const UpdateActivityInputSchema = z
  .object({
    id: ActivityIdSchema,
    title: EditableFields.title.optional(),
    type: EditableFields.type.optional(),
    startAt: EditableFields.startAt.optional(),
    endAt: EditableFields.endAt.optional(),
    place: EditableFields.place.optional(),
    capacity: EditableFields.capacity.optional(),
    waitlistLimit: EditableFields.waitlistLimit.optional(),
    signupDeadline: EditableFields.signupDeadline.optional(),
    cancelDeadline: EditableFields.cancelDeadline.optional(),
    checkInOpensMinutes: EditableFields.checkInOpensMinutes.optional(),
    description: EditableFields.description.optional(),
    coverImage: EditableFields.coverImage.optional(),
  })
  .strict();
export type UpdateActivityInput = z.output<typeof UpdateActivityInputSchema>;
export type CreateActivityInput = z.output<typeof CreateActivityInputSchema>;

const ById = z.object({ id: ActivityIdSchema }).strict();
const ByActivity = z.object({ activityId: ActivityIdSchema }).strict();

export const QuarterSchema = z
  .string()
  .regex(/^20\d{2}-Q[1-4]$/, '季度格式应为 2026-Q4')
  .superRefine((quarter, ctx) => {
    const problem = quarterProblem(quarter);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const activityContract = {
  /** Activities the caller may join (upcoming or past), or those their branches organise. */
  list: {
    input: z
      .object({
        scope: z.enum(['upcoming', 'past', 'organised'], { error: '列表范围不正确' }).default('upcoming'),
        type: ActivityTypeSchema.optional(),
      })
      .strict(),
    output: z.object({ items: z.array(ActivitySummarySchema) }),
  },
  get: { input: ById, output: ActivityDetailSchema },
  /** Units the caller may organise activities for (their officer grants and the units below). */
  organiserUnits: {
    input: z.object({}).strict(),
    output: z.object({ units: z.array(z.object({ unitId: UnitIdSchema, partyOrgName: z.string(), kind: z.string() })) }),
  },
  create: { input: CreateActivityInputSchema, output: ActivityDetailSchema },
  update: { input: UpdateActivityInputSchema, output: ActivityDetailSchema },
  cancelActivity: {
    input: z.object({ id: ActivityIdSchema, reason: z.string().trim().min(2, '请填写取消原因').max(100, '取消原因最多100字') }).strict(),
    output: ActivityDetailSchema,
  },
  /** Takes a seat, or a place on the waiting list; a repeated request returns the existing signup. */
  signup: { input: ById, output: z.object({ signup: MySignupSchema, created: z.boolean() }) },
  /** Gives up a seat (before the cancellation deadline) or a place on the waiting list. */
  cancel: { input: ById, output: z.object({ signup: MySignupSchema }) },
  /** The caller's current signups for activities that have not ended. */
  mySignups: { input: z.object({}).strict(), output: z.object({ items: z.array(ActivitySummarySchema) }) },
  /** The organiser's rotating code; null outside the check-in window. `refreshInMs` counts from the server's clock. */
  checkInToken: {
    input: ByActivity,
    output: z.object({ token: z.string().nullable(), path: z.string().nullable(), refreshInMs: z.number().int(), opensAt: z.number().int(), closesAt: z.number().int() }),
  },
  /** A confirmed member's own rotating code for this activity, for the organiser to scan. */
  memberCode: {
    input: ByActivity,
    output: z.object({ code: z.string().nullable(), refreshInMs: z.number().int(), opensAt: z.number().int(), closesAt: z.number().int() }),
  },
  /** A member checks in with the organiser's code; checking in twice is harmless. */
  checkIn: {
    input: z.object({ token: CheckInTokenSchema }).strict(),
    output: z.object({ activityId: ActivityIdSchema, title: z.string(), checkedInAt: z.number().int(), already: z.boolean() }),
  },
  /** The organiser records attendance: by scanning a member's code, or by hand (present or not). */
  markAttendance: {
    input: z
      .object({ activityId: ActivityIdSchema, attendeeId: AttendeeIdSchema.optional(), memberCode: CheckInTokenSchema.optional(), present: z.boolean().default(true) })
      .strict()
      .refine((v) => (v.attendeeId === undefined) !== (v.memberCode === undefined), { message: '请选择一名报名人员或扫描其签到码', path: ['attendeeId'] }),
    output: AttendanceRowSchema,
  },
  attendance: {
    input: ByActivity,
    output: z.object({
      activity: ActivitySummarySchema,
      rows: z.array(AttendanceRowSchema),
      confirmed: z.number().int(),
      waitlisted: z.number().int(),
      checkedIn: z.number().int(),
    }),
  },
  /** CSV with Chinese headers and a UTF-8 byte-order mark, so that Excel opens it as UTF-8. */
  exportAttendance: { input: ByActivity, output: z.object({ filename: z.string(), csv: z.string() }) },
  /** The caller's activities that have ended or were cancelled, with attendance and hours. */
  history: {
    input: z.object({}).strict(),
    output: z.object({ items: z.array(HistoryItemSchema), attendedCount: z.number().int(), totalHours: z.number(), yearHours: z.number() }),
  },
  /** Per branch under the caller's officer units: members, participation and hours in one quarter. */
  participation: {
    input: z.object({ quarter: QuarterSchema, unitId: UnitIdSchema.optional() }).strict(),
    output: z.object({ quarter: z.string(), from: z.number().int(), to: z.number().int(), rows: z.array(ParticipationRowSchema) }),
  },
  /**
   * The timer's sweep (every minute): signup records brought in line with the seats of activities changed lately,
   * finishing what a function that died part-way left undone (a seat without its record, a freed seat not yet
   * passed on, a check-in not yet on the signup).
   */
  sweep: {
    input: z.object({}).strict(),
    output: z.object({ activities: z.number().int(), completed: z.number().int(), released: z.number().int(), promoted: z.number().int(), checkIns: z.number().int() }),
  },
} satisfies FunctionContract;

