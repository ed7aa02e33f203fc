import * as z from 'zod';
import { UNIT_KINDS } from './org';
import { RequestStatusSchema, RequestSummarySchema } from './request';

/**
 * Rates as the dashboard draws them, each with the counts it comes from (null when there is nothing to rate yet):
 * 响应率 = accepted on time ÷ requests whose acceptance fell due; 办结率 = resolved on time ÷ requests whose
 * resolution fell due; 满意率 = 满意 and 基本满意 ÷ ratings. Per grid, category or week, never per person.
 */
export const RateRowSchema = z.object({
  key: z.string(),
  name: z.string(),
  received: z.number().int(),
  acceptedOnTime: z.number().int(),
  acceptDue: z.number().int(),
  responseRate: z.number().nullable(),
  resolvedOnTime: z.number().int(),
  resolveDue: z.number().int(),
  resolveRate: z.number().nullable(),
  satisfied: z.number().int(),
  rated: z.number().int(),
  satisfactionRate: z.number().nullable(),
});
export type RateRow = z.infer<typeof RateRowSchema>;

export const DashboardUnitSchema = z.object({ id: z.string(), name: z.string(), kind: z.enum(UNIT_KINDS) });

export const DashboardSchema = z.object({
  unit: DashboardUnitSchema,
  /** The units the caller may switch to (their own, and for admins the communities and grids below). */
  units: z.array(DashboardUnitSchema),
  /** Mondays of the weeks covered, oldest first. */
  weeks: z.array(z.string()),
  statusCounts: z.array(z.object({ status: RequestStatusSchema, count: z.number().int() })),
  overdue: z.array(RequestSummarySchema),
  byGrid: z.array(RateRowSchema),
  byCategory: z.array(RateRowSchema),
  byWeek: z.array(RateRowSchema),
  total: RateRowSchema,
});
export type Dashboard = z.infer<typeof DashboardSchema>;

export const DASHBOARD_VIEWS = ['grid', 'category', 'week'] as const;
export type DashboardView = (typeof DASHBOARD_VIEWS)[number];
