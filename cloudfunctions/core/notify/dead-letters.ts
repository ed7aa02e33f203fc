import type { DeadLetter } from '../../../types/functions/notify';
import { administeredCommunities } from '../access/scope';
import type { ActionContext } from '../kernel/context';
import type { UserDoc } from '../kernel/users';
import { OUTBOX, type OutboxDoc } from './outbox';

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
  const docs = await ctx.store.find(OUTBOX, { status: 'dead', communityId: { $in: communities } }, { orderBy: [['deadAt', 'desc']], limit: input.limit ?? 50 });
  const names = new Map<string, string>();
  for (const openid of new Set(docs.map((d) => d.recipient))) {
    names.set(openid, (await ctx.store.get('users', openid))?.name ?? '未知用户');
  }
  return {
    items: docs.map((d) => ({
      id: d._id,
      kind: d.kind,
      channel: d.channel,
      title: d.title,
      recipientName: names.get(d.recipient) ?? '未知用户',
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
  const filter = { _id: { $in: [...new Set(input.ids)] }, status: 'dead', communityId: { $in: communities } } as const;
  const set = { status: 'pending', dueAt: ctx.clock.now(), attempts: 0, lastError: null, claimToken: null, claimedUntil: 0, deadAt: null, communityId: null } as const;
  return { retried: await ctx.store.updateWhere(OUTBOX, filter, { set }) };
}
