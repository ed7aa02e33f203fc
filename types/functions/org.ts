import * as z from 'zod';
import { CategoryRuleSchema, CategoryRulesSchema, RequestLimitsSchema } from '../grid-settings';
import { UnitIdSchema } from '../org';
import { OfficeHoursSchema } from '../working-hours';
import type { FunctionContract } from '../contract';

export const OrgSettingsSchema = z.object({
  communityId: UnitIdSchema,
  communityName: z.string(),
  streetId: UnitIdSchema,
  streetName: z.string(),
  officeHours: OfficeHoursSchema,
  /** e.g. 周一至周五 08:30-12:00 14:00-17:30 */
  officeHoursText: z.string(),
  /** True while the community has not set its own (DEFAULT_OFFICE_HOURS). */
  officeHoursDefault: z.boolean(),
  /** The street's commitment (本街道承诺). */
  limits: RequestLimitsSchema,
  limitsDefault: z.boolean(),
  /** Whether the caller may change the street's limits (street admins). */
  canEditLimits: z.boolean(),
  categoryRules: z.array(CategoryRuleSchema),
  /** Years whose holiday schedule we hold; a year after the last is reckoned by weekends only, and says so. */
  holidayYears: z.array(z.number().int()),
});
export type OrgSettings = z.infer<typeof OrgSettingsSchema>;

const Community = { communityId: UnitIdSchema };

export const IMPORT_KINDS = ['grids', 'buildings', 'rosters'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const ImportResultSchema = z.object({ kind: z.enum(IMPORT_KINDS), imported: z.number().int() });
export type ImportResult = z.infer<typeof ImportResultSchema>;

export const orgContract = {
  /** A community's settings that drive request clocks and routing. */
  settings: { input: z.object(Community).strict(), output: OrgSettingsSchema },
  setOfficeHours: { input: z.object({ ...Community, hours: OfficeHoursSchema }).strict(), output: OrgSettingsSchema },
  /** The street's limits (street admins only); every community of the street runs on them. */
  setLimits: { input: z.object({ ...Community, limits: RequestLimitsSchema }).strict(), output: OrgSettingsSchema },
  setCategoryRules: { input: z.object({ ...Community, rules: CategoryRulesSchema }).strict(), output: OrgSettingsSchema },
  /**
   * Grids (网格编码, 网格名称, 网格类型, 党组织名称), buildings (楼栋编码, 楼栋名称, 所属网格编码, 经度, 纬度) or duty
   * rosters (网格编码, 姓名, 手机号, 值守) from a CSV: every row or none; errors by line and column.
   */
  importCsv: {
    input: z
      .object({
        ...Community,
        kind: z.enum(IMPORT_KINDS, { error: '请选择导入的内容' }),
        csv: z.string({ error: '请选择CSV文件' }).min(1, '文件是空的').max(200_000, '文件不能超过200KB'),
      })
      .strict(),
    output: ImportResultSchema,
  },
} satisfies FunctionContract;
