import type { CommunityPublic } from '../../../types/org';
import { DomainError } from '../kernel/domain-error';
import type { Store } from '../store/port';
import { getUnit, type UnitDoc } from './org.repository';

/** Where a resident lives in the tree: community, grid and building, resolved from a building id. */
export interface Residence {
  community: UnitDoc;
  grid: UnitDoc | null;
  building: UnitDoc | null;
}

export async function communityPublic(store: Store, community: UnitDoc): Promise<CommunityPublic> {
  const street = community.parentId ? await getUnit(store, community.parentId) : null;
  return { id: community.id, name: community.name, streetName: street?.name ?? '', centers: community.centers ?? [] };
}

/**
 * Resolves a QR scene (`cm-x` or `cm-x~bd-y`) to units, refusing a building that is not inside the community:
 * a forged or stale code must not bind a resident to the wrong place.
 */
export async function resolveScene(store: Store, scene: string): Promise<Residence> {
  const [communityId, buildingId] = scene.split('~') as [string, string | undefined];
  const community = await getUnit(store, communityId);
  if (community?.kind !== 'community') throw new DomainError('NOT_FOUND', '二维码对应的社区不存在，请扫描社区最新张贴的二维码');
  if (!buildingId) return { community, grid: null, building: null };
  const building = await getUnit(store, buildingId);
  if (building?.kind !== 'building' || !building.path.includes(community.id)) {
    throw new DomainError('NOT_FOUND', '二维码对应的楼栋不存在，请扫描社区最新张贴的二维码');
  }
  const grid = building.parentId ? await getUnit(store, building.parentId) : null;
  return { community, grid, building };
}
