import type { ResourceView } from '../../../../types/functions/governance-lists';
import { MATCHING } from '../../../../types/governance';
import { auditActor } from '../../audit/actor';
import { recordAudit } from '../../audit/audit';
import { civicCommunity, requireCivicOfficer } from '../../access/scope';
import type { ActionContext } from '../../kernel/context';
import { DomainError, forbidden, notFound } from '../../kernel/domain-error';
import { newId } from '../../kernel/ids';
import { getUnit } from '../../org/org.repository';
import { checkResidentText } from '../content';
import { NEEDS, RESOURCES, resourcesOf, type ResourceDoc } from './lists.repository';
import { resourceViews } from './list-views';

/** What the offering unit writes: the resource's own fields, as stored. */
type Offer = Pick<ResourceDoc, 'type' | 'title' | 'description' | 'providerKind' | 'providerName' | 'availability' | 'contactName' | 'contactPhone'>;

/** A unit in the area offers a resource; it waits for the community to verify it. */
export async function offerResource(ctx: ActionContext, offer: Offer): Promise<ResourceView> {
  const user = ctx.caller.user;
  if (!user?.communityId) throw forbidden('请先扫描楼栋二维码或选择所在社区');
  // Text that would be held for review is refused here: an offer is verified by a person anyway, before anyone sees it.
  if (await checkResidentText(ctx, 'profile', offer.title, offer.description, offer.providerName)) throw new DomainError('CONTENT_REJECTED', '内容需要人工审核，请修改措辞后再提交');
  const unitPath = user.homePath?.includes(user.communityId) ? user.homePath : ((await getUnit(ctx.store, user.communityId))?.path ?? [user.communityId]);
  const now = ctx.clock.now();
  const doc: ResourceDoc = {
    _id: newId('rs', now),
    communityId: user.communityId,
    unitPath,
    gridId: unitPath.length >= 3 ? unitPath[2]! : null,
    ...offer,
    offeredBy: ctx.caller.openid,
    status: 'pending',
    reason: null,
    verifiedBy: null,
    verifiedAt: null,
    createdAt: now,
    rev: 1,
  };
  await ctx.store.insert(RESOURCES, doc);
  return (await resourceViews(ctx.store, [doc], true))[0]!;
}

/** Verified resources to everyone in the community; all of them, contacts in full, to its officers; one's own offers. */
export async function resources(ctx: ActionContext, input: { communityId?: string | undefined }) {
  const { community, officer } = await civicCommunity(ctx.store, ctx.caller, input.communityId);
  const docs = (await resourcesOf(ctx.store, community.id)).filter((d) => officer || d.status === 'verified' || d.offeredBy === ctx.caller.openid);
  return { items: await resourceViews(ctx.store, docs, officer), officer, communityId: community.id };
}

export async function verifyResource(ctx: ActionContext, input: { id: string; rev: number; approve: boolean; reason?: string | undefined }): Promise<ResourceView> {
  const found = await ctx.store.get(RESOURCES, input.id);
  if (!found) throw notFound('该资源');
  await requireCivicOfficer(ctx.store, ctx.caller, found.communityId);
  const now = ctx.clock.now();
  const { actor, actorRoles } = auditActor(ctx.caller);
  const saved = await ctx.store.transaction(async (tx) => {
    const doc = await tx.get(RESOURCES, input.id);
    if (!doc || doc.rev !== input.rev) throw new DomainError('CONFLICT', '该资源已变更，请刷新后查看');
    const next: ResourceDoc = { ...doc, status: input.approve ? 'verified' : 'rejected', reason: input.approve ? null : (input.reason ?? null), verifiedBy: { actor, actorRoles }, verifiedAt: now, rev: doc.rev + 1 };
    await tx.put(RESOURCES, next);
    await recordAudit(tx, now, ctx.caller, { unitId: doc.communityId, action: 'governance.verifyResource', target: doc._id, changes: [{ field: 'status', before: doc.status, after: next.status }] });
    return next;
  });
  return (await resourceViews(ctx.store, [saved], true))[0]!;
}

/** Verified resources that could answer a need: the fitting types first, then the need's own grid. */
export async function matches(ctx: ActionContext, input: { id: string }) {
  const need = await ctx.store.get(NEEDS, input.id);
  if (!need) throw notFound('该需求');
  await requireCivicOfficer(ctx.store, ctx.caller, need.communityId);
  const fitting = MATCHING[need.category];
  const candidates = (await resourcesOf(ctx.store, need.communityId)).filter((r) => r.status === 'verified' && fitting.includes(r.type));
  const ranked = candidates
    .map((r) => ({ r, fit: fitting.length - fitting.indexOf(r.type), sameGrid: need.gridId !== null && r.gridId === need.gridId }))
    .sort((a, b) => Number(b.sameGrid) - Number(a.sameGrid) || b.fit - a.fit || b.r.createdAt - a.r.createdAt);
  const views = await resourceViews(ctx.store, ranked.map((x) => x.r), true);
  return { items: ranked.map((x, i) => ({ resource: views[i]!, sameGrid: x.sameGrid, fit: x.fit })) };
}
