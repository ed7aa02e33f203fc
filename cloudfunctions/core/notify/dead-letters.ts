import type { DeadLetter } from '../../../types/functions/notify';
import { administeredCommunities } from '../access/scope';
import type { ActionContext } from '../kernel/context';
import { usersByIds } from '../kernel/users';
import { deadLettersOf, requeueDead } from './outbox';

/** Ids of the communities whose dead letters the caller may see (scoped by the recipient's community). */
async function communityIds(ctx: ActionContext): Promise<string[]> {
  return (await administeredCommunities(ctx.store, ctx.caller)).map((c) => c.id);
}

/**
 * Dead letters of the caller's communities, newest first. Shows the title, never the body: a message may carry
 * details meant for its recipient alone.
 */
export async function listDeadLetters(ctx: ActionContext, input: { limit?: number | undefined }): Promise<{ items: DeadLetter[] }> {
  const communities = await communityIds(ctx);
  if (communities.length === 0) return { items: [] };
  const docs = await deadLettersOf(ctx.store, communities, input.limit ?? 50);
  const users = await usersByIds(ctx.store, docs.map((d) => d.recipient));
  return {
    items: docs.map((d) => ({
      id: d._id,
      kind: d.kind,
      channel: d.channel,
      title: d.title,
      recipientName: users.get(d.recipient)?.name ?? '未知用户',
      attempts: d.attempts,
      lastError: d.lastError,
      at: d.deadAt ?? d.createdAt,
    })),
  };
}

/** Puts dead letters back in the queue, due now with a fresh attempt budget; ids outside the caller's scope match nothing. */
export async function retryDeadLetters(ctx: ActionContext, input: { ids: string[] }): Promise<{ retried: number }> {
  const communities = await communityIds(ctx);
  if (communities.length === 0) return { retried: 0 };
  return { retried: await requeueDead(ctx.store, input.ids, communities, ctx.clock.now()) };
}
