import * as z from 'zod';
import { UnitIdSchema } from '../org';
import { HOUSEHOLD_STATUSES, OWNER_STATUSES } from '../residence';
import type { FunctionContract } from '../contract';

/** Opaque id of a household claim (a hash, never the resident's OPENID). */
export const HouseholdIdSchema = z.string().regex(/^hc_[a-f0-9]{24}$/, '住户记录编号格式不正确');
/** 单元, as the building's doors are numbered: 1 to 30. */
export const EntranceSchema = z.number({ error: '请选择单元' }).int('单元须为整数').min(1, '单元从1开始').max(30, '单元号不能超过30');
/** Room number as written on the door: 101, 1203, 2-301; digits, at most one dash. */
export const RoomSchema = z
  .string({ error: '请填写房号' })
  .trim()
  .regex(/^[0-9]{1,3}(-?[0-9]{2,4})?$/, '房号格式如 302、1203 或 2-301');
/** 专有部分面积 as the 不动产权证书 states it, in m² with at most two decimals. */
export const AreaSchema = z
  .number({ error: '请填写专有部分面积' })
  .min(5, '面积不能小于5平方米')
  .max(2000, '面积不能超过2000平方米')
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, '面积最多保留两位小数');

export const HouseholdViewSchema = z.object({
  id: HouseholdIdSchema,
  buildingId: UnitIdSchema,
  buildingName: z.string(),
  gridName: z.string(),
  communityName: z.string(),
  entrance: z.number().int(),
  room: z.string(),
  status: z.enum(HOUSEHOLD_STATUSES),
  /** Who confirmed it, by role and unit (e.g. 网格员（西园第一网格）); never a person's name. */
  verifiedBy: z.string().nullable(),
  verifiedAt: z.number().int().nullable(),
  reason: z.string().nullable(),
  owner: z.object({ status: z.enum(OWNER_STATUSES), area: z.number().nullable(), verifiedAt: z.number().int().nullable(), reason: z.string().nullable() }),
});
export type HouseholdView = z.infer<typeof HouseholdViewSchema>;

/** A claim as a verifier sees it: the resident's name as they gave it and a masked phone, to call and check. */
export const PendingHouseholdSchema = HouseholdViewSchema.extend({ name: z.string(), phoneMasked: z.string().nullable(), claimedAt: z.number().int(), rev: z.number().int() });
export type PendingHousehold = z.infer<typeof PendingHouseholdSchema>;

const Decision = {
  id: HouseholdIdSchema,
  /** The claim as the verifier saw it: a claim changed since is not decided blind. */
  rev: z.number().int().min(1),
  approve: z.boolean({ error: '请选择通过或不通过' }),
  reason: z.string().trim().max(100, '理由最多100字').optional(),
};
const needsReason = (v: { approve: boolean; reason?: string | undefined }) => v.approve || (v.reason?.length ?? 0) >= 2;

export const householdContract = {
  /** The caller's household claim, and the building their QR code named (to claim from). */
  mine: {
    input: z.object({}).strict(),
    output: z.object({ household: HouseholdViewSchema.nullable(), building: z.object({ id: UnitIdSchema, name: z.string() }).nullable() }),
  },
  /** States the caller's household: a building of their community, its 单元 and room; it waits for verification. */
  claim: {
    input: z.object({ buildingId: UnitIdSchema, entrance: EntranceSchema, room: RoomSchema }).strict(),
    output: HouseholdViewSchema,
  },
  /** Asks for owner verification, with the exclusive area as registered (the certificate is shown at the office, never uploaded). */
  claimOwner: { input: z.object({ area: AreaSchema }).strict(), output: HouseholdViewSchema },
  /** Claims waiting for the caller to verify: households (grid workers, 楼栋长, admins) and ownership (admins). */
  pending: {
    input: z.object({ kind: z.enum(['household', 'owner'], { error: '筛选条件不正确' }).default('household') }).strict(),
    output: z.object({ items: z.array(PendingHouseholdSchema) }),
  },
  verify: { input: z.object(Decision).strict().refine(needsReason, { message: '不通过时请填写理由', path: ['reason'] }), output: PendingHouseholdSchema },
  /** An admin confirms ownership; the area may be corrected to the certificate's. */
  verifyOwner: {
    input: z
      .object({ ...Decision, area: AreaSchema.optional() })
      .strict()
      .refine(needsReason, { message: '不通过时请填写理由', path: ['reason'] }),
    output: PendingHouseholdSchema,
  },
} satisfies FunctionContract;
