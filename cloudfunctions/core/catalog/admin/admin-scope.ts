import { COMMUNITY_ADMIN_ROLES } from '../../access/administered';
import { holdsRoleOver } from '../../access/grants';
import { getUnit, type UnitDoc } from '../../org/org.repository';
import type { ActionContext } from '../../kernel/context';
import { DomainError, forbidden } from '../../kernel/domain-error';

/**
 * The community the caller asks to administer, if they may: the authorization table admits the roles, this
 * checks the scope along the org tree (demo-admin of 西园 gets FORBIDDEN for 东桥).
 */
export async function requireCommunityAdmin(ctx: ActionContext, communityId: string): Promise<UnitDoc> {
  const community = await getUnit(ctx.store, communityId);
  if (!community || community.kind !== 'community') throw new DomainError('NOT_FOUND', '没有找到该社区');
  if (!COMMUNITY_ADMIN_ROLES.some((role) => holdsRoleOver(ctx.caller, role, community))) throw forbidden('您只能管理本人所辖社区的服务事项');
  return community;
}
