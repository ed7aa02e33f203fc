import type { CatalogItem } from '../../../../types/catalog';
import type { AdminItemRow, ItemPatch } from '../../../../types/functions/catalog-admin';
import { auditTrail, diffFields } from '../../audit/audit';
import type { ActionContext } from '../../kernel/context';
import { invalid, notFound } from '../../kernel/domain-error';
import { findItem, type CatalogItemDoc } from '../catalog.repository';
import { indexItem } from '../catalog.service';
import { loadCommunityCatalog } from '../community-catalog';
import { administeredCommunities, requireAdministered } from '../../access/scope';
import { checkRev, patchState, writeAdjustment, writeScope, type Saved } from './adjustments';
import { reviewDue } from './review-due';

export async function scopes(ctx: ActionContext) {
  return { communities: (await administeredCommunities(ctx.store, ctx.caller)).map((c) => ({ id: c.id, name: c.name })) };
}

export async function listForAdmin(ctx: ActionContext, communityId: string) {
  const community = await requireAdministered(ctx.store, ctx.caller, communityId);
  const { version, all } = await loadCommunityCatalog(ctx.store, communityId);
  const items: AdminItemRow[] = all.map((e) => ({ ...indexItem(e), local: e.local, hidden: e.hidden, adjusted: Object.keys(e.patch) }));
  return { communityName: community.name, version, items };
}

export async function itemForAdmin(ctx: ActionContext, communityId: string, code: string) {
  const community = await requireAdministered(ctx.store, ctx.caller, communityId);
  const { all } = await loadCommunityCatalog(ctx.store, communityId);
  const entry = all.find((e) => e.item.code === code);
  if (!entry) throw notFound('该服务事项');
  const base = entry.local ? null : await findItem(ctx.store, code);
  const center = community.centers?.find((c) => c.center === entry.item.center);
  return {
    item: entry.item,
    base: base ? stripDoc(base) : null,
    patch: entry.patch,
    hidden: entry.hidden,
    local: entry.local,
    rev: entry.rev,
    place: center ? { address: center.address, hours: center.hours, phone: center.phone } : null,
  };
}

function stripDoc({ _id, order, search, ...item }: CatalogItemDoc): CatalogItem {
  return item;
}

/** Sets the community's patch and visibility of a city item; an unchanged form writes nothing. */
export async function adjust(ctx: ActionContext, input: { communityId: string; code: string; patch: ItemPatch; hidden: boolean; rev: number }): Promise<Saved> {
  await requireAdministered(ctx.store, ctx.caller, input.communityId);
  if (input.code.startsWith('L')) throw invalid('本社区事项请直接编辑或删除', { code: '本社区事项请直接编辑或删除' });
  if (!(await findItem(ctx.store, input.code))) throw notFound('该服务事项');
  return writeAdjustment(writeScope(ctx, input.communityId), input.code, (existing) => {
    checkRev(existing, input.rev);
    const before = existing ? patchState(existing.patch, existing.hidden) : patchState({}, false);
    return {
      code: input.code,
      next: { kind: 'patch', patch: input.patch, hidden: input.hidden, item: null, search: null },
      action: 'catalog.adjust',
      changes: diffFields(before, patchState(input.patch, input.hidden)),
    };
  });
}

export async function auditOf(ctx: ActionContext, input: { communityId: string; code?: string | undefined; limit?: number | undefined }) {
  await requireAdministered(ctx.store, ctx.caller, input.communityId);
  return { entries: await auditTrail(ctx.store, input.communityId, { target: input.code, limit: input.limit ?? 30 }) };
}

/** Items of the community's copy whose content is due for review (age, or a cited document replaced). */
export async function reviewDueForAdmin(ctx: ActionContext, communityId: string) {
  await requireAdministered(ctx.store, ctx.caller, communityId);
  const { all } = await loadCommunityCatalog(ctx.store, communityId);
  return { items: reviewDue(all.map((e) => e.item), ctx.clock.now()) };
}
