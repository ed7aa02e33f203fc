import type { CloudAdapter } from './platform';
import { SCENE_CODE, type CheckResult, type ContentCheck, type TextCheck, type Verdict } from './content-check';

/** The part of wx-server-sdk this adapter calls, typed structurally. */
export interface CloudSecurityApi {
  openapi: {
    security: {
      msgSecCheck(params: { openid: string; scene: number; version: number; content: string }): unknown;
    };
  };
}

type Answer = { errCode?: number; errcode?: number; result?: { suggest?: string; label?: number | string } };
const VERDICTS: readonly Verdict[] = ['pass', 'review', 'risky'];

/**
 * WeChat's text check through CloudBase's 云调用 (config.json must list `security.msgSecCheck`). An answer we cannot
 * read, or a failed call, holds the text for review rather than passing it: a person can clear it, whereas a text
 * passed by mistake is already public.
 */
export class CloudContentCheck implements ContentCheck {
  constructor(private readonly cloud: CloudSecurityApi) {}

  async text(check: TextCheck): Promise<CheckResult> {
    try {
      const answer = (await this.cloud.openapi.security.msgSecCheck({ openid: check.openid, scene: SCENE_CODE[check.scene], version: 2, content: check.content })) as Answer | undefined;
      const suggest = answer?.result?.suggest as Verdict | undefined;
      if (suggest && VERDICTS.includes(suggest)) return { verdict: suggest, ...(answer?.result?.label !== undefined ? { label: String(answer.result.label) } : {}) };
      return { verdict: 'review', label: 'unreadable-answer' };
    } catch (err) {
      const code = (err as Answer).errCode ?? (err as Answer).errcode;
      return { verdict: 'review', label: `check-failed${code !== undefined ? `:${code}` : ''}` };
    }
  }
}

/** The content-security port in CloudBase: one open API. */
export const contentCheckAdapter: CloudAdapter<ContentCheck, CloudSecurityApi> = {
  openapi: ['security.msgSecCheck'],
  create: (cloud) => new CloudContentCheck(cloud),
};
