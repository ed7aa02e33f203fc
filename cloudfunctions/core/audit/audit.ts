import type { AuditEntry } from '../../../types/functions/catalog-admin';
import type { Caller } from '../kernel/context';
import { newId } from '../kernel/ids';
import { unitsByIds } from '../org/org.repository';
import { accountRef, actorRoleLabel, auditActor, type AuditActor } from './actor';
import type { Filter, Store, TxOps } from '../store/port';

/**
 * The audit trail: who changed what, when, with the values before and after. Written in the same transaction
 * as the change it records, so there is never a change without its entry (or an entry without its change).
 */
export const AUDIT = 'audit';

export interface AuditChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface AuditDoc extends Partial<Pick<AuditActor, 'actorRoles'>> {
  _id: string;
  at: number;
  /** OPENID of who acted; their roles and units then (actor.ts; absent on entries written before they were kept); their name then, as a label only. */
  actor: string;
  actorName: string;
  /** The org unit whose data changed (a community for catalog adjustments): the trail is read per unit. */
  unitId: string;
  /** e.g. catalog.adjust */
  action: string;
  /** What was changed inside the unit, e.g. an item code. */
  target: string;
  changes: AuditChange[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The top-level fields whose values differ, with both values (undefined reads as null). */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): AuditChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return fields.filter((f) => !same(before[f], after[f])).map((f) => ({ field: f, before: before[f] ?? null, after: after[f] ?? null }));
}

/** `id`: a deterministic id for an entry that a retry of the same change must not write twice (a duplicate throws). */
export async function recordAudit(tx: TxOps, now: number, caller: Caller, entry: Pick<AuditDoc, 'unitId' | 'action' | 'target' | 'changes'>, id: string = newId('au', now)): Promise<void> {
  await tx.insert(AUDIT, { _id: id, at: now, ...auditActor(caller), ...entry });
}

const MAX_TEXT = 300;
function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  // A whole item (added or removed) reads as its code and title; its fields are in the stored entry.
  const named = value as { code?: unknown; title?: unknown };
  if (typeof named.code === 'string' && typeof named.title === 'string') return `${named.code} ${named.title}`;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

export async function auditTrail(store: Store, unitId: string, options: { target?: string | undefined; limit: number }): Promise<AuditEntry[]> {
  const filter: Filter<AuditDoc> = options.target ? { unitId, target: options.target } : { unitId };
  const docs = await store.find(AUDIT, filter, { orderBy: [['at', 'desc'], ['_id', 'desc']], limit: options.limit });
  const roles = (d: AuditDoc) => d.actorRoles ?? [];
  const units = await unitsByIds(store, [unitId, ...docs.flatMap((d) => roles(d).map((r) => r.unitId ?? unitId))]);
  const path = units.get(unitId)?.path ?? [unitId];
  return docs.map((d) => ({
    id: d._id,
    at: d.at,
    actorRole: actorRoleLabel(roles(d), path, (id) => units.get(id)?.name),
    actorAccount: accountRef(d.actor),
    action: d.action,
    target: d.target,
    changes: d.changes.map((c) => ({ field: c.field, before: asText(c.before), after: asText(c.after) })),
  }));
}

declare module '../store/collections' {
  interface CollectionDocs {
    audit: AuditDoc;
  }
}
