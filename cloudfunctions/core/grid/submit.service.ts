import type { RequestDetail } from '../../../types/functions/grid';
import type { GeoPoint } from '../../../types/org';
import { todayText } from '../../../types/date-windows';
import { checkAnswers, type Answers } from '../../../types/request-form';
import { shanghai } from '../../../types/time';
import { loadCommunityCatalog } from '../catalog/community-catalog';
import { recordDemand } from '../catalog/demand';
import { enqueue } from '../notify/outbox';
import { residentUnits, routeRequest } from '../routing/route';
import type { ActionContext } from '../kernel/context';
import { DomainError, forbidden, invalid, notFound } from '../kernel/domain-error';
import { nextRequestNo, REQUESTS, requestId, sortKeyOf, type RequestDoc } from './request.repository';
import { withRegisteredPhone } from './registered-phone';
import { toDetail } from './request-view';
import { takeSubmitQuota } from './submit-quota';

export interface SubmitInput {
  code: string;
  answers: Answers;
  contactPhone?: string | undefined;
  idempotencyKey: string;
  location?: GeoPoint | undefined;
}

/**
 * A resident asks for an online item of their community's catalog. The answers are checked against the item's
 * own fields; the request, its number, the item's demand count and the resident's `request_received` message are
 * written in one transaction. The same idempotency key returns the request it already made; a resident's daily
 * quota (submit-quota.ts) is counted in that same transaction.
 */
export async function submitRequest(ctx: ActionContext, input: SubmitInput): Promise<{ request: RequestDetail; created: boolean }> {
  const user = ctx.caller.user;
  const communityId = user?.communityId;
  if (!user || !communityId) throw forbidden('请先扫描社区二维码或选择所在社区，再提交申请');
  const { visible } = await loadCommunityCatalog(ctx.store, communityId);
  const item = visible.find((e) => e.item.code === input.code)?.item;
  if (!item) throw notFound('该服务事项');
  if (!item.online) throw invalid('该事项暂不支持网上申请，请到窗口办理', { code: '该事项暂不支持网上申请' });
  if (item.handledBy === 'legal-aid') throw invalid('法律咨询请在“法律援助”中预约志愿律师或提交快速咨询，不作为网格诉求受理', { code: '请通过法律援助预约咨询' });

  const checked = checkAnswers(item.form, withRegisteredPhone(item.form, input.answers, user.phone), todayText(ctx.clock.now()));
  if (!checked.ok) {
    const fields = Object.fromEntries(Object.entries(checked.fields).map(([k, m]) => [`answers.${k}`, m]));
    throw invalid(Object.values(checked.fields)[0] ?? '请检查填写的内容', fields);
  }

  const units = await residentUnits(ctx.store, { ...user, communityId });
  const community = units.get(communityId);
  if (!community) throw notFound('所在社区');
  const route = await routeRequest(ctx.store, community, { buildingId: user.buildingId, location: input.location }, units);
  const answeredPhone = typeof checked.answers.phone === 'string' ? checked.answers.phone : undefined;
  const now = ctx.clock.now();
  const id = requestId(ctx.caller.openid, input.idempotencyKey);

  const outcome = await ctx.store.transaction(async (tx) => {
    const existing = await tx.get(REQUESTS, id);
    if (existing) {
      if (existing.code !== item.code) throw new DomainError('CONFLICT', '提交标识已用于另一项申请，请刷新后重试');
      return { doc: existing, created: false };
    }
    const day = shanghai(now).format('YYYYMMDD');
    await takeSubmitQuota(tx, ctx.caller.openid, day);
    const doc: RequestDoc = {
      _id: id,
      no: await nextRequestNo(tx, day),
      code: item.code,
      title: item.title,
      form: item.form.map((f) => ({ key: f.key, label: f.label })),
      answers: checked.answers,
      contactPhone: input.contactPhone ?? answeredPhone ?? user.phone ?? null,
      residentId: ctx.caller.openid,
      residentName: user.name,
      communityId,
      communityName: community.name,
      gridId: route.gridId,
      gridName: route.gridName,
      routedBy: route.routedBy,
      buildingId: route.buildingId,
      buildingName: route.buildingName,
      location: route.location,
      status: 'submitted',
      history: [{ at: now, status: 'submitted', by: ctx.caller.openid, note: route.gridName ? `已提交，由${route.gridName}受理` : '已提交，等待社区分派' }],
      createdAt: now,
      updatedAt: now,
      sortKey: sortKeyOf(now, id),
    };
    await tx.insert(REQUESTS, doc);
    await recordDemand(tx, doc.communityId, doc.code, now);
    await enqueue(tx, now, {
      event: `request:${id}:received`,
      recipient: ctx.caller.openid,
      kind: 'request_received',
      title: `申请已提交：${doc.title}`,
      body: `编号${doc.no}，社区工作人员将尽快处理，请留意电话。`,
      link: `/pkg-service/detail/index?id=${id}`,
      fields: { code: doc.code, no: doc.no },
    });
    // Assigning the grid's worker and escalating up the tree when nobody acts (the grid-routing issue) start here,
    // in this transaction, from doc.gridId.
    return { doc, created: true };
  });
  return { request: toDetail(outcome.doc), created: outcome.created };
}
