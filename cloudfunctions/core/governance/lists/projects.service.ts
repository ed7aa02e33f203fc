import { createHash } from 'node:crypto';
import type { ProjectView } from '../../../../types/functions/governance-lists';
import { GOV_PAGES } from '../../../../types/governance';
import { actorRoleLabel, auditActor } from '../../audit/actor';
import { recordAudit } from '../../audit/audit';
import { civicCommunity, requireCivicOfficer } from '../../access/scope';
import type { ActionContext } from '../../kernel/context';
import { DomainError, invalid, notFound } from '../../kernel/domain-error';
import { enqueue } from '../../notify/outbox';
import { unitsByIds } from '../../org/org.repository';
import { findByIds } from '../../store/find-by-ids';
import { DuplicateKeyError, type TxOps } from '../../store/port';
import { checkPhotos } from '../../grid/content';
import { checkOfficialText } from '../content';
import { TOPICS } from '../topics/topics.repository';
import { NEEDS, PROJECTS, RESOURCES, projectsOf, type NeedDoc, type ProjectDoc } from './lists.repository';
import { projectSummary, projectView } from './project-view';

interface NewProject {
  communityId: string;
  key: string;
  title: string;
  summary: string;
  responsibleUnit: string;
  needIds: string[];
  resourceIds: string[];
  milestones: Array<{ title: string; due: string }>;
  topicId?: string | undefined;
}

/** The same device key from the same officer is the same project: a double tap or a retry makes one. */
const projectIdOf = (communityId: string, openid: string, key: string) => `pj_${createHash('sha1').update(`${communityId}\u0000${openid}\u0000${key}`).digest('hex').slice(0, 24)}`;

/** Needs linked outside the project's transaction: a need is written by 我也需要 taps, never held in a transaction. */
async function linkNeeds(ctx: ActionContext, p: ProjectDoc): Promise<void> {
  for (const id of p.needIds) await ctx.store.updateWhere(NEEDS, { _id: id, communityId: p.communityId, projectId: null }, { set: { projectId: p._id, status: 'project' } });
}

function tellAuthors(tx: TxOps, now: number, p: ProjectDoc, needs: readonly NeedDoc[], what: 'created' | 'done'): Promise<void[]> {
  const authors = [...new Set(needs.map((n) => n.author))];
  return Promise.all(
    authors.map((recipient) =>
      enqueue(tx, now, {
        event: `project:${p._id}:${what}`,
        recipient,
        kind: 'need_answered',
        title: what === 'created' ? '您反映的需求已立项' : '您反映的需求已解决',
        body: what === 'created' ? `社区项目“${p.title}”由${p.responsibleUnit}负责` : `项目“${p.title}”已完成：${p.result ?? ''}`,
        link: `${GOV_PAGES.project}?id=${p._id}`,
        fields: { status: what === 'created' ? '已立项' : '已解决' },
      }),
    ),
  );
}

export async function createProject(ctx: ActionContext, input: NewProject): Promise<ProjectView> {
  const community = await requireCivicOfficer(ctx.store, ctx.caller, input.communityId);
  const id = projectIdOf(community.id, ctx.caller.openid, input.key);
  const existing = await ctx.store.get(PROJECTS, id);
  if (existing) {
    await linkNeeds(ctx, existing);
    return projectView(ctx.store, ctx.platform.files, ctx.caller.openid, existing, true);
  }
  await checkOfficialText(ctx, input.title, input.summary, ...input.milestones.map((m) => m.title));
  const [needs, resources, topic] = await Promise.all([findByIds(ctx.store, NEEDS, input.needIds), findByIds(ctx.store, RESOURCES, input.resourceIds), input.topicId ? ctx.store.get(TOPICS, input.topicId) : null]);
  const needDocs = [...new Set(input.needIds)].map((n) => needs.get(n));
  if (needDocs.some((n) => !n || n.communityId !== community.id || n.hidden !== null)) throw invalid('请选择本社区的需求', { needIds: '请选择本社区的需求' });
  if (needDocs.some((n) => n!.projectId !== null)) throw invalid('所选需求已有项目', { needIds: '所选需求已有项目' });
  const resourceIds = [...new Set(input.resourceIds)];
  if (resourceIds.some((r) => resources.get(r)?.communityId !== community.id || resources.get(r)?.status !== 'verified')) {
    throw invalid('请选择本社区已核实的资源', { resourceIds: '请选择本社区已核实的资源' });
  }
  if (input.topicId && (!topic || topic.communityId !== community.id || topic.projectId !== null)) throw invalid('请选择本社区尚未立项的议题', { topicId: '请选择本社区尚未立项的议题' });
  const now = ctx.clock.now();
  const doc: ProjectDoc = {
    _id: id,
    communityId: community.id,
    title: input.title,
    summary: input.summary,
    responsibleUnit: input.responsibleUnit,
    needIds: needDocs.map((n) => n!._id),
    resourceIds,
    topicId: input.topicId ?? null,
    milestones: input.milestones.map((m, i) => ({ id: `m${i + 1}`, title: m.title, due: m.due, doneAt: null })),
    updates: [],
    status: 'active',
    result: null,
    createdBy: ctx.caller.openid,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await writeProject(ctx, doc, needDocs as NeedDoc[], now);
  } catch (err) {
    // The same key's other call got there first (a double tap): its project is the answer.
    if (!(err instanceof DuplicateKeyError)) throw err;
    const first = (await ctx.store.get(PROJECTS, id))!;
    await linkNeeds(ctx, first);
    return projectView(ctx.store, ctx.platform.files, ctx.caller.openid, first, true);
  }
  await linkNeeds(ctx, doc);
  return projectView(ctx.store, ctx.platform.files, ctx.caller.openid, doc, true);
}

