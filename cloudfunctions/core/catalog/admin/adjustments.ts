import type { CatalogItem } from '../../../../types/catalog';
import type { ItemPatch } from '../../../../types/functions/catalog-admin';
import type { ActionContext, Caller } from '../../kernel/context';
import { DomainError } from '../../kernel/domain-error';
import type { Store, TxOps } from '../../store/port';
import { recordAudit, type AuditChange } from '../../audit/audit';
import { ADJUSTMENTS, adjustmentId, catalogStamps, communityMetaId, revOf, type AdjustmentDoc } from '../catalog.repository';
import { communityVersion } from '../community-catalog';

/** What every adjustment write needs: who, when, which community. */
export interface WriteScope {
  store: Store;
  caller: Caller;
  now: number;
  communityId: string;
}

export function writeScope(ctx: ActionContext, communityId: string): WriteScope {
  return { store: ctx.store, caller: ctx.caller, now: ctx.clock.now(), communityId };
}

export interface Saved {
  rev: number;
  version: string;
}

const stale = () => new DomainError('CONFLICT', '该事项已被他人修改，请刷新后重试');

/** Refuses a write made from a form loaded at another revision. */
export function checkRev(existing: AdjustmentDoc | null, rev: number): void {
  if ((existing?.rev ?? 0) !== rev) throw stale();
}

/** Bumps the community's catalog revision; returns the new one. Inside the change's transaction. */
async function bumpCommunityRev(tx: TxOps, communityId: string, now: number): Promise<number> {
  const id = communityMetaId(communityId);
  const meta = await tx.get('meta', id);
  if (meta) await tx.update('meta', id, { inc: { rev: 1 }, set: { updatedAt: now } });
  else await tx.insert('meta', { _id: id, communityId, rev: 1, updatedAt: now });
  return revOf(meta) + 1;
}

/** What an adjustment holds, apart from its identity and bookkeeping. */
export type AdjustmentContent = Omit<AdjustmentDoc, '_id' | 'communityId' | 'code' | 'rev' | 'updatedAt' | 'updatedBy'>;

export interface AdjustmentWrite {
  code: string;
  /** The document to store, or null to remove it. */
  next: AdjustmentContent | null;
  action: string;
  changes: AuditChange[];
}

/**
 * Stores one adjustment with its audit entry and the community's new revision, all in one transaction. `plan`
 * reads the current document inside the transaction and says what to write (no changes: nothing is written).
 */
export async function writeAdjustment(scope: WriteScope, code: string, plan: (existing: AdjustmentDoc | null) => AdjustmentWrite): Promise<Saved> {
  const { store, caller, now, communityId } = scope;
  const id = adjustmentId(communityId, code);
  const result = await store.transaction(async (tx) => {
    const existing = await tx.get(ADJUSTMENTS, id);
    const write = plan(existing);
    if (write.changes.length === 0) return { rev: existing?.rev ?? 0, communityRev: null };
    const rev = (existing?.rev ?? 0) + 1;
    if (write.next) await tx.put(ADJUSTMENTS, { _id: id, communityId, code, ...write.next, rev, updatedAt: now, updatedBy: caller.openid });
    else await tx.remove(ADJUSTMENTS, id);
    const communityRev = await bumpCommunityRev(tx, communityId, now);
    await recordAudit(tx, now, caller, { unitId: communityId, action: write.action, target: code, changes: write.changes });
    return { rev: write.next ? rev : 0, communityRev };
  });
  const stamps = await catalogStamps(store, communityId);
  return { rev: result.rev, version: communityVersion(stamps.content, communityId, result.communityRev ?? stamps.rev) };
}

/** The fields of a patch plus visibility, as the audit compares them. */
export function patchState(patch: ItemPatch, hidden: boolean): Record<string, unknown> {
  return { ...patch, hidden };
}

/** A local item's fields, as the audit compares them. */
export function itemState(item: CatalogItem | null): Record<string, unknown> {
  return item ? { ...item } : {};
}
