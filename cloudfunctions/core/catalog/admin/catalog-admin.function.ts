import { POLICY } from '../../access/policy';
import { catalogAdminContract } from '../../../../types/functions/catalog-admin';
import { defineFunction } from '../../kernel/function-def';
import { communityHandbook } from '../handbook/handbook.service';
import { requireAdministered } from '../../access/scope';
import { reportsForAdmin, resolveReport } from '../reports/report.service';
import { adjust, auditOf, itemForAdmin, listForAdmin, reviewDueForAdmin, scopes } from './catalog-admin.service';
import { addLocal, removeLocal, updateLocal } from './local-items.service';

/**
 * Community admins' changes to their community's copy of the catalog. A function of its own because its write
 * path computes pinyin keys: the pinyin dictionary stays out of the `catalog` function residents call.
 */
export const catalogAdminFunction = defineFunction('catalog-admin', catalogAdminContract, POLICY['catalog-admin'], {
  scopes: (ctx) => scopes(ctx),
  items: (ctx, input) => listForAdmin(ctx, input.communityId),
  item: (ctx, input) => itemForAdmin(ctx, input.communityId, input.code),
  adjust: (ctx, input) => adjust(ctx, input),
  addLocal: (ctx, input) => addLocal(ctx, input),
  updateLocal: (ctx, input) => updateLocal(ctx, input),
  removeLocal: (ctx, input) => removeLocal(ctx, input),
  audit: (ctx, input) => auditOf(ctx, input),
  handbook: async (ctx, input) => communityHandbook(ctx.store, await requireAdministered(ctx.store, ctx.caller, input.communityId), ctx.clock.now(), input.field),
  reports: (ctx, input) => reportsForAdmin(ctx, input),
  resolveReport: (ctx, input) => resolveReport(ctx, input),
  reviewDue: (ctx, input) => reviewDueForAdmin(ctx, input.communityId),
});
