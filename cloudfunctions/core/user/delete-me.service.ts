import type { ActionContext } from '../kernel/context';
import { eraseAccount } from '../privacy/erasure';

const MESSAGES = {
  done: '账号已注销，您的个人信息已删除；他人需要的统计（如活动签到人数）已匿名保留。',
  pending: '注销已受理：您报名的活动即将开始，相关记录将在活动开始后自动完成删除，无需再次操作。',
} as const;

/** Deletes the caller's account (the whole erasure, privacy/erasure.ts); a retry resumes it where it stopped. */
export async function deleteMe(ctx: ActionContext): Promise<{ state: 'done' | 'pending'; message: string }> {
  const state = await eraseAccount(ctx.store, ctx.clock.now(), ctx.caller.openid);
  return { state, message: MESSAGES[state] };
}
