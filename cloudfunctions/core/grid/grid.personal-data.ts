import { ERASED_NAME, ERASURE_PAGE, type HoldsPeople, nobody, union } from '../store/personal-data';
import type { Holder } from './holders';
import { REQUESTS, type RequestDoc } from './request.repository';

/** A holder who is the leaving person becomes the alias (the request still has someone accountable on paper). */
const aliasHolder = (h: Holder, openid: string, alias: string): Holder => (h.openid === openid ? { ...h, openid: alias, name: ERASED_NAME } : h);

/**
 * A request stays for the grid's and the catalog's figures (its item, community, grid, status, times and clocks);
 * the resident's name, number, words, photos and place go. A worker who leaves stays in the timeline as 已注销用户.
 */
const service_requests: HoldsPeople<RequestDoc> = {
  holds: 'people',
  label: '办事申请和问题上报',
  fields: ['residentId', 'residentName', 'contactPhone', 'answers', 'description', 'photos.by', 'location', 'holder.openid', 'sentBy.openid', 'timeline.by', 'timeline.holder.openid', 'timeline.photos.by'],
  find: (store, openid) => union(store.find(REQUESTS, { residentId: openid }, ERASURE_PAGE), store.find(REQUESTS, { 'holder.openid': openid }, ERASURE_PAGE)),
  export: (r, openid) =>
    r.residentId === openid
      ? { no: r.no, kind: r.kind, code: r.code, title: r.title, answers: r.answers, description: r.description, contactPhone: r.contactPhone, photos: r.photos.length, community: r.communityName, grid: r.gridName, status: r.status, createdAt: r.createdAt, rating: r.rating, timeline: r.timeline.map((e) => ({ at: e.at, action: e.action, status: e.status, byName: e.byName, note: e.note })) }
      : { no: r.no, title: r.title, status: r.status, heldByYou: r.holder.openid === openid, yourSteps: r.timeline.filter((e) => e.by === openid).map((e) => ({ at: e.at, action: e.action, note: e.note })) },
  erase: (r, { openid, alias }) => {
    const resident = r.residentId === openid;
    const timeline = r.timeline.map((e) => ({
      ...e,
      ...(e.by === openid ? { by: alias, byName: ERASED_NAME, ...(resident ? { note: '' } : {}) } : {}),
      holder: aliasHolder(e.holder, openid, alias),
      ...(e.photos ? { photos: resident ? e.photos.filter((p) => p.by !== openid) : e.photos.map((p) => (p.by === openid ? { ...p, by: alias } : p)) } : {}),
    }));
    const own = resident ? { residentId: alias, residentName: ERASED_NAME, contactPhone: null, answers: {}, description: null, photos: [], location: null, ...(r.rating ? { rating: { ...r.rating, comment: '' } } : {}) } : {};
    return {
      kind: 'update',
      update: { set: { ...own, holder: aliasHolder(r.holder, openid, alias), sentBy: r.sentBy ? aliasHolder(r.sentBy, openid, alias) : null, timeline } },
    };
  },
};

export const GRID_PERSONAL_DATA = {
  service_requests,
  request_week_stats: nobody('counts per grid and week: numbers only'),
  request_status_counts: nobody('counts per grid and status: numbers only'),
  request_effects: nobody("markers of a request step's applied effects: a request id, its rev and a time"),
  request_batches: nobody("a timer run's batch in flight: request ids, revs and a time"),
} as const;