function writeProject(ctx: ActionContext, doc: ProjectDoc, needDocs: readonly NeedDoc[], now: number): Promise<void> {
  const { _id: id, communityId, topicId, resourceIds } = doc;
  return ctx.store.transaction(async (tx) => {
    await tx.create(PROJECTS, doc);
    if (topicId) await tx.update(TOPICS, topicId, { set: { projectId: id } });
    await recordAudit(tx, now, ctx.caller, { unitId: communityId, action: 'governance.createProject', target: id, changes: [{ field: 'needIds', before: null, after: doc.needIds }, { field: 'resourceIds', before: null, after: resourceIds }] });
    await tellAuthors(tx, now, doc, needDocs, 'created');
  });
}

export async function projects(ctx: ActionContext, input: { communityId?: string | undefined }) {
  const { community, officer } = await civicCommunity(ctx.store, ctx.caller, input.communityId);
  return { items: (await projectsOf(ctx.store, community.id)).map(projectSummary), officer, communityId: community.id };
}

export async function project(ctx: ActionContext, input: { id: string }): Promise<ProjectView> {
  const doc = await ctx.store.get(PROJECTS, input.id);
  if (!doc) throw notFound('该项目');
  const { officer } = await civicCommunity(ctx.store, ctx.caller, doc.communityId);
  return projectView(ctx.store, ctx.platform.files, ctx.caller.openid, doc, officer);
}

async function manage(ctx: ActionContext, id: string, change: (p: ProjectDoc, now: number, tx: TxOps) => Promise<ProjectDoc>): Promise<ProjectDoc> {
  const found = await ctx.store.get(PROJECTS, id);
  if (!found) throw notFound('该项目');
  await requireCivicOfficer(ctx.store, ctx.caller, found.communityId);
  const now = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    const doc = await tx.get(PROJECTS, id);
    if (!doc || doc.status === 'done') throw new DomainError('CONFLICT', '项目已完成，不能再更新');
    const next = await change(doc, now, tx);
    await tx.put(PROJECTS, next);
    return next;
  });
}

/** A progress update, optionally completing a milestone; written as the officer's role and unit, never their name. */
export async function updateProject(ctx: ActionContext, input: { id: string; text: string; milestoneId?: string | undefined; photos?: string[] | undefined }): Promise<ProjectView> {
  await checkOfficialText(ctx, input.text);
  const photos = await checkPhotos(ctx, input.photos ?? []);
  const roles = auditActor(ctx.caller).actorRoles;
  const found = await ctx.store.get(PROJECTS, input.id);
  const communityId = found?.communityId ?? '';
  const units = await unitsByIds(ctx.store, [communityId, ...roles.map((r) => r.unitId ?? '')].filter(Boolean));
  const by = actorRoleLabel(roles, units.get(communityId)?.path ?? [communityId], (u) => units.get(u)?.name);
  const saved = await manage(ctx, input.id, async (p, now) => {
    if (input.milestoneId && !p.milestones.some((m) => m.id === input.milestoneId && m.doneAt === null)) throw invalid('该里程碑不存在或已完成', { milestoneId: '该里程碑不存在或已完成' });
    const update = { id: `u${p.updates.length + 1}`, at: now, text: input.text, by, milestoneId: input.milestoneId ?? null, photos };
    return { ...p, updates: [...p.updates, update], milestones: p.milestones.map((m) => (m.id === input.milestoneId ? { ...m, doneAt: now } : m)), updatedAt: now };
  });
  return projectView(ctx.store, ctx.platform.files, ctx.caller.openid, saved, true);
}

/** The public result: the project is done and the needs it answered are resolved; their authors are told. */
export async function finishProject(ctx: ActionContext, input: { id: string; result: string }): Promise<ProjectView> {
  await checkOfficialText(ctx, input.result);
  const done = await ctx.store.get(PROJECTS, input.id);
  // A retry after the project was finished only completes resolving its needs.
  // Read before the transaction: inside one, only the transaction's own operations may run.
  const needs = await findByIds(ctx.store, NEEDS, done?.needIds ?? []);
  const saved = done?.status === 'done' && done.result === input.result ? (await requireCivicOfficer(ctx.store, ctx.caller, done.communityId), done) : await manage(ctx, input.id, async (p, now, tx) => {
    const next: ProjectDoc = { ...p, status: 'done', result: input.result, updatedAt: now };
    await recordAudit(tx, now, ctx.caller, { unitId: p.communityId, action: 'governance.finishProject', target: p._id, changes: [{ field: 'status', before: p.status, after: 'done' }] });
    await tellAuthors(tx, now, next, [...needs.values()], 'done');
    return next;
  });
  for (const id of saved.needIds) await ctx.store.updateWhere(NEEDS, { _id: id, projectId: saved._id }, { set: { status: 'resolved', resolvedAt: saved.updatedAt } });
  return projectView(ctx.store, ctx.platform.files, ctx.caller.openid, saved, true);
}
