import type { CloudAdapter } from './platform';
import { classifyWxError, type SendResult, type SubscribeMessage, type SubscribeSender } from './subscribe-sender';

/** The part of wx-server-sdk this adapter calls, typed structurally: the core never imports the SDK. */
export interface CloudOpenApi {
  openapi: {
    subscribeMessage: {
      send(params: { touser: string; templateId: string; page?: string; data: SubscribeMessage['data']; miniprogramState: string; lang?: string }): unknown;
    };
  };
}

type WxAnswer = { errCode?: unknown; errcode?: unknown; errMsg?: unknown; errmsg?: unknown; message?: unknown };

function codeOf(value: WxAnswer | null | undefined): number | undefined {
  const code = value?.errCode ?? value?.errcode;
  return typeof code === 'number' ? code : typeof code === 'string' && /^-?\d+$/.test(code) ? Number(code) : undefined;
}
function textOf(value: WxAnswer | null | undefined): string {
  const text = value?.errMsg ?? value?.errmsg ?? value?.message;
  return typeof text === 'string' ? text : String(value);
}

/**
 * Sends through CloudBase's 云调用 (`cloud.openapi.subscribeMessage.send`): no access_token to manage, but the
 * function's config.json must list `subscribeMessage.send` under permissions.openapi. wx-server-sdk rejects with
 * an Error carrying `errCode` on a WeChat error; an answer with a non-zero errCode is treated the same way.
 */
export class CloudSubscribeSender implements SubscribeSender {
  constructor(private readonly cloud: CloudOpenApi) {}

  async send(message: SubscribeMessage): Promise<SendResult> {
    const { touser, templateId, page, data, miniprogramState } = message;
    try {
      const answer = (await this.cloud.openapi.subscribeMessage.send({ touser, templateId, ...(page ? { page } : {}), data, miniprogramState, lang: 'zh_CN' })) as WxAnswer | undefined;
      const code = codeOf(answer);
      return code === undefined || code === 0 ? { ok: true } : classifyWxError(code, textOf(answer));
    } catch (err) {
      const e = err as WxAnswer;
      return classifyWxError(codeOf(e), textOf(e));
    }
  }
}

/** The subscribe port in CloudBase: one open API. */
export const subscribeAdapter: CloudAdapter<SubscribeSender, CloudOpenApi> = {
  openapi: ['subscribeMessage.send'],
  create: (cloud) => new CloudSubscribeSender(cloud),
};
