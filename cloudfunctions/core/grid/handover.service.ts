import { OPEN_STATUSES } from '../../../types/request-names';
import type { ActionContext } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import type { Holder } from './holders';
import { actorOf } from './lifecycle.service';
import { REQUESTS } from './request.repository';
import { takeStep } from './transition';

/**
 * Moves the open requests someone holds on a unit (a leaving grid worker's, say) to another holder, one step each,
 * recorded on each request's timeline; the clocks keep running. Returns how many moved.
 */
export async function handOverRequests(ctx: ActionContext, from: { openid: string; name: string; unitId: string }, to: Holder, reason: string): Promise<number> {
  const held = await ctx.store.find(REQUESTS, { 'holder.openid': from.openid, 'holder.unitId': from.unitId, status: { $in: [...OPEN_STATUSES] } }, { limit: 1000 });
  let moved = 0;
  for (const first of held) {
    try {
      await takeStep(ctx, first, actorOf(ctx), (r) => {
        if (r.holder.openid !== from.openid || !OPEN_STATUSES.includes(r.status)) throw new DomainError('CONFLICT', 'moved already');
        return { from: OPEN_STATUSES, status: r.status, action: 'handover', note: `${from.name}的诉求移交给${to.name}（${reason}）`, set: { holder: to } };
      });
      moved++;
    } catch (err) {
      // Taken up by someone else in the meantime: it no longer needs moving.
      if (!(err instanceof DomainError)) throw err;
    }
  }
  return moved;
}

/** How many open requests each of these people holds. */
export async function openHeldBy(ctx: ActionContext, openids: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (openids.length === 0) return counts;
  for (const r of await ctx.store.find(REQUESTS, { 'holder.openid': { $in: [...openids] }, status: { $in: [...OPEN_STATUSES] } }, { limit: 1000 })) {
    counts.set(r.holder.openid!, (counts.get(r.holder.openid!) ?? 0) + 1);
  }
  return counts;
}
