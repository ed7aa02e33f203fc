import { createHash, randomBytes } from 'node:crypto';
import type { GridDuty } from '../../../types/role-names';
import type { Invitation, InvitableRole } from '../../../types/functions/staff';
import type { Store } from '../store/port';

export const INVITATIONS = 'invitations';
export const INVITATION_TTL_MS = 7 * 86_400_000;

/**
 * An appointment waiting to be taken: bound to a role, a unit (and a grid worker's duty), expiring, used once. Only
 * a hash of its code is kept, so the code is shown once, when it is made.
 */
export interface InvitationDoc {
  /** iv_ + sha256(code), first 40 hex digits. */
  _id: string;
  role: InvitableRole;
  unitId: string;
  unitPath: string[];
  unitName: string;
  /** The community it belongs to: invitations are listed per community. */
  communityId: string;
  duty: GridDuty | null;
  invitedBy: string;
  invitedByName: string;
  createdAt: number;
  expiresAt: number;
  status: 'open' | 'used' | 'revoked';
  usedBy: string | null;
  usedByName: string | null;
  usedAt: number | null;
  revokedBy: string | null;
  revokedAt: number | null;
}

/** No 0/O or 1/I: codes are read aloud and typed. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A fresh code of ten characters (50 bits). */
export function newInvitationCode(): string {
  return [...randomBytes(10)].map((b) => ALPHABET[b % 32]).join('');
}

export const invitationIdOf = (code: string) => `iv_${createHash('sha256').update(code).digest('hex').slice(0, 40)}`;
/** The mini-program page an invitation's QR opens, and its scene (≤ 32 characters). */
export const JOIN_PAGE = 'pkg-admin/join/index';
export const sceneOf = (code: string) => `iv~${code}`;

export function toInvitation(doc: InvitationDoc, now: number): Invitation {
  const expired = doc.status === 'open' && doc.expiresAt <= now;
  return {
    id: doc._id,
    role: doc.role,
    unitId: doc.unitId,
    unitName: doc.unitName,
    duty: doc.duty,
    invitedByName: doc.invitedByName,
    createdAt: doc.createdAt,
    expiresAt: doc.expiresAt,
    status: expired ? 'expired' : doc.status,
    usedByName: doc.usedByName,
  };
}

/** A community's invitations still open (not used, revoked or expired), newest first. */
export async function openInvitations(store: Store, communityId: string, now: number): Promise<InvitationDoc[]> {
  return store.find(INVITATIONS, { communityId, status: 'open', expiresAt: { $gt: now } }, { orderBy: [['createdAt', 'desc']], limit: 100 });
}

declare module '../store/collections' {
  interface CollectionDocs {
    invitations: InvitationDoc;
  }
}
