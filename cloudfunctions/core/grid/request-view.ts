import type { RequestAction, RequestDetail, RequestSummary, TransferTarget } from '../../../types/request';
import { OPEN_STATUSES, RATE_WINDOW_DAYS, TEAM_LABELS, UNACCEPTED_STATUSES } from '../../../types/request-names';
import { answerText } from '../../../types/request-form';
import type { Caller, Deps } from '../kernel/context';
import { maskPhone } from '../kernel/mask';
import { gridsOf } from '../org/org.repository';
import type { ResolveLimit } from './clocks';
import { holds, mayAct } from './holders';
import type { RequestDoc } from './request.repository';
import type { Photo } from './timeline';

const DAY_MS = 86_400_000;

export function toSummary(doc: RequestDoc, now: number): RequestSummary {
  return {
    id: doc._id,
    no: doc.no,
    kind: doc.kind,
    code: doc.code,
    title: doc.title,
    status: doc.status,
    urgency: doc.urgency,
    createdAt: doc.createdAt,
    deadlineAt: doc.deadlineAt,
    overdue: doc.deadlineAt !== null && doc.deadlineAt < now,
    holderName: doc.holder.name,
    gridName: doc.gridName,
    level: doc.level,
  };
}

const limitText = (limit: ResolveLimit) =>
  limit.unit === 'working_days' ? `${limit.value}个工作日内办结` : limit.unit === 'hours' ? `${limit.value}小时内办结` : `${limit.value}个工作小时内办结`;

/** The promise the request runs on, as residents read it: the street's commitment, or the item's own community limit. */
export function promiseOf(doc: Pick<RequestDoc, 'terms'>): string {
  return `${doc.terms.source === 'item' ? '本社区承诺' : '本街道承诺'}：${doc.terms.acceptHours}个工作小时内受理，${limitText(doc.terms.resolve)}`;
}

export const pausedNow = (doc: Pick<RequestDoc, 'pauses'>) => doc.pauses.find((p) => p.to === null) ?? null;
export const reopenUntilOf = (doc: Pick<RequestDoc, 'resolvedAt'>) => (doc.resolvedAt === null ? null : doc.resolvedAt + RATE_WINDOW_DAYS * DAY_MS);

/** What this caller may do with the request now. */
export function actionsFor(caller: Caller, doc: RequestDoc, now: number): RequestAction[] {
  const can: RequestAction[] = [];
  const open = OPEN_STATUSES.includes(doc.status);
  const awaitingResident = doc.status === 'resolved' || doc.status === 'confirmed';
  if (doc.residentId === caller.openid) {
    if (doc.status !== 'closed') can.push('comment');
    if (doc.status === 'resolved') can.push('confirm');
    if (awaitingResident && !doc.reopened && now <= reopenUntilOf(doc)!) can.push('reopen');
    if (awaitingResident) can.push('rate');
  }
  if (!mayAct(caller, doc)) return can;
  const paused = pausedNow(doc) !== null;
  const working = doc.status === 'accepted' || doc.status === 'in_progress' || doc.status === 'reopened';
  const atDesk = doc.holder.role === 'street_admin';
  if (UNACCEPTED_STATUSES.includes(doc.status) && !atDesk) can.push('accept');
  if ((doc.status === 'accepted' || doc.status === 'reopened') && !paused) can.push('start');
  if (working && !paused) can.push('resolve');
  if (doc.status !== 'closed') can.push('reply');
  if (open && !atDesk) can.push('transfer');
  if (working && !paused) can.push('pause');
  if (paused) can.push('resume');
  if (atDesk && open && !doc.external) can.push('handOff');
  if (atDesk && open && doc.sentBy && !doc.external) can.push('sendBack');
  return can;
}

/** A held item is shown to its author and to whoever is accountable for the request now. */
const mayReadHeld = (caller: Caller, doc: RequestDoc, author: string) => author === caller.openid || holds(caller, doc.holder);

