import * as z from 'zod';
import { MOBILE_MESSAGE, MOBILE_PATTERN } from '../mobile';
import { RoleGrantSchema } from '../roles';
import { CommunityPublicSchema, QrSceneSchema, UnitIdSchema } from '../org';
import type { FunctionContract } from '../contract';

export const MeSchema = z.object({
  openid: z.string(),
  name: z.string(),
  /** Masked, e.g. 138****0001; never the full number in a response. */
  phoneMasked: z.string().nullable(),
  roles: z.array(RoleGrantSchema),
  community: CommunityPublicSchema.nullable(),
  buildingId: UnitIdSchema.nullable(),
  buildingName: z.string().nullable(),
  gridName: z.string().nullable(),
});
export type Me = z.infer<typeof MeSchema>;

export const CommunityChoiceSchema = z.object({ id: UnitIdSchema, name: z.string(), streetName: z.string() });

export const userContract = {
  /** Communities a resident can choose when they arrive without a QR code. */
  communities: { input: z.object({}).strict(), output: z.object({ communities: z.array(CommunityChoiceSchema) }) },
  me: { input: z.object({}).strict(), output: MeSchema },
  enter: { input: z.object({ scene: QrSceneSchema }).strict(), output: MeSchema },
  updateProfile: {
    input: z
      .object({
        name: z.string().trim().min(1, '请填写称呼').max(20, '称呼最多20个字'),
        phone: z
          .string()
          .regex(MOBILE_PATTERN, MOBILE_MESSAGE)
          .optional(),
      })
      .strict(),
    output: MeSchema,
  },
  /** The first street administrator enters the one-time code `npm run setup` printed (cloudfunctions/core/user/first-admin.ts). */
  claimAdmin: {
    input: z.object({ code: z.string().trim().min(1, '请输入激活码').max(40, '激活码不正确') }).strict(),
    output: MeSchema,
  },
} satisfies FunctionContract;
