import type { NeedView, ResourceView } from '../../../../types/functions/governance-lists';
import { maskPhone } from '../../kernel/mask';
import { unitsByIds } from '../../org/org.repository';
import { findByIds } from '../../store/find-by-ids';
import type { Store } from '../../store/port';
import { PROJECTS, type NeedDoc, type ResourceDoc } from './lists.repository';

/** Needs as pages see them: places by name, the project that answered it; never who wrote or seconded it. */
export async function needViews(store: Store, openid: string, docs: readonly NeedDoc[]): Promise<NeedView[]> {
  const [units, projects] = await Promise.all([
    unitsByIds(store, docs.flatMap((d) => [d.unitPath.at(-1)!, ...(d.gridId ? [d.gridId] : [])])),
    findByIds(store, PROJECTS, docs.flatMap((d) => (d.projectId ? [d.projectId] : []))),
  ]);
  return docs.map((d) => {
    const project = d.projectId ? projects.get(d.projectId) : undefined;
    return {
      id: d._id,
      category: d.category,
      description: d.description,
      people: d.people,
      weight: d.weight,
      meToo: d.meTooBy.includes(openid),
      mine: d.author === openid,
      status: d.status,
      source: d.source,
      place: units.get(d.unitPath.at(-1)!)?.name ?? '',
      gridName: d.gridId ? (units.get(d.gridId)?.name ?? null) : null,
      createdAt: d.createdAt,
      project: project ? { id: project._id, title: project.title } : null,
      held: d.held || d.hidden !== null,
    };
  });
}

/** Who sees a need: everyone in the community once published; its author and the officers while held. */
export const visibleNeed = (d: NeedDoc, openid: string, officer: boolean) => d.author === openid || (d.hidden === null && (!d.held || officer));

export async function resourceViews(store: Store, docs: readonly ResourceDoc[], officer: boolean): Promise<ResourceView[]> {
  const grids = await unitsByIds(store, docs.flatMap((d) => (d.gridId ? [d.gridId] : [])));
  return docs.map((d) => ({
    id: d._id,
    type: d.type,
    title: d.title,
    description: d.description,
    providerKind: d.providerKind,
    providerName: d.providerName,
    availability: d.availability,
    contactName: d.contactName,
    contactPhone: officer ? d.contactPhone : (maskPhone(d.contactPhone) ?? ''),
    status: d.status,
    reason: d.reason,
    gridName: d.gridId ? (grids.get(d.gridId)?.name ?? null) : null,
    createdAt: d.createdAt,
    rev: d.rev,
  }));
}
