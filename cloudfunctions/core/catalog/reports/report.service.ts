import { quotableParts } from '../../../../types/catalog-display';
import { RESIDENT_KINDS, WORKER_VIEW_ROLES } from '../../../../types/catalog-names';
import type { MistakeReport } from '../../../../types/functions/catalog-admin';
import { shanghai } from '../../../../types/time';
import { hasAnyRole } from '../../kernel/authorize';
import { recordAudit } from '../../audit/audit';
import type { ActionContext } from '../../kernel/context';
import { DomainError, forbidden, invalid, notFound } from '../../kernel/domain-error';
import { newId } from '../../kernel/ids';
import { requireAdministered } from '../../access/scope';
import { loadCommunityCatalog } from '../community-catalog';
import { getReport, insertReport, markResolved, reportsOf, takeReportQuota, type ReportDoc } from './report.repository';

/**
 * 纠错: anyone signed in to a community reports a mistake in one of its items, quoting the part they question.
 * The report, the daily quota and the audit entry are written in one transaction.
 */
export async function reportMistake(ctx: ActionContext, input: { code: string; quote: string; problem: string }): Promise<{ id: string; createdAt: number }> {
  const communityId = ctx.caller.user?.communityId;
  if (!communityId) throw forbidden('请先选择所在社区，再反馈事项内容的问题');
  const { visible } = await loadCommunityCatalog(ctx.store, communityId);
  const entry = visible.find((e) => e.item.code === input.code);
  if (!entry || (!RESIDENT_KINDS.includes(entry.item.kind) && !hasAnyRole(ctx.caller, WORKER_VIEW_ROLES))) throw notFound('该服务事项');
  // Only text the item shows: the admin then reads exactly what was questioned (a stale copy on the phone fails here).
  if (!quotableParts(entry.item).some((p) => p.text === input.quote)) {
    throw invalid('所选内容与该事项当前内容不一致，请刷新事项后重新选择', { quote: '请从事项内容中选择有误的一项' });
  }
  const now = ctx.clock.now();
  const report: ReportDoc = {
    _id: newId('rp', now),
    communityId,
    code: entry.item.code,
    title: entry.item.title,
    quote: input.quote,
    problem: input.problem,
    reporter: ctx.caller.openid,
    reporterName: ctx.caller.user?.name ?? '居民',
    createdAt: now,
    status: 'open',
    resolution: null,
    resolvedAt: null,
    resolvedBy: null,
    resolvedByName: null,
  };
  await ctx.store.transaction(async (tx) => {
    await takeReportQuota(tx, ctx.caller.openid, shanghai(now).format('YYYY-MM-DD'));
    await insertReport(tx, report);
    await recordAudit(tx, now, ctx.caller, {
      unitId: communityId,
      action: 'catalog.reportMistake',
      target: report.code,
      changes: [
        { field: 'quote', before: null, after: report.quote },
        { field: 'problem', before: null, after: report.problem },
      ],
    });
  });
  return { id: report._id, createdAt: now };
}

function toRow(doc: ReportDoc): MistakeReport {
  const { _id, communityId: _c, reporter: _r, resolvedBy: _b, ...row } = doc;
  return { id: _id, ...row };
}

/** The community's reports for its admin: open ones first, newest first within each. */
export async function reportsForAdmin(ctx: ActionContext, input: { communityId: string; status?: ReportDoc['status'] | undefined }): Promise<{ reports: MistakeReport[] }> {
  await requireAdministered(ctx.store, ctx.caller, input.communityId);
  const docs = await reportsOf(ctx.store, input.communityId, input.status);
  const open = docs.filter((d) => d.status === 'open');
  return { reports: [...open, ...docs.filter((d) => d.status !== 'open')].map(toRow) };
}

/** Closes a report with what was done, audited with it; a report already closed is a CONFLICT. */
export async function resolveReport(ctx: ActionContext, input: { communityId: string; id: string; note: string }): Promise<{ id: string; status: 'resolved' }> {
  await requireAdministered(ctx.store, ctx.caller, input.communityId);
  const now = ctx.clock.now();
  await ctx.store.transaction(async (tx) => {
    const report = await getReport(tx, input.id);
    if (!report || report.communityId !== input.communityId) throw notFound('该纠错记录');
    if (report.status !== 'open') throw new DomainError('CONFLICT', '该纠错已由他人处理，请刷新后查看');
    await markResolved(tx, report._id, { resolution: input.note, resolvedAt: now, resolvedBy: ctx.caller.openid, resolvedByName: ctx.caller.user?.name ?? ctx.caller.openid });
    await recordAudit(tx, now, ctx.caller, {
      unitId: input.communityId,
      action: 'catalog.resolveReport',
      target: report.code,
      changes: [
        { field: 'status', before: '待处理', after: '已处理' },
        { field: 'resolution', before: null, after: input.note },
      ],
    });
  });
  return { id: input.id, status: 'resolved' };
}
