import { DomainError } from '../../kernel/domain-error';
import { countUp } from '../../store/count-up';
import type { Filter, Store, TxOps } from '../../store/port';

/** 纠错 reports: one document per report, read per community by its admins. */
export const REPORTS = 'catalog_reports';

export interface ReportDoc {
  _id: string;
  communityId: string;
  code: string;
  /** The item's title when reported, so the list reads well after a rename or removal. */
  title: string;
  quote: string;
  problem: string;
  reporter: string;
  reporterName: string;
  createdAt: number;
  status: 'open' | 'resolved';
  resolution: string | null;
  resolvedAt: number | null;
  resolvedBy: string | null;
  resolvedByName: string | null;
}

/**
 * How many reports one person may send in a Shanghai day: enough for a careful reader going through several
 * items, and a stop for a stuck client or a flood that would bury the admin's list.
 */
export const DAILY_REPORT_LIMIT = 5;

/** Counts one report inside the reporting transaction; over the limit it throws, rolling the count back. */
export async function takeReportQuota(tx: TxOps, openid: string, day: string): Promise<void> {
  if ((await countUp(tx, 'counters', `report-quota:${openid}:${day}`, { openid })) > DAILY_REPORT_LIMIT) {
    throw new DomainError('RATE_LIMITED', `今天已提交${DAILY_REPORT_LIMIT}条纠错，感谢您的细心，请明天再继续`);
  }
}

export async function insertReport(tx: TxOps, report: ReportDoc): Promise<void> {
  await tx.insert(REPORTS, report);
}

export async function getReport(tx: TxOps, id: string): Promise<ReportDoc | null> {
  return tx.get(REPORTS, id);
}

export async function markResolved(tx: TxOps, id: string, resolution: Pick<ReportDoc, 'resolution' | 'resolvedAt' | 'resolvedBy' | 'resolvedByName'>): Promise<void> {
  await tx.update(REPORTS, id, { set: { status: 'resolved', ...resolution } });
}

/** A community's reports, newest first (at most the 200 latest of each status). */
export async function reportsOf(store: Store, communityId: string, status?: ReportDoc['status']): Promise<ReportDoc[]> {
  const filter: Filter<ReportDoc> = status ? { communityId, status } : { communityId };
  return store.find(REPORTS, filter, { orderBy: [['createdAt', 'desc'], ['_id', 'desc']], limit: 200 });
}

declare module '../../store/collections' {
  interface CollectionDocs {
    catalog_reports: ReportDoc;
  }
}
