import * as z from 'zod';
import { APPLICATION_STATUSES } from '../activity-names';
import { joinedMonthProblem } from '../date-windows';
import { UnitIdSchema } from '../org';
import type { FunctionContract } from '../contract';

/** Opaque id of a membership application (a hash, never the applicant's OPENID). */
export const ApplicationIdSchema = z.string().regex(/^pa_[a-f0-9]{24}$/, '申请编号格式不正确');
export const ApplicationStatusSchema = z.enum(APPLICATION_STATUSES);

export const BranchSchema = z.object({ unitId: UnitIdSchema, partyOrgName: z.string(), kind: z.string() });
export type Branch = z.infer<typeof BranchSchema>;

export const ApplicationViewSchema = z.object({
  id: ApplicationIdSchema,
  name: z.string(),
  /** Masked; shown to the branch officers who decide, never in full. */
  phoneMasked: z.string().nullable(),
  unitId: UnitIdSchema,
  partyOrgName: z.string(),
  /** 入党年月, e.g. 2008-07. */
  joinedAt: z.string().nullable(),
  note: z.string(),
  status: ApplicationStatusSchema,
  reason: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.number().int().nullable(),
  submittedAt: z.number().int(),
});
export type ApplicationView = z.infer<typeof ApplicationViewSchema>;

export const MyMembershipSchema = z.object({
  /** The latest application, whatever its outcome; null when none was made. */
  application: ApplicationViewSchema.nullable(),
  /** The party organisations the caller is registered with. */
  memberships: z.array(z.object({ unitId: UnitIdSchema, partyOrgName: z.string(), joinedAt: z.string().nullable() })),
});
export type MyMembership = z.infer<typeof MyMembershipSchema>;

export const MemberRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  phoneMasked: z.string().nullable(),
  unitId: UnitIdSchema,
  partyOrgName: z.string(),
  joinedAt: z.string().nullable(),
  registeredAt: z.number().int(),
});

export const partyContract = {
  /** Party branches of the caller's community, to apply to. */
  branches: { input: z.object({}).strict(), output: z.object({ branches: z.array(BranchSchema) }) },
  /** A resident asks to be recorded as a party member of a branch; repeating a pending request returns it. */
  apply: {
    input: z
      .object({
        unitId: UnitIdSchema,
        joinedAt: z
          .string()
          .regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, '入党时间格式应为 2008-07')
          .superRefine((month, ctx) => {
            const problem = joinedMonthProblem(month);
            if (problem) ctx.addIssue({ code: 'custom', message: problem });
          })
          .optional(),
        note: z.string().trim().max(200, '补充说明最多200字').default(''),
      })
      .strict(),
    output: MyMembershipSchema,
  },
  myMembership: { input: z.object({}).strict(), output: MyMembershipSchema },
  /** Applications to the branches under the caller's officer units. */
  applications: {
    input: z.object({ status: z.enum(['pending', 'decided'], { error: '筛选条件不正确' }).default('pending') }).strict(),
    output: z.object({ items: z.array(ApplicationViewSchema) }),
  },
  /** Approve, or reject with a reason the applicant will read. */
  decide: {
    input: z
      .object({ id: ApplicationIdSchema, approve: z.boolean({ error: '请选择通过或不通过' }), reason: z.string().trim().max(200, '理由最多200字').optional() })
      .strict()
      .refine((v) => v.approve || (v.reason?.length ?? 0) >= 2, { message: '不通过时请填写理由', path: ['reason'] }),
    output: ApplicationViewSchema,
  },
  /** The register of party members under the caller's officer units. */
  members: {
    input: z.object({ unitId: UnitIdSchema.optional() }).strict(),
    output: z.object({ items: z.array(MemberRowSchema) }),
  },
} satisfies FunctionContract;
