import type { CommunityPublic } from '../../../types/org';
import { DomainError } from '../kernel/domain-error';
import type { Store } from '../store/port';
import { unitsByIds, type UnitDoc } from './org.repository';

/** Where a QR code says a resident lives: a community, and maybe a building in it. */
export interface Residence {
  community: UnitDoc;
  building: UnitDoc | null;
}

export function communityPublic(community: UnitDoc, street: UnitDoc | null): CommunityPublic {
  return { id: community.id, name: community.name, streetName: street?.name ?? '', centers: community.centers ?? [] };
}

/**
 * Resolves a QR scene (`cm-x` or `cm-x~bd-y`) to units, refusing a building that is not inside the community:
 * a forged or stale code must not bind a resident to the wrong place.
 */
export async function resolveScene(store: Store, scene: string): Promise<Residence> {
  const [communityId, buildingId] = scene.split('~') as [string, string | undefined];
  const units = await unitsByIds(store, buildingId ? [communityId, buildingId] : [communityId]);
  const community = units.get(communityId);
  if (community?.kind !== 'community') throw new DomainError('NOT_FOUND', '二维码对应的社区不存在，请扫描社区最新张贴的二维码');
  if (!buildingId) return { community, building: null };
  const building = units.get(buildingId);
  if (building?.kind !== 'building' || !building.path.includes(community.id)) {
    throw new DomainError('NOT_FOUND', '二维码对应的楼栋不存在，请扫描社区最新张贴的二维码');
  }
  return { community, building };
}
