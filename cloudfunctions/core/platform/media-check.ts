import type { Verdict } from './content-check';

/**
 * The media-security port: a photo is checked before anyone but its author and the person accountable sees it. In
 * production it is WeChat's security.mediaCheckAsync, which answers later by message push: the photo stays under
 * review (a community admin can clear it) until the answer arrives. The local host decides at once.
 */
export interface MediaCheckRequest {
  openid: string;
  fileId: string;
}

export interface MediaCheckResult {
  verdict: Verdict;
  /** WeChat's trace id of an asynchronous check, matched when its answer is pushed. */
  traceId?: string;
}

export interface MediaCheck {
  image(check: MediaCheckRequest): Promise<MediaCheckResult>;
}

/** The Chinese message for a refused photo. */
export const RISKY_PHOTO_MESSAGE = '照片含有不适宜发布的内容，请更换后再提交';
