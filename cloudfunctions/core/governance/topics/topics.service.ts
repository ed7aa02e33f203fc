import type { OpenTopicSchema, TopicView } from '../../../../types/functions/governance-topics';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit';
import { civicCommunity, requireCivicOfficer } from '../../access/scope';
import type { ActionContext } from '../../kernel/context';
import { DomainError, invalid, notFound } from '../../kernel/domain-error';
import { subtreeUnits, unitsByIds } from '../../org/org.repository';
import { DuplicateKeyError } from '../../store/port';
import { checkOfficialText } from '../content';
import { participantsOf } from './eligibility';
import { announceTopic, rosterOf } from './topic-notices';
import { ROSTERS, TOPICS, topicIdOf, topicsOf, type TopicDoc } from './topics.repository';
import { buildingNames, topicSummary, topicView } from './topic-view';

/**
 * A topic opened by the community's residents' committee or Party branch, for the buildings it affects. The topic, its
 * roster (who may take part, read just before) and its two notices are written together, insert-only under the id the
 * form's idempotency key gives: a retried or doubled 发布 finds the topic it opened, and tells nobody twice.
 */
export async function openTopic(ctx: ActionContext, input: z.output<typeof OpenTopicSchema>): Promise<TopicView> {
  const community = await requireCivicOfficer(ctx.store, ctx.caller, input.communityId);
  const buildings = await unitsByIds(ctx.store, input.buildingIds);
  if (input.buildingIds.some((b) => buildings.get(b)?.kind !== 'building' || !buildings.get(b)!.path.includes(community.id))) {
    throw invalid('请选择本社区的楼栋', { buildingIds: '请选择本社区的楼栋' });
  }
  await checkOfficialText(ctx, input.title, input.body, ...input.options, ...input.documents.flatMap((d) => [d.title, d.summary]));
  const now = ctx.clock.now();
  const doc: TopicDoc = {
    _id: topicIdOf(ctx.caller.openid, input.idempotencyKey),
    communityId: community.id,
    kind: input.kind,
    title: input.title,
    body: input.body,
    documents: input.documents,
    buildingIds: [...new Set(input.buildingIds)],
    entrance: input.entrance ?? null,
    options: input.options,
    deadline: input.deadline,
    consultation: input.kind === 'consultation' ? input.consultation! : null,
    owners: input.kind === 'owners' ? input.owners! : null,
    openedBy: ctx.caller.openid,
    openedAt: now,
    minutes: null,
    projectId: null,
  };
  const roster = rosterOf(doc, await participantsOf(ctx.store, doc), now);
  try {
    await ctx.store.transaction(async (tx) => {
      await tx.create(TOPICS, doc);
      await tx.create(ROSTERS, roster);
      await announceTopic(tx, now, doc);
      await recordAudit(tx, now, ctx.caller, { unitId: community.id, action: 'governance.openTopic', target: doc._id, changes: [{ field: 'kind', before: null, after: doc.kind }, { field: 'deadline', before: null, after: doc.deadline }] });
    });
  } catch (err) {
    if (!(err instanceof DuplicateKeyError)) throw err;
    // Opened before with this form: that topic answers, as it stands.
    const opened = await ctx.store.get(TOPICS, doc._id);
    if (!opened) throw err;
    return topicView(ctx.store, ctx.caller, opened, now, true);
  }
  return topicView(ctx.store, ctx.caller, doc, now, true);
}

export async function topics(ctx: ActionContext, input: { communityId?: string | undefined }) {
  const { community, officer } = await civicCommunity(ctx.store, ctx.caller, input.communityId);
  const docs = await topicsOf(ctx.store, community.id);
  const names = await buildingNames(ctx.store, docs);
  const now = ctx.clock.now();
  // Open topics first (soonest deadline first), then closed ones, latest first.
  const open = docs.filter((t) => now < t.deadline).reverse();
  const buildings = officer ? (await subtreeUnits(ctx.store, community.id)).filter((u) => u.kind === 'building').map((u) => ({ id: u.id, name: u.name })) : [];
  return { items: [...open, ...docs.filter((t) => now >= t.deadline)].map((t) => topicSummary(t, names, now)), officer, communityId: community.id, buildings };
}

/** A topic of the caller's community (or one they serve). */
export async function readTopic(ctx: ActionContext, id: string): Promise<{ topic: TopicDoc; officer: boolean }> {
  const topic = await ctx.store.get(TOPICS, id);
  if (!topic) throw notFound('该议题');
  const { officer } = await civicCommunity(ctx.store, ctx.caller, topic.communityId);
  return { topic, officer };
}

export async function topic(ctx: ActionContext, input: { id: string }): Promise<TopicView> {
  const { topic: doc, officer } = await readTopic(ctx, input.id);
  return topicView(ctx.store, ctx.caller, doc, ctx.clock.now(), officer);
}

/** After the deadline, the organisers record the decision and its follow-up (audited). */
export async function recordMinutes(ctx: ActionContext, input: { id: string; decision: string; followUp: string }): Promise<TopicView> {
  const found = await ctx.store.get(TOPICS, input.id);
  if (!found) throw notFound('该议题');
  await requireCivicOfficer(ctx.store, ctx.caller, found.communityId);
  const now = ctx.clock.now();
  if (now < found.deadline) throw new DomainError('CONFLICT', '投票截止后才能记录决定事项');
  await checkOfficialText(ctx, input.decision, input.followUp);
  const minutes = { decision: input.decision, followUp: input.followUp, at: now };
  await ctx.store.transaction(async (tx) => {
    await tx.update(TOPICS, found._id, { set: { minutes } });
    await recordAudit(tx, now, ctx.caller, { unitId: found.communityId, action: 'governance.recordMinutes', target: found._id, changes: [{ field: 'minutes', before: found.minutes, after: minutes }] });
  });
  return topicView(ctx.store, ctx.caller, { ...found, minutes }, now, true);
}
