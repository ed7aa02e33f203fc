import { categoryName } from '../../../types/request-names';
import { grantKey, usersHolding } from '../kernel/users';
import { enqueue, type NotificationInput } from '../notify/outbox';
import { DuplicateKeyError, type Store } from '../store/port';
import type { Holder } from './holders';
import { REQUESTS, type RequestDoc } from './request.repository';
import { countChanges, entryChanges } from './stats.repository';
import type { TimelineEntry } from './timeline';

/**
 * What a step of a request sets off, applied after the step's conditional update: its counters and its messages, in
 * one transaction guarded by a marker under a deterministic id (`<request>:<rev>`), so that each step's effects
 * are applied exactly once, by the request that made the step or by the sweep that finishes it.
 */
export const EFFECTS = 'request_effects';

export interface EffectsDoc {
  _id: string;
  at: number;
}

export const residentLink = (id: string) => `/pkg-service/detail/index?id=${id}`;
export const staffLink = (id: string) => `/pkg-grid/request/index?id=${id}`;

type Basics = Pick<RequestDoc, '_id' | 'no' | 'title' | 'source' | 'kind' | 'residentId' | 'communityId' | 'streetId' | 'unitPath' | 'gridId'>;

/** People to tell, looked up once per run for each key (a sweep or an escalation run tells many). */
export type PeopleCache = Map<string, Promise<string[]>>;

function people(store: Store, cache: PeopleCache, key: string): Promise<string[]> {
  let found = cache.get(key);
  if (!found) cache.set(key, (found = usersHolding(store, key).then((users) => users.map((u) => u._id))));
  return found;
}

/** The holder, or everyone in the holding team. */
function holderPeople(store: Store, cache: PeopleCache, holder: Holder): Promise<string[]> {
  return holder.openid ? Promise.resolve([holder.openid]) : people(store, cache, grantKey(holder.role, holder.unitId));
}

/** Whom an escalation to `level` tells: the grid's branch secretaries, the community's admins, the street's. */
export function escalationKey(r: Pick<RequestDoc, 'gridId' | 'communityId' | 'streetId'>, level: number): string | null {
  if (level === 1) return r.gridId ? grantKey('branch_officer', r.gridId) : null;
  if (level === 2) return grantKey('community_admin', r.communityId);
  return level === 3 ? grantKey('street_admin', r.streetId) : null;
}

const what = (r: Basics) => (r.kind === 'report' ? categoryName(r.source) : r.title);

/** The messages of one step. */
export async function messagesFor(store: Store, cache: PeopleCache, r: Basics, e: TimelineEntry): Promise<NotificationInput[]> {
  const event = `rq:${r._id}:${e.rev}:${e.action}`;
  const toResident = (kind: NotificationInput['kind'], title: string, body: string): NotificationInput[] => [{ event, recipient: r.residentId, kind, title, body, link: residentLink(r._id), fields: { no: r.no } }];
  const toStaff = (ids: string[], kind: NotificationInput['kind'], title: string, body: string): NotificationInput[] =>
    [...new Set(ids)].filter((id) => id !== e.by).map((recipient) => ({ event, recipient, kind, title, body, link: staffLink(r._id), fields: { no: r.no } }));
  const holders = () => holderPeople(store, cache, e.holder);
  switch (e.action) {
    case 'submit':
      return toResident('request_received', `诉求已提交：${what(r)}`, `编号${r.no}，${e.holder.name}负责办理，请留意消息。`);
    case 'assign':
    case 'transfer':
    case 'handover':
    case 'return':
      return [
        ...toStaff(await holders(), 'request_assigned', `新诉求待受理：${what(r)}`, `编号${r.no}。${e.note}`),
        ...(e.action === 'transfer' ? toResident('request_update', `诉求已转办：${what(r)}`, e.note) : []),
      ];
    case 'accept':
      return toResident('request_update', `诉求已受理：${what(r)}`, `${e.byName}已受理，将尽快处理。`);
    case 'comment':
      return toStaff(await holders(), 'request_comment', `居民留言：${what(r)}`, e.held ? '居民补充了内容，请查看' : e.note);
    case 'reply':
      return toResident('request_comment', `办理人员回复：${what(r)}`, e.held ? '办理人员回复了您，请查看' : e.note);
    case 'resolve':
      return toResident('request_resolved', `诉求已办结：${what(r)}`, '请确认办理结果并评价，7天内可申请重新办理。');
    case 'pause':
      return toResident('request_update', `需要您补充：${what(r)}`, e.note);
    case 'handoff':
      return toResident('request_update', `诉求已转交部门：${what(r)}`, e.note);
    case 'reopen':
      return toStaff(await holders(), 'request_update', `诉求重新办理：${what(r)}`, e.note);
    case 'rate':
      return e.status === 'reopened' ? toStaff(await holders(), 'request_update', `居民不满意，重新办理：${what(r)}`, e.note) : [];
    case 'escalate': {
      const key = escalationKey(r, e.level ?? 0);
      return key ? toStaff(await people(store, cache, key), 'request_escalated', `诉求逾期升级：${what(r)}`, `编号${r.no}。${e.note}`) : [];
    }
    default:
      return [];
  }
}

