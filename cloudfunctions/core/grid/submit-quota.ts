import { DomainError } from '../kernel/domain-error';
import { countUp } from '../store/count-up';
import type { TxOps } from '../store/port';

/**
 * How many requests one resident may submit in a Shanghai day. Generous for a real household (a few a day at
 * most) but it stops a stuck client or a script from flooding the grid workers' queue.
 */
export const DAILY_SUBMIT_LIMIT = 10;

/**
 * Counts one submission inside the submitting transaction; over the limit it throws, which rolls the count back
 * with the rest of the transaction, so a refused submission writes nothing.
 */
export async function takeSubmitQuota(tx: TxOps, openid: string, day: string): Promise<void> {
  if ((await countUp(tx, 'counters', `submit-quota:${openid}:${day}`, { openid })) > DAILY_SUBMIT_LIMIT) {
    throw new DomainError('RATE_LIMITED', `今天已提交${DAILY_SUBMIT_LIMIT}项申请，请明天再试，急事请直接联系社区或拨打社区电话`);
  }
}
