import type { RequestDetail } from '../../../types/request';
import type { GeoPoint } from '../../../types/org';
import { todayText } from '../../../types/date-windows';
import { parseLimitText } from '../../../types/catalog-names';
import { LEGAL_AID_HINT } from '../../../types/request-names';
import { checkAnswers, type Answers } from '../../../types/request-form';
import { loadCommunityCatalog } from '../catalog/community-catalog';
import { recordDemand } from '../catalog/demand';
import type { ActionContext } from '../kernel/context';
import { invalid, notFound } from '../kernel/domain-error';
import { callerCommunity, createRequest } from './create.service';
import { withRegisteredPhone } from './registered-phone';

export interface SubmitInput {
  code: string;
  answers: Answers;
  contactPhone?: string | undefined;
  idempotencyKey: string;
  location?: GeoPoint | undefined;
}

/**
 * A resident asks for an online item of their community's catalog. The answers are checked against the item's
 * own fields; the request runs on the item's community time limit (本社区承诺) where one is set. A legal question
 * is not a grid request: legal aid answers it, and its text never reaches a grid inbox.
 */
export async function submitRequest(ctx: ActionContext, input: SubmitInput): Promise<{ request: RequestDetail; created: boolean }> {
  const home = await callerCommunity(ctx);
  const { community } = home;
  const { visible } = await loadCommunityCatalog(ctx.store, community.id);
  const item = visible.find((e) => e.item.code === input.code)?.item;
  if (!item) throw notFound('该服务事项');
  if (!item.online) throw invalid('该事项暂不支持网上申请，请到窗口办理', { code: '该事项暂不支持网上申请' });
  if (item.handledBy === 'legal-aid') throw invalid(LEGAL_AID_HINT, { code: '请通过法律援助预约咨询' });

  const checked = checkAnswers(item.form, withRegisteredPhone(item.form, input.answers, ctx.caller.user?.phone), todayText(ctx.clock.now()));
  if (!checked.ok) {
    const fields = Object.fromEntries(Object.entries(checked.fields).map(([k, m]) => [`answers.${k}`, m]));
    throw invalid(Object.values(checked.fields)[0] ?? '请检查填写的内容', fields);
  }
  const answeredPhone = typeof checked.answers.phone === 'string' ? checked.answers.phone : undefined;
  return createRequest(ctx, home, {
    kind: 'item',
    source: item.code,
    code: item.code,
    title: item.title,
    form: item.form.map((f) => ({ key: f.key, label: f.label })),
    answers: checked.answers,
    description: null,
    descriptionHeld: false,
    photos: [],
    contactPhone: input.contactPhone ?? answeredPhone ?? ctx.caller.user?.phone ?? null,
    urgency: 'normal',
    itemLimit: item.promisedLimit ? parseLimitText(item.promisedLimit) : null,
    idempotencyKey: input.idempotencyKey,
    location: input.location,
    alsoInTx: (tx, doc) => recordDemand(tx, doc.communityId, doc.code, doc.createdAt),
  });
}
