import type { ProjectView } from '../../../../types/functions/governance-lists';
import { findByIds } from '../../store/find-by-ids';
import type { Files } from '../../platform/files';
import type { Store } from '../../store/port';
import { TOPICS } from '../topics/topics.repository';
import { NEEDS, RESOURCES, type ProjectDoc } from './lists.repository';
import { needViews, resourceViews, visibleNeed } from './list-views';

export function projectSummary(p: ProjectDoc) {
  return {
    id: p._id,
    title: p.title,
    responsibleUnit: p.responsibleUnit,
    status: p.status,
    needCount: p.needIds.length,
    milestonesDone: p.milestones.filter((m) => m.doneAt !== null).length,
    milestoneCount: p.milestones.length,
    createdAt: p.createdAt,
  };
}

/** A project in full: the needs it answers, its resources, milestones, updates and result; public to the community. */
export async function projectView(store: Store, files: Files, openid: string, p: ProjectDoc, officer: boolean): Promise<ProjectView> {
  const [needs, resources, topic] = await Promise.all([findByIds(store, NEEDS, p.needIds), findByIds(store, RESOURCES, p.resourceIds), p.topicId ? store.get(TOPICS, p.topicId) : null]);
  const needDocs = p.needIds.flatMap((id) => {
    const d = needs.get(id);
    return d && visibleNeed(d, openid, officer) ? [d] : [];
  });
  const resourceDocs = p.resourceIds.flatMap((id) => (resources.has(id) ? [resources.get(id)!] : []));
  const milestoneTitle = new Map(p.milestones.map((m) => [m.id, m.title]));
  // Photos WeChat's media check has not cleared yet are shown to the officers only.
  const shown = p.updates.flatMap((u) => u.photos ?? []).filter((ph) => ph.verdict === 'pass' || officer);
  const urls = await files.tempUrls(shown.map((ph) => ph.fileId));
  return {
    ...projectSummary(p),
    summary: p.summary,
    needs: await needViews(store, openid, needDocs),
    resources: await resourceViews(store, resourceDocs, officer),
    milestones: p.milestones.map(({ id, title, due, doneAt }) => ({ id, title, due, doneAt })),
    updates: [...p.updates].reverse().map((u) => ({ id: u.id, at: u.at, text: u.text, by: u.by, milestone: u.milestoneId ? (milestoneTitle.get(u.milestoneId) ?? null) : null, photos: (u.photos ?? []).filter((ph) => urls[ph.fileId] && (ph.verdict === 'pass' || officer)).map((ph) => ({ url: urls[ph.fileId]!, held: ph.verdict !== 'pass' })) })),
    result: p.result,
    topic: topic ? { id: topic._id, title: topic.title } : null,
    manage: officer,
  };
}
