import type { RateLimit } from '../kernel/authorize';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The rate classes of the authorization table (policy.ts): per person, a sliding window per class. Sized for what a
 * real person does at most (a resident saves a profile a few times, a branch officer marks a whole activity's
 * attendance by hand), so that only a loop or a script meets them. Daily quotas that are part of a feature (10
 * requests, 5 纠错 a day) stay where they are, counted in the feature's own transaction.
 */
export const LIMITS = {
  /** Profile, community, household claims and consents. */
  account: { key: 'account', max: 20, windowMs: HOUR, message: '个人信息修改太频繁，请一小时后再试' },
  /** Deleting one's account (a retry resumes an unfinished erasure, which the timer also finishes). */
  erase: { key: 'erase', max: 5, windowMs: DAY, message: '注销请求太频繁，已提交的注销会自动完成' },
  /** Exports read a lot at once. */
  export: { key: 'export', max: 10, windowMs: HOUR, message: '导出太频繁，请一小时后再试' },
  /** Things other people must read: requests, 纠错, applications. */
  post: { key: 'post', max: 20, windowMs: 10 * MINUTE, message: '提交太频繁，请10分钟后再试' },
  /** Giving up seats: counted on cancellation, checked on signup (a repeated signup needs a cancellation between). */
  seat: { key: 'seat', max: 5, windowMs: 10 * MINUTE, message: '10分钟内已取消报名5次，请稍后再报名或取消' },
  /** Votes (changeable until the deadline) and 我也需要 taps. */
  vote: { key: 'vote', max: 60, windowMs: 10 * MINUTE, message: '操作太频繁，请稍后再试' },
  checkIn: { key: 'checkIn', max: 30, windowMs: 10 * MINUTE, message: '签到太频繁，请稍后再试' },
  /** Marking messages read, accepting subscribe messages. */
  inbox: { key: 'inbox', max: 200, windowMs: 10 * MINUTE, message: '操作太频繁，请稍后再试' },
  /** Officers' and admins' work: publishing, deciding, verifying, marking attendance by hand. */
  staff: { key: 'staff', max: 300, windowMs: 10 * MINUTE, message: '10分钟内的操作已达300次，请稍后再试' },
  /** Running a timer's work by hand. */
  ops: { key: 'ops', max: 30, windowMs: 10 * MINUTE, message: '手动执行太频繁，请稍后再试' },
} as const satisfies Record<string, RateLimit>;
