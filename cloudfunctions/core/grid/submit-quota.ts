import { DomainError } from '../shared/domain-error';
import type { TxOps } from '../store/port';
import { COUNTERS } from './request.repository';

/**
 * How many requests one resident may submit in a Shanghai day. Generous for a real household (a few a day at
 * most) but it stops a stuck client or a script from flooding the grid workers' queue.
 */
export const DAILY_SUBMIT_LIMIT = 10;

/** Counts one submission inside the submitting transaction; over the limit it refuses and the transaction writes nothing. */
export async function takeSubmitQuota(tx: TxOps, openid: string, day: string): Promise<void> {
  const id = `submit-quota:${openid}:${day}`;
  const counter = await tx.get<{ _id: string; n: number }>(COUNTERS, id);
  if ((counter?.n ?? 0) >= DAILY_SUBMIT_LIMIT) {
    throw new DomainError('RATE_LIMITED', `今天已提交${DAILY_SUBMIT_LIMIT}项申请，请明天再试，急事请直接联系社区或拨打社区电话`);
  }
  if (counter) await tx.update(COUNTERS, id, { inc: { n: 1 } });
  else await tx.insert(COUNTERS, { _id: id, n: 1 });
}
