import * as z from 'zod';
import { DASHBOARD_VIEWS, DashboardSchema } from '../dashboard';
import { UnitIdSchema } from '../org';
import { RequestDetailSchema, RequestIdSchema, RequestSummarySchema } from '../request';
import type { FunctionContract } from '../contract';

const Report = <K extends string>(...keys: K[]) => z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as Record<K, z.ZodNumber>);

export const HeldItemSchema = z.object({
  request: RequestSummarySchema,
  description: z.string().nullable(),
  photos: z.array(z.object({ url: z.string() })),
  notes: z.array(z.object({ at: z.number().int(), byName: z.string(), note: z.string() })),
});
export type HeldItem = z.infer<typeof HeldItemSchema>;

/** Oversight of requests (branch secretaries, community and street admins) and the timers that keep the clocks. */
export const gridOversightContract = {
  /** Counts by status, the overdue list, and 响应率 / 办结率 / 满意率 by grid, category and week, for a unit in scope. */
  dashboard: {
    input: z.object({ unitId: UnitIdSchema.optional(), weeks: z.number().int().min(1, '至少1周').max(26, '最多26周').optional() }).strict(),
    output: DashboardSchema,
  },
  /** One of the dashboard's tables as CSV. */
  exportDashboard: {
    input: z.object({ unitId: UnitIdSchema.optional(), weeks: z.number().int().min(1).max(26).optional(), view: z.enum(DASHBOARD_VIEWS) }).strict(),
    output: z.object({ filename: z.string(), csv: z.string() }),
  },
  /** Text and photos held by the content check in a community, for its admins to clear or remove. */
  reviewQueue: { input: z.object({ communityId: UnitIdSchema }).strict(), output: z.object({ items: z.array(HeldItemSchema) }) },
  clearReview: { input: z.object({ id: RequestIdSchema, decision: z.enum(['pass', 'remove'], { error: '请选择审核结果' }) }).strict(), output: RequestDetailSchema },
  /** Timer: escalates requests whose deadline passed, one level at a time. */
  escalateOverdue: { input: z.object({}).strict(), output: Report('escalated', 'skipped') },
  /** Timer: closes resolved requests nobody rated within 7 days. */
  closeUnrated: { input: z.object({}).strict(), output: Report('closed') },
  /** Timer: finishes the effects (counters, messages) of steps whose function died before applying them. */
  sweep: { input: z.object({}).strict(), output: Report('requests', 'applied') },
} satisfies FunctionContract;
