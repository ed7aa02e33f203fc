import { ERASED_NAME, type HoldsPeople } from '../store/personal-data';
import { REQUESTS, type RequestDoc } from './request.repository';

/**
 * A request stays for the grid's and the catalog's figures (its item, community, grid, status and times); who asked,
 * how to reach them and what they wrote go.
 */
const service_requests: HoldsPeople<RequestDoc> = {
  holds: 'people',
  label: '办事申请',
  fields: ['residentId', 'residentName', 'contactPhone', 'answers', 'location', 'history.by'],
  find: (store, openid) => store.find(REQUESTS, { residentId: openid }, { limit: 500 }),
  export: (r) => ({ no: r.no, code: r.code, title: r.title, answers: r.answers, contactPhone: r.contactPhone, community: r.communityName, grid: r.gridName, status: r.status, createdAt: r.createdAt, history: r.history.map((h) => ({ at: h.at, status: h.status, note: h.note })) }),
  erase: (r, { openid, alias }) => ({
    kind: 'update',
    update: { set: { residentId: alias, residentName: ERASED_NAME, contactPhone: null, answers: {}, location: null, history: r.history.map((h) => (h.by === openid ? { ...h, by: alias } : h)) } },
  }),
};

export const GRID_PERSONAL_DATA = { service_requests } as const;
