import * as z from 'zod';
import { REPORT_CATEGORIES, TEAMS, type ReportCategory } from './request-names';
import { ItemCodeSchema } from './catalog';

/**
 * A street's own commitment to residents, per urgency (shown as 本街道承诺, never as a national rule): accept within
 * so many working hours; resolve an urgent request within so many hours round the clock, a normal or complex one
 * within so many working days. Working time follows each community's office hours and the holiday calendar.
 */
export const RequestLimitsSchema = z
  .object({
    acceptHours: z.number({ error: '请填写受理时限' }).int('请填写整数').min(1, '受理时限至少1个工作小时').max(40, '受理时限最多40个工作小时'),
    urgentHours: z.number({ error: '请填写紧急诉求时限' }).int('请填写整数').min(1, '紧急诉求时限至少1小时').max(72, '紧急诉求时限最多72小时'),
    normalDays: z.number({ error: '请填写一般诉求时限' }).int('请填写整数').min(1, '一般诉求时限至少1个工作日').max(30, '一般诉求时限最多30个工作日'),
    complexDays: z.number({ error: '请填写复杂诉求时限' }).int('请填写整数').min(1, '复杂诉求时限至少1个工作日').max(60, '复杂诉求时限最多60个工作日'),
  })
  .strict()
  .refine((l) => l.complexDays >= l.normalDays, { message: '复杂诉求的时限不能短于一般诉求', path: ['complexDays'] });
export type RequestLimits = z.infer<typeof RequestLimitsSchema>;

/** Used until a street sets its own. */
export const DEFAULT_REQUEST_LIMITS: RequestLimits = { acceptHours: 2, urgentHours: 24, normalDays: 5, complexDays: 15 };

/** A report category or a catalog item's code: what a request is about. */
export const CategoryIdSchema = z.enum(REPORT_CATEGORIES.map((c) => c.id) as [ReportCategory, ...ReportCategory[]], { error: '请选择问题类别' });
export const SourceSchema = z.union([CategoryIdSchema, ItemCodeSchema]);

/** A community's rule: requests about this go to a team (e.g. 物业维修 → 物业党建联建) instead of the grid. */
export const CategoryRuleSchema = z.object({ category: CategoryIdSchema, team: z.enum(TEAMS) }).strict();
export type CategoryRule = z.infer<typeof CategoryRuleSchema>;
export const CategoryRulesSchema = z
  .array(CategoryRuleSchema)
  .max(20, '最多设置20条规则')
  .refine((rules) => new Set(rules.map((r) => r.category)).size === rules.length, '同一类别只能设置一条规则');
