import type { MINIPROGRAM_STATES } from './notify-config';

/** A filled template: keyword (thing1, time2, …) → value, as subscribeMessage.send takes `data`. */
export type TemplateData = Record<string, { value: string }>;

/** One WeChat subscribe message, as `subscribeMessage.send` takes it, plus the outbox id for logs. */
export interface SubscribeMessage {
  /** The outbox message id: the idempotency key, for logs and tests (WeChat has no such parameter). */
  id: string;
  touser: string;
  templateId: string;
  /** Page the card opens, without a leading slash, e.g. `pages/item/index?code=MS-01`. */
  page?: string;
  data: TemplateData;
  miniprogramState: (typeof MINIPROGRAM_STATES)[number];
}

/**
 * How a send ended. `refused`: the user has no subscription left for this template (WeChat 43101), so our credit
 * count was wrong; `permanent`: resending the same message cannot succeed (bad template, page or data);
 * `transient`: try again later (system busy, rate limit, network).
 */
export type SendResult = { ok: true } | { ok: false; kind: 'refused' | 'permanent' | 'transient'; code?: number; message: string };

/** The port the subscribe channel sends through: CloudBase's openapi in production, a log file locally. */
export interface SubscribeSender {
  send(message: SubscribeMessage): Promise<SendResult>;
}

/** WeChat errcodes that no retry can fix; anything else (-1 busy, 45009 quota, 43108 concurrency, network) is retried. */
const PERMANENT: Record<number, string> = {
  40003: 'openid 无效',
  40037: '模板 id 无效',
  41030: '跳转页面不存在或小程序未发布',
  43107: '订阅消息能力或该模板已被封禁',
  45168: '内容含敏感词',
  47003: '模板参数不符合要求',
};
const REFUSED = 43101;

/** Classifies a WeChat errcode (as `errCode` on wx-server-sdk's errors or `errcode` in HTTP answers). */
export function classifyWxError(code: number | undefined, message: string): SendResult {
  if (code === REFUSED) return { ok: false, kind: 'refused', code, message: `用户未订阅或已拒收（${code}）` };
  if (code !== undefined && PERMANENT[code]) return { ok: false, kind: 'permanent', code, message: `${PERMANENT[code]}（${code}）：${message}` };
  return { ok: false, kind: 'transient', ...(code !== undefined ? { code } : {}), message };
}
