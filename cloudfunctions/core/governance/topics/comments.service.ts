import { actorRoleLabel, auditActor } from '../../audit/actor';
import { recordAudit } from '../../audit/audit';
import { requireCivicOfficer } from '../../access/scope';
import type { ActionContext } from '../../kernel/context';
import { DomainError, forbidden, notFound } from '../../kernel/domain-error';
import { newId } from '../../kernel/ids';
import { unitsByIds } from '../../org/org.repository';
import { checkResidentText } from '../content';
import { NEEDS } from '../lists/lists.repository';
import { eligibility } from './eligibility';
import { COMMENTS, commentsOf, type CommentDoc } from './topics.repository';
import { buildingNames } from './topic-view';
import { readTopic } from './topics.service';

function commentView(c: CommentDoc, openid: string, officer: boolean) {
  const shown = c.hidden === null || officer || c.author === openid;
  return { id: c._id, text: shown ? c.text : '', who: c.who, at: c.at, mine: c.author === openid, held: c.held, hidden: c.hidden?.reason ?? null };
}

/**
 * Discussion until the deadline: residents of the affected buildings with a verified household (shown as 某栋居民),
 * and the community's officers (shown by role); text through content security.
 */
export async function comment(ctx: ActionContext, input: { id: string; text: string }) {
  const { topic, officer } = await readTopic(ctx, input.id);
  const now = ctx.clock.now();
  if (now >= topic.deadline) throw new DomainError('CONFLICT', '议题已截止，不能再发表意见');
  const names = await buildingNames(ctx.store, [topic]);
  let who: string;
  if (officer) {
    const roles = auditActor(ctx.caller).actorRoles;
    const units = await unitsByIds(ctx.store, [topic.communityId, ...roles.map((r) => r.unitId ?? '')].filter(Boolean));
    who = actorRoleLabel(roles, units.get(topic.communityId)?.path ?? [topic.communityId], (u) => units.get(u)?.name);
  } else {
    const e = await eligibility(ctx.store, ctx.caller, topic, names, 'household');
    if (!e.ok) throw forbidden(e.why);
    who = `${names.get(e.buildingId) ?? ''}居民`;
  }
  const held = await checkResidentText(ctx, 'comment', input.text);
  const doc: CommentDoc = { _id: newId('cm', now), topicId: topic._id, communityId: topic.communityId, author: ctx.caller.openid, who, text: input.text, at: now, held, hidden: null };
  await ctx.store.insert(COMMENTS, doc);
  return commentView(doc, ctx.caller.openid, officer);
}

/** Published comments to the community; held ones to their authors and the officers; a hidden one shows its reason. */
export async function comments(ctx: ActionContext, input: { id: string }) {
  const { topic, officer } = await readTopic(ctx, input.id);
  const docs = (await commentsOf(ctx.store, topic._id)).filter((c) => !c.held || officer || c.author === ctx.caller.openid);
  return { items: docs.map((c) => commentView(c, ctx.caller.openid, officer)) };
}

/** An officer publishes what content security held, or hides a comment or need with a reason; audited either way. */
export async function moderate(ctx: ActionContext, input: { kind: 'comment' | 'need'; id: string; publish: boolean; reason?: string | undefined }) {
  const doc = input.kind === 'comment' ? await ctx.store.get(COMMENTS, input.id) : await ctx.store.get(NEEDS, input.id);
  if (!doc) throw notFound(input.kind === 'comment' ? '该评论' : '该需求');
  await requireCivicOfficer(ctx.store, ctx.caller, doc.communityId);
  const now = ctx.clock.now();
  const hidden = input.publish ? null : { reason: input.reason!, at: now };
  await ctx.store.transaction(async (tx) => {
    const set = { held: false, hidden };
    if (input.kind === 'comment') await tx.update(COMMENTS, input.id, { set });
    else await tx.update(NEEDS, input.id, { set });
    await recordAudit(tx, now, ctx.caller, {
      unitId: doc.communityId,
      action: `governance.moderate.${input.kind}`,
      target: input.id,
      changes: [{ field: 'hidden', before: doc.hidden?.reason ?? null, after: hidden?.reason ?? null }, { field: 'held', before: doc.held, after: false }],
    });
  });
  return { id: input.id, held: false, hidden: hidden?.reason ?? null };
}
