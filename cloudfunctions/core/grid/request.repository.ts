import { createHash } from 'node:crypto';
import type { GeoPoint } from '../../../types/org';
import type { Answers } from '../../../types/request-form';
import type { RequestStatus } from '../../../types/request-names';
import type { RoutedBy } from '../../../types/routing';
import { countUp } from '../store/count-up';
import type { Filter, Store, TxOps } from '../store/port';

export const REQUESTS = 'service_requests';

/** A resident's request for a catalog item; the grid-routing flow takes it from `submitted`. */
export interface RequestDoc {
  /** rq_ + sha1(resident, idempotency key): a retried submit finds the request it already made. */
  _id: string;
  /** Human-friendly number, e.g. 20261125-0001. */
  no: string;
  code: string;
  title: string;
  /** Labels of the form's fields when submitted, in form order, so the request reads the same after content changes. */
  form: Array<{ key: string; label: string }>;
  answers: Answers;
  contactPhone: string | null;
  residentId: string;
  residentName: string;
  communityId: string;
  communityName: string;
  /** The grid that owns the request (routing/route.ts), null while the community holds it; and how it was found. */
  gridId: string | null;
  gridName: string | null;
  routedBy: RoutedBy;
  buildingId: string | null;
  buildingName: string | null;
  /** The phone's location, kept only when it decided the grid (so the grid worker can find the place). */
  location: GeoPoint | null;
  status: RequestStatus;
  history: Array<{ at: number; status: RequestStatus; by: string; note: string }>;
  createdAt: number;
  updatedAt: number;
  /** createdAt (15 digits) + id: a total order for paging newest first. */
  sortKey: string;
}

export function requestId(residentId: string, idempotencyKey: string): string {
  return `rq_${createHash('sha1').update(`${residentId}\u0000${idempotencyKey}`).digest('hex')}`;
}

export const sortKeyOf = (createdAt: number, id: string) => `${String(createdAt).padStart(15, '0')}_${id}`;

export async function getRequest(store: Store, id: string): Promise<RequestDoc | null> {
  return store.get(REQUESTS, id);
}

/** One page of a resident's requests, newest first; `cursor` is the sortKey of the last one seen. */
export async function requestsOf(store: Store, residentId: string, cursor: string | undefined, limit: number): Promise<RequestDoc[]> {
  const filter: Filter<RequestDoc> = cursor ? { residentId, sortKey: { $lt: cursor } } : { residentId };
  return store.find(REQUESTS, filter, { orderBy: [['sortKey', 'desc']], limit });
}

/** Next number of the day's sequence (one sequence per day across the city): 20261125-0001, -0002, … */
export async function nextRequestNo(tx: TxOps, day: string): Promise<string> {
  const n = await countUp(tx, 'counters', `request-no:${day}`, {});
  return `${day}-${String(n).padStart(4, '0')}`;
}

declare module '../store/collections' {
  interface CollectionDocs {
    service_requests: RequestDoc;
  }
}
