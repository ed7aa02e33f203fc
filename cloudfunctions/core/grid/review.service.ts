import type { HeldItem } from '../../../types/functions/grid-oversight';
import type { RequestDetail } from '../../../types/request';
import { requireAdministered } from '../access/scope';
import type { ActionContext } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { actorOf, detail } from './lifecycle.service';
import { readable } from './requests.service';
import { toSummary } from './request-view';
import { REQUESTS } from './request.repository';
import type { Photo } from './timeline';
import { takeStep } from './transition';

const REMOVED = '（内容未通过审核，已删除）';
const QUEUE = 50;

/** What the content check held in a community (text and photos), for its admins: the only others who see it. */
export async function reviewQueue(ctx: ActionContext, communityId: string): Promise<{ items: HeldItem[] }> {
  await requireAdministered(ctx.store, ctx.caller, communityId);
  const held = await ctx.store.find(REQUESTS, { communityId, held: true }, { orderBy: [['updatedAt', 'asc']], limit: QUEUE });
  const heldPhotos = (photos: readonly Photo[]) => photos.filter((p) => p.verdict !== 'pass').map((p) => p.fileId);
  const ids = held.flatMap((r) => [...heldPhotos(r.photos), ...r.timeline.flatMap((e) => heldPhotos(e.photos ?? []))]);
  const urls = await ctx.platform.files.tempUrls(ids);
  const now = ctx.clock.now();
  return {
    items: held.map((r) => ({
      request: toSummary(r, now),
      description: r.descriptionHeld ? r.description : null,
      photos: [...heldPhotos(r.photos), ...r.timeline.flatMap((e) => heldPhotos(e.photos ?? []))].filter((id) => urls[id]).map((id) => ({ url: urls[id]! })),
      notes: r.timeline.filter((e) => e.held).map((e) => ({ at: e.at, byName: e.byName, note: e.note })),
    })),
  };
}

/**
 * A community admin clears what the content check held: `pass` shows it to everyone who may read the request,
 * `remove` deletes the text (a placeholder stays in the timeline) and the photos. One step, recorded.
 */
export async function clearReview(ctx: ActionContext, id: string, decision: 'pass' | 'remove'): Promise<RequestDetail> {
  const first = await readable(ctx, id);
  await requireAdministered(ctx.store, ctx.caller, first.communityId, '只有本社区管理员可以审核内容');
  const keep = (photos: readonly Photo[]) => (decision === 'pass' ? photos.map((p) => ({ fileId: p.fileId, verdict: 'pass' as const, by: p.by })) : photos.filter((p) => p.verdict === 'pass'));
  const next = await takeStep(ctx, first, actorOf(ctx), (r) => {
    if (!r.held) throw new DomainError('CONFLICT', '该诉求没有待审核的内容');
    return {
      from: [r.status],
      status: r.status,
      action: 'clear',
      note: decision === 'pass' ? '内容审核：已通过' : '内容审核：不宜公开的内容已删除',
      set: { held: false, descriptionHeld: false, description: r.descriptionHeld && decision === 'remove' ? REMOVED : r.description, photos: keep(r.photos) },
      rewrite: (timeline) =>
        timeline.map((e) => {
          const { held: _held, photos, ...rest } = e;
          const kept = photos ? keep(photos) : [];
          return { ...rest, note: e.held && decision === 'remove' ? REMOVED : e.note, ...(kept.length > 0 ? { photos: kept } : {}) };
        }),
    };
  });
  return detail(ctx, next);
}
