import { ERASED_NAME, ERASURE_PAGE, type HoldsPeople, nobody, union } from '../store/personal-data';
import { ADJUSTMENTS, type AdjustmentDoc } from './catalog.repository';
import { REPORTS, type ReportDoc } from './reports/report.repository';

/** An admin's changes stay (the audit trail names them by role), the account anonymised. */
const catalog_adjustments: HoldsPeople<AdjustmentDoc> = {
  holds: 'people',
  label: '服务事项调整',
  fields: ['updatedBy'],
  find: (store, openid) => store.find(ADJUSTMENTS, { updatedBy: openid }, ERASURE_PAGE),
  export: (a) => ({ communityId: a.communityId, code: a.code, updatedAt: a.updatedAt }),
  erase: (_a, { alias }) => ({ kind: 'update', update: { set: { updatedBy: alias } } }),
};

/** A 纠错 report stays for the item's sake; who sent it, and who closed it, are anonymised. */
const catalog_reports: HoldsPeople<ReportDoc> = {
  holds: 'people',
  label: '纠错反馈',
  fields: ['reporter', 'reporterName', 'resolvedBy', 'resolvedByName'],
  find: (store, openid) => union(store.find(REPORTS, { reporter: openid }, ERASURE_PAGE), store.find(REPORTS, { resolvedBy: openid }, ERASURE_PAGE)),
  export: (r, openid) =>
    r.reporter === openid
      ? { code: r.code, title: r.title, quote: r.quote, problem: r.problem, createdAt: r.createdAt, status: r.status, resolution: r.resolution }
      : { code: r.code, resolvedByYou: r.resolvedAt },
  erase: (r, { openid, alias }) => ({
    kind: 'update',
    update: { set: { ...(r.reporter === openid ? { reporter: alias, reporterName: ERASED_NAME } : {}), ...(r.resolvedBy === openid ? { resolvedBy: alias, resolvedByName: ERASED_NAME } : {}) } },
  }),
};

export const CATALOG_PERSONAL_DATA = {
  catalog_items: nobody('the city’s service items: content written by editors'),
  catalog_demand: nobody('request counts per community, item and week'),
  catalog_adjustments,
  catalog_reports,
} as const;
