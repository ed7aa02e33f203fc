import type { RequestDetail, RequestSummary } from '../../../types/request';
import type { ActionContext } from '../kernel/context';
import { notFound } from '../kernel/domain-error';
import { mayRead } from './holders';
import { getRequest, requestsOf, type RequestDoc } from './request.repository';
import { toDetail, toSummary } from './request-view';

const PAGE = 20;

/** The caller's own requests, newest first. */
export async function myRequests(ctx: ActionContext, input: { cursor?: string | undefined; limit?: number | undefined }): Promise<{ items: RequestSummary[]; nextCursor: string | null }> {
  const limit = input.limit ?? PAGE;
  const docs = await requestsOf(ctx.store, ctx.caller.openid, input.cursor, limit + 1);
  const page = docs.slice(0, limit);
  const now = ctx.clock.now();
  return { items: page.map((d) => toSummary(d, now)), nextCursor: docs.length > limit ? page[page.length - 1]!.sortKey : null };
}

/** A request the caller may read; to anyone else it does not exist, so ids reveal nothing. */
export async function readable(ctx: ActionContext, id: string): Promise<RequestDoc> {
  const doc = await getRequest(ctx.store, id);
  if (!doc || !mayRead(ctx.caller, doc)) throw notFound('该诉求');
  return doc;
}

export async function requestDetail(ctx: ActionContext, id: string): Promise<RequestDetail> {
  return toDetail(ctx, ctx.caller, await readable(ctx, id));
}
