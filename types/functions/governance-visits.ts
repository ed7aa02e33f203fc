import * as z from 'zod';
import { formDateProblem, todayText } from '../date-windows';
import { CARE_KINDS } from '../governance';
import { UnitIdSchema } from '../org';
import type { FunctionContract } from '../contract';
import { NeedDraftSchema, NeedViewSchema } from './governance-lists';
import { EntranceSchema, RoomSchema } from './household';
import { CategoryIdSchema } from '../grid-settings';

export const VisitHouseholdIdSchema = z.string().regex(/^vh_[a-f0-9]{24}$/, '联系户编号格式不正确');

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, `${label}至少${min}个字`)
    .max(max, `${label}最多${max}个字`);

export const VisitHouseholdViewSchema = z.object({
  id: VisitHouseholdIdSchema,
  label: z.string(),
  building: z.string(),
  gridName: z.string(),
  entrance: z.number().int(),
  room: z.string(),
  /** Monthly visits, and why, for a household the community marked with its consent; visitors and officers only. */
  care: z.array(z.enum(CARE_KINDS)),
  monthly: z.boolean(),
  lastVisitAt: z.number().int().nullable(),
  dueAt: z.number().int(),
  overdue: z.boolean(),
  /** Party members assigned (党员联系户), by name; the grid's worker covers every household of the grid. */
  visitors: z.array(z.string()),
});
export type VisitHouseholdView = z.infer<typeof VisitHouseholdViewSchema>;

export const VisitViewSchema = z.object({
  id: z.string(),
  visitedOn: z.string(),
  visitor: z.string(),
  met: z.string(),
  situation: z.string(),
  followUp: z.string(),
  /** Only to the visitor who wrote it and the community's officers; every other read is refused, each read logged. */
  note: z.string().nullable(),
  needs: z.array(z.object({ id: z.string(), description: z.string(), status: z.string() })),
  /** Grid requests raised from the visit, by number. */
  requests: z.array(z.object({ id: z.string(), no: z.string() })),
});

const CoverageRow = z.object({
  unitId: UnitIdSchema,
  name: z.string(),
  households: z.number().int(),
  visitedThisQuarter: z.number().int(),
  overdue: z.number().int(),
  needsRaised: z.number().int(),
  needsResolved: z.number().int(),
});

/** The same day a year earlier, as YYYY-MM-DD (compared as text). */
const yearBefore = (day: string) => `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;

const VisitedOn = z
  .string({ error: '请选择走访日期' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD')
  .superRefine((d, c) => {
    const problem = formDateProblem('past', d, '走访日期');
    if (problem) c.addIssue({ code: 'custom', message: problem });
    else if (d < yearBefore(todayText())) c.addIssue({ code: 'custom', message: '只能补记一年以内的走访' });
  });

export const governanceVisitsContract = {
  /** The caller's households to visit (assigned to a party member, or in a grid worker's grid), due first. */
  myVisits: { input: z.object({}).strict(), output: z.object({ items: z.array(VisitHouseholdViewSchema) }) },
  /**
   * A visit, quick to write: no photo, no location, no track. Needs found become 需求清单 entries in the same step.
   */
  logVisit: {
    input: z
      .object({
        householdId: VisitHouseholdIdSchema,
        /** A visit written later than the day it happened; absent: today (the server's day). */
        visitedOn: VisitedOn.optional(),
        met: text('走访对象', 1, 40),
        situation: text('基本情况', 2, 500),
        note: z.string().trim().max(500, '敏感情况最多500字').optional(),
        needs: z.array(NeedDraftSchema).max(5, '一次最多登记5条需求'),
        /** Problems for the grid to act on, raised as reports at the household's building. */
        requests: z
          .array(z.object({ category: CategoryIdSchema, description: text('问题描述', 5, 300) }).strict())
          .max(3, '一次最多转3件网格诉求')
          .optional(),
        /** Chosen by the device: a retried log writes one visit and raises each request once. */
        key: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '提交标识格式不正确').optional(),
        followUp: z.string().trim().max(200, '后续跟进最多200字').optional(),
      })
      .strict(),
    output: z.object({ id: z.string(), needs: z.array(NeedViewSchema), requests: z.array(z.object({ id: z.string(), no: z.string() })) }),
  },
  /** A household's visits, for its visitors and the community's officers. */
  visits: { input: z.object({ householdId: VisitHouseholdIdSchema }).strict(), output: z.object({ household: VisitHouseholdViewSchema, items: z.array(VisitViewSchema) }) },
  /** Per grid and per branch: households visited this quarter, overdue, needs raised and resolved. No person ranked. */
  coverage: {
    input: z.object({ communityId: UnitIdSchema }).strict(),
    output: z.object({ quarter: z.string(), grids: z.array(CoverageRow), branches: z.array(CoverageRow) }),
  },
  /** Households of a community to visit, with their visitors: for officers assigning them. */
  visitHouseholds: {
    input: z.object({ communityId: UnitIdSchema }).strict(),
    output: z.object({ items: z.array(VisitHouseholdViewSchema), members: z.array(z.object({ ref: z.string(), name: z.string(), branch: z.string(), unitId: UnitIdSchema })) }),
  },
  addVisitHousehold: {
    input: z.object({ buildingId: UnitIdSchema, entrance: EntranceSchema, room: RoomSchema, label: text('称呼', 1, 20) }).strict(),
    output: VisitHouseholdViewSchema,
  },
  /** Assigns (or releases) a party member of the household's grid as its visitor. */
  assignVisitor: {
    input: z.object({ householdId: VisitHouseholdIdSchema, member: z.string().regex(/^[a-f0-9]{16}$/, '党员编号格式不正确'), assign: z.boolean() }).strict(),
    output: VisitHouseholdViewSchema,
  },
  /** Marks a household for monthly visits; the household's consent is recorded with it (or the mark withdrawn). */
  markCare: {
    input: z
      .object({ householdId: VisitHouseholdIdSchema, kinds: z.array(z.enum(CARE_KINDS)).max(3), consent: z.boolean(), consentNote: z.string().trim().max(60).optional() })
      .strict()
      .refine((v) => v.kinds.length === 0 || v.consent, { message: '请先征得该户同意并记录', path: ['consent'] })
      .refine((v) => v.kinds.length === 0 || (v.consentNote?.length ?? 0) >= 2, { message: '请记录同意的方式，如“本人书面同意”', path: ['consentNote'] }),
    output: VisitHouseholdViewSchema,
  },
} satisfies FunctionContract;
