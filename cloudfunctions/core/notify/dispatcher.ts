import { randomBytes } from 'node:crypto';
import type { DispatchReport } from '../../../types/functions/notify';
import type { Filter } from '../store/port';
import { findUser } from '../kernel/users';
import { deliverFanout, deliverToInbox, deliverToSubscribe, type Delivery, type DispatchDeps } from './channels';
import { OUTBOX, type OutboxDoc } from './outbox';
import { isRepeat } from './repeats';

/**
 * The outbox dispatcher. Each due message is claimed with one conditional update (pending and due → sending,
 * with a random claim token and a lease); only the claim's holder sends it and records the result, again with
 * a conditional update on the token. Two dispatchers running at once therefore never send a message twice. A
 * dispatcher that dies mid-send leaves a `sending` message whose lease lapses; the next run reclaims it (so a
 * crash between WeChat's answer and our write can repeat that one send: no store can make that exactly-once).
 */
export const RETRY_POLICY = {
  /** Attempts in all, counting the first; then the message is dead. */
  maxAttempts: 6,
  /** Wait after the first failure; doubled after each further one: 1, 2, 4, 8, 16 min. */
  baseDelayMs: 60_000,
  maxDelayMs: 60 * 60_000,
  /** How long a claim is honoured; far longer than one send. */
  leaseMs: 2 * 60_000,
  /** Messages one run looks at. */
  batch: 50,
  /** A run stops claiming after this long, well inside a CloudBase function's timeout. */
  budgetMs: 20_000,
} as const;

export type RetryPolicy = { [K in keyof typeof RETRY_POLICY]: number };

/** Delay before the next attempt, after `attempts` attempts have failed. */
export function backoffMs(attempts: number, policy: RetryPolicy = RETRY_POLICY): number {
  return Math.min(policy.baseDelayMs * 2 ** Math.max(0, attempts - 1), policy.maxDelayMs);
}

const newToken = () => randomBytes(12).toString('hex');

/** Claims one message if it is still due (or its previous claim lapsed); returns the token, or null if lost. */
async function claim(deps: DispatchDeps, candidate: OutboxDoc, policy: RetryPolicy): Promise<string | null> {
  const now = deps.clock.now();
  const token = newToken();
  const filter: Filter<OutboxDoc> =
    candidate.status === 'pending'
      ? { _id: candidate._id, status: 'pending', dueAt: { $lte: now } }
      : { _id: candidate._id, status: 'sending', claimedUntil: { $lte: now }, attempts: { $lt: policy.maxAttempts } };
  const won = await deps.store.updateWhere(OUTBOX, filter, { set: { status: 'sending', claimToken: token, claimedUntil: now + policy.leaseMs }, inc: { attempts: 1 } });
  return won === 1 ? token : null;
}

/** The community of a dead message's recipient, so that only that community's admins see it. */
async function communityOf(deps: DispatchDeps, openid: string): Promise<string | null> {
  return (await findUser(deps.store, openid))?.communityId ?? null;
}

/** Writes the result, but only while the claim is still ours: a lapsed claim's late answer changes nothing. */
async function record(deps: DispatchDeps, message: OutboxDoc, token: string, delivery: Delivery, policy: RetryPolicy): Promise<keyof DispatchReport> {
  const now = deps.clock.now();
  const release = { claimToken: null, claimedUntil: 0 };
  let set: Record<string, unknown>;
  let counted: keyof DispatchReport;
  if (delivery.outcome === 'sent') {
    [set, counted] = [{ ...release, status: 'sent', sentAt: now, lastError: null }, 'sent'];
  } else if (delivery.outcome === 'skipped') {
    [set, counted] = [{ ...release, status: 'skipped', lastError: delivery.reason }, 'skipped'];
  } else if (delivery.outcome === 'retry' && message.attempts < policy.maxAttempts) {
    [set, counted] = [{ ...release, status: 'pending', dueAt: now + backoffMs(message.attempts, policy), lastError: delivery.error }, 'retrying'];
  } else {
    const error = delivery.outcome === 'dead' ? delivery.error : `重试${message.attempts}次仍失败：${delivery.error}`;
    [set, counted] = [{ ...release, status: 'dead', deadAt: now, lastError: error, communityId: await communityOf(deps, message.recipient) }, 'dead'];
  }
  const kept = await deps.store.updateWhere(OUTBOX, { _id: message._id, status: 'sending', claimToken: token }, { set });
  if (kept === 0) console.warn(`[notify] claim on ${message._id} lapsed before its result (${delivery.outcome}) was recorded`);
  return counted;
}

async function deliver(message: OutboxDoc, deps: DispatchDeps): Promise<Delivery> {
  try {
    if (message.channel === 'fanout') return await deliverFanout(message, deps);
    if (await isRepeat(deps.store, message, deps.clock.now())) return { outcome: 'skipped', reason: 'repeat' };
    return message.channel === 'inbox' ? await deliverToInbox(message, deps) : await deliverToSubscribe(message, deps);
  } catch (err) {
    // A store or network failure inside a channel is worth another try.
    return { outcome: 'retry', error: err instanceof Error ? err.message : String(err) };
  }
}

/** Gives up messages whose last allowed attempt died with its dispatcher. */
async function buryAbandoned(deps: DispatchDeps, policy: RetryPolicy): Promise<void> {
  const now = deps.clock.now();
  const filter: Filter<OutboxDoc> = { status: 'sending', claimedUntil: { $lte: now }, attempts: { $gte: policy.maxAttempts } };
  for (const message of await deps.store.find(OUTBOX, filter, { limit: policy.batch })) {
    const set = { status: 'dead' as const, deadAt: now, claimToken: null, claimedUntil: 0, lastError: '发送中断且已达重试上限', communityId: await communityOf(deps, message.recipient) };
    await deps.store.updateWhere(OUTBOX, { _id: message._id, status: 'sending', claimedUntil: { $lte: now } }, { set });
  }
}

/** One run: claims and delivers due messages, oldest first, one at a time. */
export async function dispatchDue(deps: DispatchDeps, policy: RetryPolicy = RETRY_POLICY): Promise<DispatchReport> {
  const report: DispatchReport = { claimed: 0, sent: 0, skipped: 0, retrying: 0, dead: 0 };
  const started = deps.clock.now();
  const startedReal = Date.now();
  await buryAbandoned(deps, policy);
  const due = await deps.store.find(OUTBOX, { status: 'pending', dueAt: { $lte: started } }, { orderBy: [['dueAt', 'asc']], limit: policy.batch });
  const lapsed = await deps.store.find(OUTBOX, { status: 'sending', claimedUntil: { $lte: started }, attempts: { $lt: policy.maxAttempts } }, { limit: policy.batch });
  for (const candidate of [...lapsed, ...due]) {
    if (Date.now() - startedReal > policy.budgetMs) break;
    const token = await claim(deps, candidate, policy);
    if (!token) continue; // another dispatcher has it, or it was moved or cancelled meanwhile
    report.claimed++;
    // Read it again under the claim: a reminder may have been moved (new text) since the query.
    const message = await deps.store.get(OUTBOX, candidate._id);
    if (!message || message.claimToken !== token) continue;
    report[await record(deps, message, token, await deliver(message, deps), policy)]++;
  }
  return report;
}