/**
 * Steps whose effects share one transaction when a batch settles (a timer's run): some 150 writes, well inside
 * CloudBase's 10 s for a transaction at its request latency, while a commit per step would cost SQLite dearly.
 */
export const EFFECTS_PER_TRANSACTION = 50;

export type Applied = { r: Basics; entry: TimelineEntry };

/**
 * Applies the effects of several steps once, in one transaction: a marker per step, their messages and the
 * counters of them all (each shard written once). When any step's marker is taken (its effects are applied already,
 * by a sweep, say) the whole transaction rolls back and false is returned: the caller applies them one by one.
 */
async function applyTogether(store: Store, cache: PeopleCache, steps: readonly Applied[], now: number): Promise<boolean> {
  const messages = (await Promise.all(steps.map(({ r, entry }) => messagesFor(store, cache, r, entry)))).flat();
  try {
    await store.transaction(async (tx) => {
      for (const { r, entry } of steps) await tx.create(EFFECTS, { _id: `${r._id}:${entry.rev}`, at: now });
      for (const message of messages) await enqueue(tx, now, message);
      // The shared counters last: on CloudBase a write locks its document until the commit, and a grid's shard is
      // written by every step of that grid, so it is held for the last few requests only.
      await countChanges(tx, steps.flatMap(({ r, entry }) => entryChanges(r, entry)));
    });
    return true;
  } catch (err) {
    if (err instanceof DuplicateKeyError) return false;
    throw err;
  }
}

/** Applies one step's effects once: a repeat finds the marker and changes nothing. */
export function applyEntry(store: Store, cache: PeopleCache, r: Basics, entry: TimelineEntry, now: number): Promise<boolean> {
  return applyTogether(store, cache, [{ r, entry }], now);
}

/** Applies the effects of these steps, EFFECTS_PER_TRANSACTION to a transaction; returns how many this call applied. */
export async function applySteps(store: Store, steps: readonly Applied[], now: number, cache: PeopleCache = new Map()): Promise<number> {
  let applied = 0;
  for (let i = 0; i < steps.length; i += EFFECTS_PER_TRANSACTION) {
    const chunk = steps.slice(i, i + EFFECTS_PER_TRANSACTION);
    if (chunk.length > 1 && (await applyTogether(store, cache, chunk, now))) applied += chunk.length;
    else for (const { r, entry } of chunk) if (await applyEntry(store, cache, r, entry, now)) applied++;
  }
  return applied;
}

/** The steps of a request after `after` (its appliedRev), up to `upTo`. */
export const stepsOf = (r: RequestDoc, after: number, upTo = r.rev): Applied[] => r.timeline.filter((entry) => entry.rev > after && entry.rev <= upTo).map((entry) => ({ r, entry }));

/**
 * Applies the effects of every step after each request's `appliedRev`, then records on each request that they are
 * applied, unless it moved on meanwhile (its own step will do that, or the sweep). Returns how many steps' effects
 * this call applied.
 */
export async function settleAll(store: Store, requests: readonly RequestDoc[], now: number, cache: PeopleCache = new Map()): Promise<number> {
  if (requests.length === 0) return 0;
  const applied = await applySteps(store, requests.flatMap((r) => stepsOf(r, r.appliedRev)), now, cache);
  await store.updateEach(
    REQUESTS,
    requests.map((r) => ({ filter: { _id: r._id, rev: r.rev }, update: { set: { appliedRev: r.rev, pendingAt: null } } })),
  );
  return applied;
}

/** settleAll for one request (the step a person just took). */
export function settleEffects(store: Store, r: RequestDoc, now: number, cache: PeopleCache = new Map()): Promise<number> {
  return settleAll(store, [r], now, cache);
}

declare module '../store/collections' {
  interface CollectionDocs {
    request_effects: EffectsDoc;
  }
}
