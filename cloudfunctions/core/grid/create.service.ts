import type { TimeLimit } from '../../../types/catalog-names';
import type { GeoPoint } from '../../../types/org';
import type { RequestDetail } from '../../../types/request';
import type { Answers } from '../../../types/request-form';
import type { Urgency } from '../../../types/request-names';
import { dayNumberOf, isoDateOf } from '../calendar/shanghai-day';
import type { ActionContext } from '../kernel/context';
import { DomainError, forbidden, notFound } from '../kernel/domain-error';
import { enqueue } from '../notify/outbox';
import { getUnit, type UnitDoc } from '../org/org.repository';
import { limitsOf, officeHoursOf } from '../org/unit-settings';
import { residentUnits, routeRequest } from '../routing/route';
import type { TxOps } from '../store/port';
import { acceptDue, calendarFor, resolveDue, termsFor } from './clocks';
import { messagesFor } from './effects';
import { accountableFor } from './holders';
import { nextRequestNo, REQUESTS, requestId, sortKeyOf, type RequestDoc } from './request.repository';
import { toDetail } from './request-view';
import { countEntry } from './stats.repository';
import { takeSubmitQuota } from './submit-quota';
import type { Photo, TimelineEntry } from './timeline';

/** What a resident asks, from an item's form or as a free-form report, before it is routed and assigned. */
export interface Draft {
  kind: RequestDoc['kind'];
  source: string;
  code: string;
  title: string;
  form: RequestDoc['form'];
  answers: Answers;
  description: string | null;
  descriptionHeld: boolean;
  photos: Photo[];
  contactPhone: string | null;
  urgency: Urgency;
  /** The item's own community limit (本社区承诺), when it has one. */
  itemLimit: TimeLimit | null;
  idempotencyKey: string;
  location: GeoPoint | undefined;
  /** Written in the creating transaction too (an item's demand count). */
  alsoInTx?: (tx: TxOps, doc: RequestDoc) => Promise<void>;
}

/** The caller's community with the units their home's path names (street, grid, building), read at once. */
export interface CallerUnits {
  community: UnitDoc;
  units: ReadonlyMap<string, UnitDoc>;
}

/** The caller's community and home units in one read, or a clear refusal for someone who has not entered one. */
export async function callerCommunity(ctx: ActionContext, refusal = '请先扫描社区二维码或选择所在社区，再提交'): Promise<CallerUnits> {
  const user = ctx.caller.user;
  const communityId = user?.communityId;
  if (!user || !communityId) throw forbidden(refusal);
  const units = await residentUnits(ctx.store, { ...user, communityId });
  const community = units.get(communityId);
  if (!community) throw notFound('所在社区');
  return { community, units };
}

/** The community's street: from the units already read, else one read. */
export async function streetOf(ctx: ActionContext, { community, units }: CallerUnits): Promise<UnitDoc | null> {
  if (!community.parentId) return null;
  return units.get(community.parentId) ?? (await getUnit(ctx.store, community.parentId));
}

/**
 * Creates a request: routed to its grid, assigned at once to the person accountable (首接负责), its acceptance and
 * resolution deadlines reckoned on the community's calendar, numbered in the community's daily sequence, and
 * counted and told in the same transaction. The same idempotency key returns the request it already made.
 */
export async function createRequest(ctx: ActionContext, home: CallerUnits, draft: Draft): Promise<{ request: RequestDetail; created: boolean }> {
  const user = ctx.caller.user!;
  const { community } = home;
  const id = requestId(ctx.caller.openid, draft.idempotencyKey);
  const [route, street] = await Promise.all([routeRequest(ctx.store, community, { buildingId: user.buildingId, location: draft.location }, home.units), streetOf(ctx, home)]);
  if (!street) throw notFound('所属街道');
  const holder = await accountableFor(ctx.store, community, route.gridId, draft.source);
  const now = ctx.clock.now();
  const calendar = calendarFor(officeHoursOf(community));
  const terms = termsFor(draft.urgency, limitsOf(street), draft.itemLimit);
  const accept = acceptDue(calendar, now, terms);
  const resolve = resolveDue(calendar, now, terms.resolve);
  const shard = route.gridId ?? community.id;
  const actor = { by: ctx.caller.openid, byName: user.name };
  const entries: TimelineEntry[] = [
    { rev: 1, at: now, action: 'submit', status: 'submitted', ...actor, note: route.gridName ? `已提交，由${route.gridName}受理` : '已提交，等待社区分派', metrics: [], from: null, to: { shard, status: 'submitted' }, holder },
    { rev: 2, at: now, action: 'assign', status: 'assigned', by: 'system:assign', byName: '系统', note: `首接负责：${holder.name}`, metrics: ['received'], from: { shard, status: 'submitted' }, to: { shard, status: 'assigned' }, holder },
  ];
  const { alsoInTx, itemLimit: _limit, idempotencyKey: _key, location: _location, ...asked } = draft;
  const doc: RequestDoc = {
    _id: id,
    no: '',
    ...asked,
    held: draft.descriptionHeld || draft.photos.some((p) => p.verdict !== 'pass'),
    residentId: ctx.caller.openid,
    residentName: user.name,
    streetId: street.id,
    communityId: community.id,
    communityName: community.name,
    gridId: route.gridId,
    gridName: route.gridName,
    routedBy: route.routedBy,
    unitPath: route.gridId ? [...community.path, route.gridId] : community.path,
    buildingId: route.buildingId,
    buildingName: route.buildingName,
    location: route.location,
    terms,
    holder,
    sentBy: null,
    level: 0,
    status: 'assigned',
    acceptDueAt: accept.at,
    resolveDueAt: resolve.at,
    resolveFrom: now,
    assumedYears: [...new Set([...accept.assumedYears, ...resolve.assumedYears])],
    deadlineAt: accept.at,
    dueAt: accept.at,
    closeAt: null,
    pauses: [],
    acceptedAt: null,
    resolvedAt: null,
    closedAt: null,
    reopened: false,
    rating: null,
    external: null,
    acceptCounted: false,
    resolveCounted: false,
    timeline: entries,
    rev: 2,
    appliedRev: 2,
    pendingAt: null,
    createdAt: now,
    updatedAt: now,
    sortKey: sortKeyOf(now, id),
  };
  const cache = new Map();
  const messages = (await Promise.all(entries.map((e) => messagesFor(ctx.store, cache, { ...doc, no: '{no}' }, e)))).flat();

  const outcome = await ctx.store.transaction(async (tx) => {
    const existing = await tx.get(REQUESTS, id);
    if (existing) {
      if (existing.source !== draft.source) throw new DomainError('CONFLICT', '提交标识已用于另一项诉求，请刷新后重试');
      return { doc: existing, created: false };
    }
    const day = isoDateOf(dayNumberOf(now)).replace(/-/g, '');
    await takeSubmitQuota(tx, ctx.caller.openid, day);
    doc.no = await nextRequestNo(tx, community.id, day);
    await tx.insert(REQUESTS, doc);
    // The two entries in one move: counted in as assigned, and received once.
    await countEntry(tx, doc, { ...entries[1]!, from: null });
    for (const m of messages) await enqueue(tx, now, { ...m, body: m.body.replace('{no}', doc.no), fields: { no: doc.no } });
    await alsoInTx?.(tx, doc);
    return { doc, created: true };
  });
  return { request: await toDetail(ctx, ctx.caller, outcome.doc), created: outcome.created };
}
