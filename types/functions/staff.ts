import * as z from 'zod';
import { GRID_DUTIES, ROLES } from '../role-names';
import { UnitIdSchema } from '../org';
import type { FunctionContract } from '../contract';

/** Roles appointed by invitation: a street admin appoints community admins; a community admin the rest. */
export const INVITABLE_ROLES = ['community_admin', 'grid_worker', 'branch_officer', 'property_liaison'] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

/** An invitation code as people read and type it: ten letters and digits, optionally grouped ABCDE-FGHJK. */
export const InvitationCodeSchema = z
  .string({ error: '请输入邀请码' })
  .trim()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[A-HJ-NP-Z2-9]{10}$/, '邀请码为10位字母和数字，请核对后重新输入'));

const OpenidSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '用户标识不正确');
export const InvitationIdSchema = z.string().regex(/^iv_[0-9a-f]{40}$/, '邀请编号不正确');

export const InvitationSchema = z.object({
  id: InvitationIdSchema,
  role: z.enum(INVITABLE_ROLES),
  unitId: UnitIdSchema,
  unitName: z.string(),
  duty: z.enum(GRID_DUTIES).nullable(),
  invitedByName: z.string(),
  createdAt: z.number().int(),
  expiresAt: z.number().int(),
  status: z.enum(['open', 'used', 'revoked', 'expired']),
  usedByName: z.string().nullable(),
});
export type Invitation = z.infer<typeof InvitationSchema>;

export const StaffMemberSchema = z.object({
  openid: OpenidSchema,
  name: z.string(),
  phoneMasked: z.string().nullable(),
  grants: z.array(z.object({ role: z.enum(ROLES), unitId: UnitIdSchema, unitName: z.string(), duty: z.enum(GRID_DUTIES).nullable() })),
  /** Open requests they hold now (a leaving worker's are handed over). */
  openRequests: z.number().int(),
});
export type StaffMember = z.infer<typeof StaffMemberSchema>;

export const staffContract = {
  /** A one-time code (and its QR) that makes whoever opens it first the holder of this role on this unit. */
  invite: {
    input: z
      .object({
        role: z.enum(INVITABLE_ROLES, { error: '请选择职务' }),
        unitId: UnitIdSchema,
        duty: z.enum(GRID_DUTIES, { error: '请选择在岗或替班' }).optional(),
      })
      .strict(),
    output: z.object({
      invitation: InvitationSchema,
      /** Shown once: only its hash is kept. */
      code: z.string(),
      /** The mini-program page and scene its QR opens (scene ≤ 32 characters). */
      page: z.string(),
      scene: z.string(),
      /** WeChat's mini-program code for it, where the platform makes one; null locally (the page draws the link). */
      qrImageUrl: z.string().nullable(),
    }),
  },
  /** What an invitation offers, before the invitee accepts it. */
  invitation: { input: z.object({ code: InvitationCodeSchema }).strict(), output: InvitationSchema },
  /** The invitee takes the role: one conditional update marks the invitation used, so only one person ever can. */
  accept: { input: z.object({ code: InvitationCodeSchema }).strict(), output: z.object({ invitation: InvitationSchema, already: z.boolean() }) },
  /** Revokes an open invitation, or someone's role (a leaving grid worker's open requests go to the deputy first). */
  revoke: {
    input: z.union([
      z.object({ invitationId: InvitationIdSchema }).strict(),
      z.object({ openid: OpenidSchema, role: z.enum(INVITABLE_ROLES), unitId: UnitIdSchema }).strict(),
    ]),
    output: z.object({ revoked: z.boolean(), handedOver: z.number().int() }),
  },
  /** Moves a worker's open requests to another worker of the grid (its deputy by default), clocks running. */
  handOver: {
    input: z.object({ openid: OpenidSchema, unitId: UnitIdSchema, to: OpenidSchema.optional() }).strict(),
    output: z.object({ handedOver: z.number().int(), toName: z.string() }),
  },
  /** A community's staff, and its invitations not yet used. */
  list: {
    input: z.object({ communityId: UnitIdSchema }).strict(),
    output: z.object({
      members: z.array(StaffMemberSchema),
      invitations: z.array(InvitationSchema),
      /** The community and its grids, where people are appointed. */
      units: z.array(z.object({ id: UnitIdSchema, name: z.string(), kind: z.enum(['community', 'grid']) })),
    }),
  },
} satisfies FunctionContract;
