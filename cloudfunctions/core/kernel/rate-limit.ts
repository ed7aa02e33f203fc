import type { RateLimit } from './authorize';
import type { Caller } from './context';
import { DomainError } from './domain-error';
import type { Store } from '../store/port';
import { compareAndSetRate, findUser, type RateWindow, type UserDoc } from './users';

/**
 * Per-person sliding windows (the authorization table declares one per action, kernel/authorize.ts). A window is
 * the times of the person's latest counted calls of a class, kept on their own user record: runAction has read
 * that record already, so the check costs no store call, and counting a success costs one conditional update of a
 * document nobody else writes. A call is refused while `max` calls of its class fall inside the window; only calls
 * that succeeded are counted, so a refused call (bad input, no seat left) changes nothing.
 *
 * Someone with no record yet is counted in this instance's memory instead: every write they can make either creates
 * their record (entering a community, saving a profile) or changes nothing of anyone else's, so a per-instance
 * window is enough to stop a loop there.
 */
const MAX_ATTEMPTS = 4;

export function liveHits(window: RateWindow | undefined, limit: RateLimit, now: number): number[] {
  return (window?.hits ?? []).filter((t) => t > now - limit.windowMs && t <= now);
}

const memory = new Map<string, number[]>();
const MEMORY_KEYS = 10_000;
const memoryKey = (openid: string, limit: RateLimit) => `${limit.key}\u0000${openid}`;

function inMemory(openid: string, limit: RateLimit, now: number): number[] {
  return (memory.get(memoryKey(openid, limit)) ?? []).filter((t) => t > now - limit.windowMs && t <= now);
}

/** RATE_LIMITED when the caller's window of this class is full now; null otherwise. */
export function rateRefusal(caller: Caller, limit: RateLimit, now: number): DomainError | null {
  const hits = caller.user ? liveHits(caller.user.rate?.[limit.key], limit, now) : inMemory(caller.openid, limit, now);
  return hits.length >= limit.max ? new DomainError('RATE_LIMITED', limit.message) : null;
}

/**
 * Counts one successful call. A compare-and-set on the window: when the same person's concurrent call moved it first,
 * the record is read again and the count retried, a bounded number of times. A record deleted meanwhile (the person
 * erased their account) is left deleted.
 */
export async function countCall(store: Store, caller: Caller, limit: RateLimit, now: number): Promise<void> {
  if (!caller.user) {
    if (memory.size >= MEMORY_KEYS) memory.clear();
    memory.set(memoryKey(caller.openid, limit), [...inMemory(caller.openid, limit, now), now].slice(-limit.max));
    return;
  }
  let user: UserDoc | null = caller.user;
  for (let attempt = 0; attempt < MAX_ATTEMPTS && user; attempt++) {
    const window = user.rate?.[limit.key];
    const next: RateWindow = { seq: (window?.seq ?? 0) + 1, hits: [...liveHits(window, limit, now), now].slice(-limit.max) };
    if (await compareAndSetRate(store, caller.openid, limit.key, window?.seq ?? 0, next)) return;
    user = await findUser(store, caller.openid);
  }
}
