import type { NeedDraft, NeedView } from '../../../../types/functions/governance-lists';
import type { NeedStatus } from '../../../../types/governance';
import { civicCommunity } from '../../access/scope';
import type { ActionContext } from '../../kernel/context';
import { DomainError, forbidden, notFound } from '../../kernel/domain-error';
import { newId } from '../../kernel/ids';
import { getUnit } from '../../org/org.repository';
import type { TxOps } from '../../store/port';
import { checkResidentText } from '../content';
import { NEEDS, needsOf, type NeedDoc } from './lists.repository';
import { needViews, visibleNeed } from './list-views';

/** A need as stored, placed at a building (its grid from the path) or at the community. */
export function needDoc(id: string, draft: NeedDraft, at: { communityId: string; unitPath: string[] }, author: string, now: number, extra: Pick<NeedDoc, 'source' | 'visitId' | 'held'>): NeedDoc {
  return {
    _id: id,
    communityId: at.communityId,
    unitPath: at.unitPath,
    gridId: at.unitPath.length >= 3 ? at.unitPath[2]! : null,
    ...draft,
    weight: 1,
    meTooBy: [],
    status: 'open',
    author,
    createdAt: now,
    projectId: null,
    resolvedAt: null,
    hidden: null,
    ...extra,
  };
}

export function insertNeed(tx: TxOps, doc: NeedDoc): Promise<void> {
  return tx.insert(NEEDS, doc);
}

/** A resident's need, in their community, at their building when they have one (verified household first). */
export async function postNeed(ctx: ActionContext, draft: NeedDraft): Promise<NeedView> {
  const user = ctx.caller.user;
  if (!user?.communityId) throw forbidden('请先扫描楼栋二维码或选择所在社区');
  const held = await checkResidentText(ctx, 'forum', draft.description);
  const home = user.household?.path.includes(user.communityId) ? user.household.path : user.homePath;
  const unitPath = home?.includes(user.communityId) ? home : ((await getUnit(ctx.store, user.communityId))?.path ?? [user.communityId]);
  const now = ctx.clock.now();
  const doc = needDoc(newId('nd', now), draft, { communityId: user.communityId, unitPath }, ctx.caller.openid, now, { source: 'resident', visitId: null, held });
  await ctx.store.insert(NEEDS, doc);
  return (await needViews(ctx.store, ctx.caller.openid, [doc]))[0]!;
}

export async function needs(ctx: ActionContext, input: { communityId?: string | undefined; status?: NeedStatus | undefined }) {
  const { community, officer } = await civicCommunity(ctx.store, ctx.caller, input.communityId);
  const docs = (await needsOf(ctx.store, community.id, input.status)).filter((d) => visibleNeed(d, ctx.caller.openid, officer));
  return { items: await needViews(ctx.store, ctx.caller.openid, docs), officer, communityId: community.id };
}

/**
 * 我也需要: one conditional update of the need, which both records the person and raises the weight, and only if they
 * are not recorded yet; so two phones, two taps or a retry count once. The author's own need is theirs already.
 */
export async function meToo(ctx: ActionContext, input: { id: string }) {
  const openid = ctx.caller.openid;
  const communityId = ctx.caller.user?.communityId ?? '';
  const counted = await ctx.store.updateWhere(
    NEEDS,
    { _id: input.id, communityId, status: { $ne: 'resolved' }, held: false, hidden: null, author: { $ne: openid }, meTooBy: { $hasNot: openid } },
    { push: { meTooBy: [openid] }, inc: { weight: 1 } },
  );
  const need = await ctx.store.get(NEEDS, input.id);
  if (!need || need.communityId !== communityId || !visibleNeed(need, openid, false)) throw notFound('该需求');
  if (counted === 1) return { id: need._id, weight: need.weight, counted: true };
  if (need.author === openid) throw new DomainError('CONFLICT', '这是您提出的需求');
  if (need.status === 'resolved') throw new DomainError('CONFLICT', '该需求已解决');
  return { id: need._id, weight: need.weight, counted: false };
}
