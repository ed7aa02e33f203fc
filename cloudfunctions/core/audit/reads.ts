import type { SensitiveScope } from '../../../types/privacy';
import type { Caller } from '../kernel/context';
import { newId } from '../kernel/ids';
import { unitsByIds } from '../org/org.repository';
import type { Store, TxOps } from '../store/port';
import { actorRoleLabel, auditActor, type AuditActor } from './actor';

/**
 * Reads of sensitive data (membership details by branch officers, consultation content by lawyers, visit notes),
 * kept so that the person concerned can see who read theirs (user.whoReadMyData, 我的 → 谁查看了我的信息). One
 * document per read, naming everyone whose data it showed: a branch register of fifty members is one write, not
 * fifty. A person reading their own data is not recorded. Features call `recordSensitiveRead` where they answer
 * with such data; the reader is named as the audit trail names actors (account, roles and units then).
 */
export const DATA_READS = 'data_reads';

export interface DataReadDoc extends Pick<AuditActor, 'actorRoles'> {
  _id: string;
  at: number;
  /** OPENID of who read. */
  reader: string;
  what: SensitiveScope;
  /** The action that answered with the data, e.g. party.members. */
  action: string;
  /** The unit whose data was read (a branch, a grid): the reader's role is shown as held over it. */
  unitId: string;
  /** OPENIDs of the people whose data the answer held. */
  subjects: string[];
}

export interface SensitiveRead {
  what: SensitiveScope;
  action: string;
  unitId: string;
  subjects: readonly string[];
}

export async function recordSensitiveRead(store: Store | TxOps, now: number, caller: Caller, read: SensitiveRead): Promise<void> {
  const subjects = [...new Set(read.subjects)].filter((s) => s !== caller.openid);
  if (subjects.length === 0) return;
  const { actor, actorRoles } = auditActor(caller);
  await store.insert(DATA_READS, { _id: newId('rd', now), at: now, reader: actor, actorRoles, what: read.what, action: read.action, unitId: read.unitId, subjects });
}

/** The reads of this person's data, newest first, the reader by role and unit (never a name or an OPENID). */
export async function readsOf(store: Store, openid: string, limit = 100): Promise<Array<{ at: number; reader: string; what: SensitiveScope; action: string }>> {
  const docs = await store.find(DATA_READS, { subjects: { $has: openid } }, { orderBy: [['at', 'desc']], limit });
  const units = await unitsByIds(store, [...docs.map((d) => d.unitId), ...docs.flatMap((d) => d.actorRoles.map((r) => r.unitId ?? ''))].filter(Boolean));
  return docs.map((d) => ({
    at: d.at,
    reader: actorRoleLabel(d.actorRoles, units.get(d.unitId)?.path ?? [d.unitId], (id) => units.get(id)?.name),
    what: d.what,
    action: d.action,
  }));
}

declare module '../store/collections' {
  interface CollectionDocs {
    data_reads: DataReadDoc;
  }
}
