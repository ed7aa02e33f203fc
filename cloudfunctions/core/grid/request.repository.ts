import { createHash } from 'node:crypto';
import type { GeoPoint } from '../../../types/org';
import type { Answers } from '../../../types/request-form';
import type { Rating, RequestStatus, Urgency } from '../../../types/request-names';
import type { RoutedBy } from '../../../types/routing';
import { countUp } from '../store/count-up';
import type { Filter, Store, TxOps } from '../store/port';
import type { RequestTerms } from './clocks';
import type { Holder } from './holders';
import type { Photo, TimelineEntry } from './timeline';

export const REQUESTS = 'service_requests';

/** A span during which the resolution clock stood still, waiting on the resident; `to` is null while it lasts. */
export interface Pause {
  from: number;
  to: number | null;
  reason: string;
}

/**
 * One request model for every way residents ask: a catalog item's form (`source` = the item's code) or a free-form
 * report (`source` = its category). Every change of state is one conditional update of this document (on `rev`,
 * and the status it expects) that also appends its timeline entry; what the change sets off (counters, messages)
 * is applied after, once per entry (effects.ts), and a sweep finishes it if the function died in between.
 */
export interface RequestDoc {
  /** rq_ + sha1(resident, idempotency key): a retried submit finds the request it already made. */
  _id: string;
  /** Human-friendly number, one sequence per community per day: XIYUAN-20261125-0001. */
  no: string;
  kind: 'item' | 'report';
  /** The item's code or the report's category: what counters and category rules key on. */
  source: string;
  /** The item's code; for a report, its category (kept for the lists that show a code). */
  code: string;
  title: string;
  /** Labels of the form's fields when submitted, in form order, so the request reads the same after content changes. */
  form: Array<{ key: string; label: string }>;
  answers: Answers;
  /** A report's own words; `descriptionHeld` while the content check asks for a person to look at it. */
  description: string | null;
  descriptionHeld: boolean;
  photos: Photo[];
  /** Something of it (its description, a photo, a note) awaits a community admin's review. */
  held: boolean;
  contactPhone: string | null;
  residentId: string;
  residentName: string;
  streetId: string;
  communityId: string;
  communityName: string;
  /** The grid that owns the request (routing/route.ts), null while the community holds it; and how it was found. */
  gridId: string | null;
  gridName: string | null;
  routedBy: RoutedBy;
  /** The path of the grid (or the community) that owns it: scope checks read it, the tree is not read again. */
  unitPath: string[];
  buildingId: string | null;
  buildingName: string | null;
  /** The phone's location, kept only when it decided the grid (so the grid worker can find the place). */
  location: GeoPoint | null;
  urgency: Urgency;
  terms: RequestTerms;
  /** Whose turn it is (首接负责 at creation, then whoever it is transferred or handed to). */
  holder: Holder;
  /** Who sent it to the street's dispatch desk, to return it to. */
  sentBy: Holder | null;
  /** How far up the tree it has climbed: 0 the first receiver, 1 the grid's branch secretary, 2 the community, 3 the street. */
  level: number;
  status: RequestStatus;
  acceptDueAt: number;
  resolveDueAt: number;
  /** Where the resolution clock counts from: the creation, or the last reopening. */
  resolveFrom: number;
  /** Years reckoned by weekends only (their holiday schedule is not published); the pages say so. */
  assumedYears: number[];
  /** The promise currently running (acceptance, then resolution); null while paused or once resolved. */
  deadlineAt: number | null;
  /** When the escalation timer must next look at it; null when nothing is due. */
  dueAt: number | null;
  /** When an unrated resolution closes by itself. */
  closeAt: number | null;
  pauses: Pause[];
  acceptedAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  /** Reopened once already (a second 不满意 closes it). */
  reopened: boolean;
  rating: { value: Rating; comment: string; at: number } | null;
  /** A hand-off by the street's dispatch desk to a department, with its reference. */
  external: { department: string; reference: string; at: number } | null;
  /** Whether the acceptance and the resolution were counted (on time or missed) for the rates: once each. */
  acceptCounted: boolean;
  resolveCounted: boolean;
  timeline: TimelineEntry[];
  /** Moves by one with every change; conditional updates key on it. */
  rev: number;
  /** The last rev whose effects are known to be applied; `pendingAt` is set while a later one may not be. */
  appliedRev: number;
  pendingAt: number | null;
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

/**
 * Next number of a community's daily sequence (XIYUAN-20261125-0001, -0002, …): one counter per community per
 * day, so no single document is written by every request of the city. `code` is the community id without `cm-`.
 */
export async function nextRequestNo(tx: TxOps, communityId: string, day: string): Promise<string> {
  const n = await countUp(tx, 'counters', `request-no:${communityId}:${day}`, {});
  return `${communityId.replace(/^cm-/, '').toUpperCase()}-${day}-${String(n).padStart(4, '0')}`;
}

/** Open requests about the same thing at the same building (or in the same grid) since `since`: shown before a report. */
export async function similarRequests(store: Store, at: { buildingId: string | null; gridId: string | null }, source: string, since: number): Promise<RequestDoc[]> {
  const where: Filter<RequestDoc> = at.buildingId ? { buildingId: at.buildingId } : at.gridId ? { gridId: at.gridId } : {};
  if (Object.keys(where).length === 0) return [];
  return store.find(REQUESTS, { ...where, source, createdAt: { $gte: since } }, { orderBy: [['createdAt', 'desc']], limit: 20 });
}

/** Requests whose escalation step is due, earliest first (an index on dueAt: only what is due is read). */
export async function dueForEscalation(store: Store, now: number, limit: number): Promise<RequestDoc[]> {
  return store.find(REQUESTS, { dueAt: { $lte: now } }, { orderBy: [['dueAt', 'asc']], limit });
}

/** Resolved requests nobody rated in time, earliest first. */
export async function dueForClosing(store: Store, now: number, limit: number): Promise<RequestDoc[]> {
  return store.find(REQUESTS, { closeAt: { $lte: now } }, { orderBy: [['closeAt', 'asc']], limit });
}

/** Requests whose effects may not all be applied (a function died between a change and its effects). */
export async function pendingEffects(store: Store, before: number, limit: number): Promise<RequestDoc[]> {
  return store.find(REQUESTS, { pendingAt: { $lte: before } }, { orderBy: [['pendingAt', 'asc']], limit });
}

/**
 * A timer's batch, written before its steps: the requests it is about to move and the steps whose effects it owes
 * (after `after`, up to `rev`). Its steps record their effects as applied in the same write that takes them (no
 * second write of each request), so this one document is what a sweep finishes from if the run dies; the run
 * removes it once the effects are in.
 */
export const BATCHES = 'request_batches';

export interface BatchDoc {
  _id: string;
  at: number;
  steps: Array<{ id: string; after: number; rev: number }>;
}

/** Timer batches older than `before` that were never finished (their run died), oldest first. */
export async function staleBatches(store: Store, before: number, limit: number): Promise<BatchDoc[]> {
  return store.find(BATCHES, { at: { $lte: before } }, { orderBy: [['at', 'asc']], limit });
}

declare module '../store/collections' {
  interface CollectionDocs {
    request_batches: BatchDoc;
    service_requests: RequestDoc;
  }
}
