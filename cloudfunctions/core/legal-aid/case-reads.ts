import type { CaseRead } from '../../../types/legal-aid-cases';
import type { Caller } from '../kernel/context';
import { newId } from '../kernel/ids';
import type { Store } from '../store/port';

export const READS = 'legal_reads';

/**
 * Who opened a consultation's content, and when: 谁查看了我的咨询. A collection of its own rather than the audit
 * trail: the trail records changes (with before and after) and is read per unit by admins, while these are reads,
 * one on every opening, read per case by the resident; kept apart, the admins' trail is not flooded with them, and
 * admins never see whom a resident consulted.
 */
export interface CaseReadDoc {
  _id: string;
  caseId: string;
  at: number;
  reader: string;
  readerName: string;
  role: 'resident' | 'volunteer';
}

/** Written before the content is returned: a read that could not be logged does not happen. */
export async function logRead(store: Store, now: number, caseId: string, caller: Caller, role: CaseReadDoc['role'], readerName: string): Promise<void> {
  await store.insert(READS, { _id: newId('rd', now), caseId, at: now, reader: caller.openid, readerName, role });
}

export async function readsOf(store: Store, caseId: string, you: string): Promise<CaseRead[]> {
  const docs = await store.find(READS, { caseId }, { orderBy: [['at', 'desc'], ['_id', 'desc']], limit: 200 });
  return docs.map((d) => ({ at: d.at, readerName: d.readerName, role: d.role, you: d.reader === you }));
}

declare module '../store/collections' {
  interface CollectionDocs {
    legal_reads: CaseReadDoc;
  }
}
