import { holdsRoleOver } from '../../access/grants';
import { childUnits, getUnit, type UnitDoc } from '../../org/org.repository';
import type { ActionContext } from '../../runtime/context';
import { DomainError, forbidden } from '../../shared/domain-error';

/** Roles that may change a community's copy of the catalog: on the community, or on the street above it. */
const ADMIN_ROLES = ['community_admin', 'street_admin'] as const;

/**
 * The community the caller asks to administer, if they may: the authorization table admits the roles, this
 * checks the scope along the org tree (demo-admin of 西园 gets FORBIDDEN for 东桥).
 */
export async function requireCommunityAdmin(ctx: ActionContext, communityId: string): Promise<UnitDoc> {
  const community = await getUnit(ctx.store, communityId);
  if (!community || community.kind !== 'community') throw new DomainError('NOT_FOUND', '没有找到该社区');
  if (!ADMIN_ROLES.some((role) => holdsRoleOver(ctx.caller, role, community))) throw forbidden('您只能管理本人所辖社区的服务事项');
  return community;
}

/** Every community the caller administers, in name order. */
export async function administeredCommunities(ctx: ActionContext): Promise<UnitDoc[]> {
  const found = new Map<string, UnitDoc>();
  for (const grant of ctx.caller.user?.roles ?? []) {
    if (!grant.unitId || !(ADMIN_ROLES as readonly string[]).includes(grant.role)) continue;
    const unit = await getUnit(ctx.store, grant.unitId);
    if (unit?.kind === 'community') found.set(unit.id, unit);
    if (unit?.kind === 'street') for (const child of await childUnits(ctx.store, unit.id)) if (child.kind === 'community') found.set(child.id, child);
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}
