import type { RequestDetail, RequestSummary } from '../../../types/functions/grid';
import type { ActionContext } from '../kernel/context';
import { notFound } from '../kernel/domain-error';
import { getRequest, requestsOf } from './request.repository';
import { toDetail, toSummary } from './request-view';

const PAGE = 20;

/** The caller's own requests, newest first. */
export async function myRequests(ctx: ActionContext, input: { cursor?: string | undefined; limit?: number | undefined }): Promise<{ items: RequestSummary[]; nextCursor: string | null }> {
  const limit = input.limit ?? PAGE;
  const docs = await requestsOf(ctx.store, ctx.caller.openid, input.cursor, limit + 1);
  const page = docs.slice(0, limit);
  return { items: page.map(toSummary), nextCursor: docs.length > limit ? page[page.length - 1]!.sortKey : null };
}

/** One of the caller's requests; someone else's reads as not found, so ids reveal nothing. */
export async function myRequest(ctx: ActionContext, id: string): Promise<RequestDetail> {
  const doc = await getRequest(ctx.store, id);
  if (!doc || doc.residentId !== ctx.caller.openid) throw notFound('该申请');
  return toDetail(doc);
}
