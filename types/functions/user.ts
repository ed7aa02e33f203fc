import * as z from 'zod';
import { MOBILE_MESSAGE, MOBILE_PATTERN } from '../mobile';
import { RoleGrantSchema } from '../roles';
import { CommunityPublicSchema, QrSceneSchema, UnitIdSchema } from '../org';
import type { FunctionContract } from '../contract';
import { CONSENT_SCOPES } from '../privacy';

const ConsentMark = z.object({ version: z.string(), at: z.number().int() }).optional();
export const ConsentsSchema = z.object({ basic: ConsentMark, membership: ConsentMark, consultation: ConsentMark, visits: ConsentMark });

/** One read of the caller's sensitive data by someone else: who (by role and unit), what, when. */
export const DataReadSchema = z.object({
  at: z.number().int(),
  reader: z.string(),
  what: z.enum(CONSENT_SCOPES),
  action: z.string(),
});

export const MeSchema = z.object({
  openid: z.string(),
  name: z.string(),
  /** Whether the person said how to be addressed; a newcomer is 新居民 until then, and is asked on 首页. */
  named: z.boolean(),
  /** Masked, e.g. 138****0001; never the full number in a response. */
  phoneMasked: z.string().nullable(),
  roles: z.array(RoleGrantSchema),
  community: CommunityPublicSchema.nullable(),
  buildingId: UnitIdSchema.nullable(),
  buildingName: z.string().nullable(),
  gridName: z.string().nullable(),
  /** Consents given, by scope, with the version agreed to (the app asks again when the text's version moved). */
  consents: ConsentsSchema,
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
  /**
   * Records (or, for sensitive data, withdraws) a consent at the version of the text the person read; a text changed
   * since is refused, so nobody agrees to words they did not see.
   */
  consent: {
    input: z.object({ scope: z.enum(CONSENT_SCOPES, { error: '同意事项不正确' }), version: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '版本格式不正确'), agree: z.boolean().default(true) }).strict(),
    output: MeSchema,
  },
  /** Everything held about the caller, as one JSON file (个人信息保护法 第四十五条). */
  exportMyData: { input: z.object({}).strict(), output: z.object({ filename: z.string(), json: z.string() }) },
  /**
   * Deletes the caller's account and personal data (第四十七条): records other people rely on (attendance counts,
   * requests' figures) are kept anonymised. `pending` when part of it has to wait (a seat in an activity about to
   * start); it then finishes on its own, and a retry resumes it, never undoes it.
   */
  deleteMe: {
    input: z.object({ confirm: z.literal(true, { error: '请确认注销账号' }) }).strict(),
    output: z.object({ state: z.enum(['done', 'pending']), message: z.string() }),
  },
  /** The timer's resumption of erasures a dying function left pending, or that had to wait. */
  finishErasures: { input: z.object({}).strict(), output: z.object({ resumed: z.number().int(), done: z.number().int() }) },
  /** Who read the caller's sensitive data (membership, consultations, visit notes), newest first. */
  whoReadMyData: { input: z.object({}).strict(), output: z.object({ items: z.array(DataReadSchema) }) },
  /** The first street administrator enters the one-time code `npm run setup` printed (cloudfunctions/core/user/first-admin.ts). */
  claimAdmin: {
    input: z.object({ code: z.string().trim().min(1, '请输入激活码').max(40, '激活码不正确') }).strict(),
    output: MeSchema,
  },
} satisfies FunctionContract;
