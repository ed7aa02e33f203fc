import type { CatalogItem } from '../../../../types/catalog';
import { diffFields } from '../../audit/audit';
import type { ActionContext } from '../../kernel/context';
import { DomainError, notFound } from '../../kernel/domain-error';
import type { AdjustmentDoc } from '../catalog.repository';
import { requireAdministered } from '../../access/scope';
import { checkRev, itemState, writeAdjustment, writeScope, type AdjustmentContent, type Saved } from './adjustments';

/**
 * A community's own items (L… codes), validated at the boundary with the city's item schema. Their pinyin keys
 * are computed here, on the write path, so the read path never needs the pinyin dictionary. It is imported on
 * first use: the deployed catalog-admin ships it as a separate file (scripts/build-functions.ts), so the admin's
 * other actions start without loading ~300 KB of dictionary.
 */
async function localDoc(item: CatalogItem): Promise<AdjustmentContent> {
  const { searchKeys } = await import('../search-keys');
  return { kind: 'local', hidden: false, patch: {}, item, search: searchKeys(item.title, item.keywords) };
}

const codeTaken = (code: string) => new DomainError('CONFLICT', `编码 ${code} 已被本社区事项使用，请换一个编码`);

function requireLocal(existing: AdjustmentDoc | null, code: string): AdjustmentDoc {
  if (!existing || existing.kind !== 'local') throw notFound(`本社区事项 ${code}`);
  return existing;
}

export async function addLocal(ctx: ActionContext, input: { communityId: string; item: CatalogItem }): Promise<Saved> {
  await requireAdministered(ctx.store, ctx.caller, input.communityId);
  const { item } = input;
  const doc = await localDoc(item);
  return writeAdjustment(writeScope(ctx, input.communityId), item.code, (existing) => {
    if (existing) throw codeTaken(item.code);
    return { code: item.code, next: doc, action: 'catalog.addLocal', changes: [{ field: 'item', before: null, after: item }] };
  });
}

export async function updateLocal(ctx: ActionContext, input: { communityId: string; item: CatalogItem; rev: number }): Promise<Saved> {
  await requireAdministered(ctx.store, ctx.caller, input.communityId);
  const { item } = input;
  const doc = await localDoc(item);
  return writeAdjustment(writeScope(ctx, input.communityId), item.code, (existing) => {
    const current = requireLocal(existing, item.code);
    checkRev(current, input.rev);
    return { code: item.code, next: doc, action: 'catalog.updateLocal', changes: diffFields(itemState(current.item), itemState(item)) };
  });
}

export async function removeLocal(ctx: ActionContext, input: { communityId: string; code: string; rev: number }): Promise<Saved> {
  await requireAdministered(ctx.store, ctx.caller, input.communityId);
  return writeAdjustment(writeScope(ctx, input.communityId), input.code, (existing) => {
    const current = requireLocal(existing, input.code);
    checkRev(current, input.rev);
    return { code: input.code, next: null, action: 'catalog.removeLocal', changes: [{ field: 'item', before: current.item, after: null }] };
  });
}
