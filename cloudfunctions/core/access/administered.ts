import type { UnitDoc } from '../org/org.repository';
import type { Caller } from '../kernel/context';
import type { Store } from '../store/port';

/** Roles that administer communities: on the community itself, or on the street above it. */
export const COMMUNITY_ADMIN_ROLES = ['community_admin', 'street_admin'] as const;

/**
 * Every community the caller administers, in name order: a grant reaches its subtree, so a street admin's grant
 * covers every community of the street (found through the units' `path`).
 */
export async function administeredCommunities(store: Store, caller: Caller): Promise<UnitDoc[]> {
  const roots = new Set<string>();
  for (const grant of caller.user?.roles ?? []) {
    if (grant.unitId && (COMMUNITY_ADMIN_ROLES as readonly string[]).includes(grant.role)) roots.add(grant.unitId);
  }
  const found = new Map<string, UnitDoc>();
  for (const root of roots) {
    for (const unit of await store.find<UnitDoc>('units', { kind: 'community', path: { $has: root } })) found.set(unit.id, unit);
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}
