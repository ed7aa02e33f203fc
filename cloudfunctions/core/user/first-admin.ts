import { createHash, randomInt } from 'node:crypto';
import type { ActionContext } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { grantRole, insertUserIfAbsent } from '../kernel/users';
import type { Store } from '../store/port';

/**
 * The first street administrator of a new deployment. Nobody can appoint them (appointments need an admin), and they
 * do not know their OPENID before using the mini-program; so `npm run setup` issues a one-time activation code
 * (scripts/setup-cloudbase.ts), printed for the operator to hand over, and the first person to enter it in the
 * mini-program (pkg-admin/activate) becomes street administrator. Only its hash is stored; it expires, and once
 * claimed it is spent: the next appointments go through the staff invitations.
 */
export interface FirstAdminDoc {
  _id: typeof FIRST_ADMIN_ID;
  streetId: string;
  /** The name the record gets when the claimant has none yet. */
  name: string;
  codeHash: string;
  expiresAt: number;
  claimedBy: string | null;
  claimedAt: number | null;
}

export const FIRST_ADMIN_ID = 'first-admin';
/** Unambiguous letters and digits (no 0/O, 1/I/L): 12 of them carry ~60 bits, out of reach of guessing. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 12;
export const CODE_TTL_MS = 7 * 24 * 3600_000;

export const hashCode = (code: string) => createHash('sha256').update(`first-admin:${code}`).digest('hex');
/** What a person types: spaces and dashes dropped, upper case. */
export const normaliseCode = (text: string) => text.replace(/[\s-]/g, '').toUpperCase();

export function newActivationCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

export async function firstAdminState(store: Store): Promise<FirstAdminDoc | null> {
  return store.get('first_admin', FIRST_ADMIN_ID);
}

/** Issues a fresh code for the street (the previous unclaimed one stops working); never once someone has claimed it. */
export async function issueFirstAdminCode(store: Store, streetId: string, name: string, now: number): Promise<{ code: string; expiresAt: number } | { claimedBy: string }> {
  const existing = await firstAdminState(store);
  if (existing?.claimedBy) return { claimedBy: existing.claimedBy };
  const code = newActivationCode();
  const expiresAt = now + CODE_TTL_MS;
  await store.put('first_admin', { _id: FIRST_ADMIN_ID, streetId, name, codeHash: hashCode(code), expiresAt, claimedBy: null, claimedAt: null });
  return { code, expiresAt };
}

const REFUSED = '激活码不正确或已失效，请向部署人员重新获取';

/**
 * Spends the code for the caller, in one conditional update (two people entering it at once: one wins), then grants
 * the street administrator role. A repeat by the same person after a failure between the two steps grants it again.
 */
export async function claimFirstAdmin(ctx: ActionContext, typed: string): Promise<void> {
  const { store, clock, caller } = ctx;
  const now = clock.now();
  const codeHash = hashCode(normaliseCode(typed));
  const claimed = await store.updateWhere('first_admin', { _id: FIRST_ADMIN_ID, codeHash, claimedBy: null, expiresAt: { $gt: now } }, { set: { claimedBy: caller.openid, claimedAt: now } });
  const doc = await firstAdminState(store);
  // Not spent now, and not spent earlier by the caller (a retry): wrong, expired or someone else's.
  if (claimed === 0 && (doc?.codeHash !== codeHash || doc.claimedBy !== caller.openid)) throw new DomainError('FORBIDDEN', REFUSED, { code: REFUSED });
  if (!doc) throw new DomainError('NOT_FOUND', REFUSED);
  await insertUserIfAbsent(store, { _id: caller.openid, name: doc.name, roles: [{ role: 'resident' }], createdAt: now, updatedAt: now });
  await store.transaction((tx) => grantRole(tx, caller.openid, { role: 'street_admin', unitId: doc.streetId, unitPath: [doc.streetId] }, now));
}

declare module '../store/collections' {
  interface CollectionDocs {
    first_admin: FirstAdminDoc;
  }
}
