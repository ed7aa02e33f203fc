import type { LocalItemInput } from '../../../../types/functions/catalog-admin';
import { shanghai } from '../../../../types/time';
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
async function localDoc(input: LocalItemInput, now: number): Promise<AdjustmentContent> {
  const { searchKeys } = await import('../search-keys');
  // Saving is the community's review of its own item: dated today, against no document of the city's list.
  const item = { ...input, reviewedAt: shanghai(now).format('YYYY-MM-DD'), reviewedAgainst: [] };
  return { kind: 'local', hidden: false, patch: {}, item, search: searchKeys(item.title, item.keywords) };
}

const codeTaken = (code: string) => new DomainError('CONFLICT', `编码 ${code} 已被本社区事项使用，请换一个编码`);

function requireLocal(existing: AdjustmentDoc | null, code: string): AdjustmentDoc {
  if (existing?.kind !== 'local') throw notFound(`本社区事项 ${code}`);
  return existing;
}

export async function addLocal(ctx: ActionContext, input: { communityId: string; item: LocalItemInput }): Promise<Saved> {
  await requireAdministered(ctx.store, ctx.caller, input.communityId);
  const scope = writeScope(ctx, input.communityId);
  const doc = await localDoc(input.item, scope.now);
  const { code } = input.item;
  return writeAdjustment(scope, code, (existing) => {
    if (existing) throw codeTaken(code);
    return { code, next: doc, action: 'catalog.addLocal', changes: [{ field: 'item', before: null, after: doc.item }] };
  });
}

export async function updateLocal(ctx: ActionContext, input: { communityId: string; item: LocalItemInput; rev: number }): Promise<Saved> {
  await requireAdministered(ctx.store, ctx.caller, input.communityId);
  const scope = writeScope(ctx, input.communityId);
  const doc = await localDoc(input.item, scope.now);
  const { code } = input.item;
  return writeAdjustment(scope, code, (existing) => {
    const current = requireLocal(existing, code);
    checkRev(current, input.rev);
    return { code, next: doc, action: 'catalog.updateLocal', changes: diffFields(itemState(current.item), itemState(doc.item)) };
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
