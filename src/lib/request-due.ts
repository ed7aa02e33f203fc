import type { RequestSummary } from '../../types/request';
import { fmtShortDateTime } from './cn-time';

const HOUR = 3_600_000;

/** How long is left, in words a worker takes in at a glance: 还剩3小时, 今日17:30前, 已逾期2天. */
export function dueText(r: Pick<RequestSummary, 'deadlineAt' | 'status'>, now = Date.now()): string {
  if (r.deadlineAt === null) return r.status === 'resolved' ? '待居民确认' : '计时暂停';
  const left = r.deadlineAt - now;
  const what = r.status === 'assigned' ? '受理' : '办结';
  if (left < 0) {
    const late = -left;
    return `已逾期${late >= 24 * HOUR ? `${Math.floor(late / (24 * HOUR))}天` : `${Math.max(1, Math.floor(late / HOUR))}小时`}`;
  }
  if (left < 24 * HOUR) return `${Math.max(1, Math.ceil(left / HOUR))}小时内${what}`;
  return `${fmtShortDateTime(r.deadlineAt)}前${what}`;
}
