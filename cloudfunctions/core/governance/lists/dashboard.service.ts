import { NEED_CATEGORY_LABELS, NEED_STATUS_LABELS, PROVIDER_KIND_LABELS, RESOURCE_STATUS_LABELS, RESOURCE_TYPES, RESOURCE_TYPE_LABELS } from '../../../../types/governance';
import { shanghai } from '../../../../types/time';
import { requireCivicOfficer } from '../../access/scope';
import { toCsv } from '../../export/csv';
import type { ActionContext } from '../../kernel/context';
import { unitsByIds } from '../../org/org.repository';
import { needsOf, projectsOf, resourcesOf } from './lists.repository';

/** Counts of the three lists for the community's officers. */
export async function listsDashboard(ctx: ActionContext, input: { communityId: string }) {
  const community = await requireCivicOfficer(ctx.store, ctx.caller, input.communityId);
  const [needs, resources, projects] = await Promise.all([needsOf(ctx.store, community.id), resourcesOf(ctx.store, community.id), projectsOf(ctx.store, community.id)]);
  const shown = needs.filter((n) => n.hidden === null);
  const verified = resources.filter((r) => r.status === 'verified');
  return {
    needs: {
      open: shown.filter((n) => n.status === 'open').length,
      project: shown.filter((n) => n.status === 'project').length,
      resolved: shown.filter((n) => n.status === 'resolved').length,
      fromVisits: shown.filter((n) => n.source === 'visit').length,
      meToo: shown.reduce((a, n) => a + n.meTooBy.length, 0),
    },
    resources: {
      pending: resources.filter((r) => r.status === 'pending').length,
      verified: verified.length,
      byType: Object.fromEntries(RESOURCE_TYPES.map((t) => [t, verified.filter((r) => r.type === t).length])),
    },
    projects: { active: projects.filter((p) => p.status === 'active').length, done: projects.filter((p) => p.status === 'done').length },
  };
}

const day = (ms: number | null) => (ms === null ? '' : shanghai(ms).format('YYYY-MM-DD'));

/** One list as CSV (through export/csv.ts): what the officers see, never who posted a need or said 我也需要. */
export async function exportLists(ctx: ActionContext, input: { communityId: string; list: 'needs' | 'resources' | 'projects' }) {
  const community = await requireCivicOfficer(ctx.store, ctx.caller, input.communityId);
  const stamp = shanghai(ctx.clock.now()).format('YYYYMMDD');
  if (input.list === 'needs') {
    const needs = (await needsOf(ctx.store, community.id)).filter((n) => n.hidden === null);
    const units = await unitsByIds(ctx.store, needs.map((n) => n.unitPath.at(-1)!));
    const csv = toCsv(
      ['类别', '需求描述', '涉及人数', '我也需要', '位置', '来源', '状态', '提出日期'],
      needs.map((n) => [NEED_CATEGORY_LABELS[n.category], n.description, n.people, n.meTooBy.length, units.get(n.unitPath.at(-1)!)?.name ?? '', n.source === 'visit' ? '走访发现' : '居民提出', NEED_STATUS_LABELS[n.status], day(n.createdAt)]),
    );
    return { filename: `${community.name}-需求清单-${stamp}.csv`, csv };
  }
  if (input.list === 'resources') {
    const resources = await resourcesOf(ctx.store, community.id);
    const csv = toCsv(
      ['类型', '资源名称', '说明', '提供方类型', '提供单位', '可用时间', '联系人', '联系电话', '状态'],
      resources.map((r) => [RESOURCE_TYPE_LABELS[r.type], r.title, r.description, PROVIDER_KIND_LABELS[r.providerKind], r.providerName, r.availability, r.contactName, r.contactPhone, RESOURCE_STATUS_LABELS[r.status]]),
    );
    return { filename: `${community.name}-资源清单-${stamp}.csv`, csv };
  }
  const projects = await projectsOf(ctx.store, community.id);
  const csv = toCsv(
    ['项目名称', '责任单位', '关联需求数', '匹配资源数', '里程碑完成', '状态', '成效', '立项日期'],
    projects.map((p) => [p.title, p.responsibleUnit, p.needIds.length, p.resourceIds.length, `${p.milestones.filter((m) => m.doneAt !== null).length}/${p.milestones.length}`, p.status === 'done' ? '已完成' : '实施中', p.result ?? '', day(p.createdAt)]),
  );
  return { filename: `${community.name}-项目清单-${stamp}.csv`, csv };
}