async function transferTargets(deps: Deps, doc: RequestDoc): Promise<TransferTarget[]> {
  const grids = await gridsOf(deps.store, doc.communityId);
  return [
    ...grids.filter((g) => g.id !== doc.gridId).sort((a, b) => a.id.localeCompare(b.id)).map((g) => ({ kind: 'grid' as const, id: g.id, name: g.name })),
    ...(doc.holder.role === 'property_liaison' ? [] : [{ kind: 'team' as const, id: 'property', name: TEAM_LABELS.property }]),
    ...(doc.holder.role === 'community_admin' ? [] : [{ kind: 'community' as const, id: doc.communityId, name: `${doc.communityName}（社区统一分派）` }]),
    { kind: 'street' as const, id: doc.streetId, name: '街道派单台（超出社区职权的事项）' },
  ];
}

/**
 * An answer as this caller sees it: a phone number (fields keyed `phone`) follows the contact phone's rule, whole for
 * the person holding the request and masked for everyone else.
 */
function shownAnswer(key: string, value: RequestDoc['answers'][string], whole: boolean): string {
  return key === 'phone' && typeof value === 'string' && !whole ? (maskPhone(value) ?? '') : answerText(value);
}

/** The request as this caller may see it: held content and the whole phone number for the people allowed only. */
export async function toDetail(deps: Deps, caller: Caller, doc: RequestDoc): Promise<RequestDetail> {
  const now = deps.clock.now();
  const visible = (p: Photo) => p.verdict === 'pass' || mayReadHeld(caller, doc, p.by);
  const entryPhotos = doc.timeline.flatMap((e) => e.photos ?? []);
  const urls = await deps.platform.files.tempUrls([...new Set([...doc.photos, ...entryPhotos].filter(visible).map((p) => p.fileId))]);
  const view = (photos: readonly Photo[]) => photos.filter((p) => visible(p) && urls[p.fileId]).map((p) => ({ url: urls[p.fileId]!, held: p.verdict !== 'pass' }));
  const can = actionsFor(caller, doc, now);
  const pause = pausedNow(doc);
  // The person accountable sees the resident's number whole, in the contact field and in the answers alike.
  const holding = doc.holder.openid === caller.openid;
  const showDescription = !doc.descriptionHeld || mayReadHeld(caller, doc, doc.residentId);
  return {
    ...toSummary(doc, now),
    answers: doc.form.filter((f) => doc.answers[f.key] !== undefined).map((f) => ({ key: f.key, label: f.label, text: shownAnswer(f.key, doc.answers[f.key]!, holding) })),
    description: showDescription ? doc.description : null,
    descriptionHeld: doc.descriptionHeld,
    photos: view(doc.photos),
    hiddenPhotos: doc.photos.filter((p) => !visible(p)).length,
    contactPhoneMasked: maskPhone(doc.contactPhone),
    contactPhone: holding ? doc.contactPhone : null,
    residentName: doc.residentName,
    communityName: doc.communityName,
    buildingName: doc.buildingName,
    routedBy: doc.routedBy,
    location: doc.residentId === caller.openid || mayAct(caller, doc) ? doc.location : null,
    holderTeam: doc.holder.openid === null,
    acceptDueAt: doc.acceptDueAt,
    resolveDueAt: doc.resolveDueAt,
    promise: promiseOf(doc),
    assumedYears: doc.assumedYears,
    pause: pause ? { reason: pause.reason, since: pause.from } : null,
    rating: doc.rating,
    external: doc.external,
    reopenUntil: doc.reopened ? null : reopenUntilOf(doc),
    timeline: doc.timeline.map((e) => {
      const shown = !e.held || mayReadHeld(caller, doc, e.by);
      return { at: e.at, action: e.action, status: e.status, byName: e.byName, note: shown ? e.note : null, held: e.held === true, photos: view(e.photos ?? []) };
    }),
    can,
    transferTargets: can.includes('transfer') ? await transferTargets(deps, doc) : [],
    viewer: doc.residentId === caller.openid ? 'resident' : 'staff',
    updatedAt: doc.updatedAt,
  };
}
