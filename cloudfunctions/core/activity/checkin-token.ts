import { createHmac, timingSafeEqual } from 'node:crypto';
import { CHECK_IN_WINDOW_MS } from '../../../types/activity-names';

/**
 * Rotating check-in codes. The organiser's: `<activityId>.<window>.<mac>`; a member's: `m.<ticket>.<window>.<mac>`,
 * where window = ⌊now / 30 s⌋ (base 36) and mac = HMAC-SHA256 over a purpose label, the activity and the window.
 * A code is accepted in its own window and the next (so 30–60 s), and only for the activity it names: the
 * activity is inside the MAC, so editing it makes the code invalid.
 */
export type TokenProblem = 'malformed' | 'expired' | 'invalid';

const MAC_CHARS = 22; // 132 bits of base64url

export function windowOf(now: number): number {
  return Math.floor(now / CHECK_IN_WINDOW_MS);
}

/** Milliseconds until the next window, when a displayed code should be replaced. */
export function refreshInMs(now: number): number {
  return (windowOf(now) + 1) * CHECK_IN_WINDOW_MS - now;
}

function mac(secret: string, parts: Array<string | number>): string {
  return createHmac('sha256', secret).update(parts.join('\u0000')).digest('base64url').slice(0, MAC_CHARS);
}

function sameMac(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const WINDOW_TEXT = /^[0-9a-z]{1,12}$/;

function windowProblem(windowText: string, now: number): TokenProblem | null {
  const w = parseInt(windowText, 36);
  const current = windowOf(now);
  if (w > current) return 'invalid';
  return current - w <= 1 ? null : 'expired';
}

export function issueActivityToken(secret: string, activityId: string, now: number): string {
  const w = windowOf(now);
  return `${activityId}.${w.toString(36)}.${mac(secret, ['checkin', activityId, w])}`;
}

export function readActivityToken(secret: string, token: string, now: number): { activityId: string } | { problem: TokenProblem } {
  const parts = token.split('.');
  if (parts.length !== 3 || !/^act_[a-z0-9]{8,40}$/.test(parts[0]!) || !WINDOW_TEXT.test(parts[1]!)) return { problem: 'malformed' };
  const [activityId, windowText, given] = parts as [string, string, string];
  // The MAC is checked first, so a forged code never learns whether its window would have been accepted.
  if (!sameMac(given, mac(secret, ['checkin', activityId, parseInt(windowText, 36)]))) return { problem: 'invalid' };
  const problem = windowProblem(windowText, now);
  return problem ? { problem } : { activityId };
}

export function issueMemberCode(secret: string, activityId: string, ticket: string, now: number): string {
  const w = windowOf(now);
  return `m.${ticket}.${w.toString(36)}.${mac(secret, ['member', activityId, ticket, w])}`;
}

/** A member's code is only valid for the activity the organiser is checking people in to. */
export function readMemberCode(secret: string, code: string, activityId: string, now: number): { ticket: string } | { problem: TokenProblem } {
  const parts = code.split('.');
  if (parts.length !== 4 || parts[0] !== 'm' || !/^[a-f0-9]{16}$/.test(parts[1]!) || !WINDOW_TEXT.test(parts[2]!)) return { problem: 'malformed' };
  const [, ticket, windowText, given] = parts as [string, string, string, string];
  if (!sameMac(given, mac(secret, ['member', activityId, ticket, parseInt(windowText, 36)]))) return { problem: 'invalid' };
  const problem = windowProblem(windowText, now);
  return problem ? { problem } : { ticket };
}

export const isMemberCode = (token: string) => token.startsWith('m.');
