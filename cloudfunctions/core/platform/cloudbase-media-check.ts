import { CloudFiles, type CloudStorageApi } from './cloudbase-files';
import type { Files } from './files';
import type { CloudAdapter } from './platform';
import type { MediaCheck, MediaCheckRequest, MediaCheckResult } from './media-check';

/** The part of wx-server-sdk this adapter calls, typed structurally. */
export interface CloudMediaApi {
  openapi: {
    security: {
      mediaCheckAsync(params: { mediaUrl: string; mediaType: number; version: number; openid: string; scene: number }): unknown;
    };
  };
}

/** WeChat's media types and the scene we check in (3: 论坛, the nearest to a public report). */
const IMAGE = 2;
const SCENE = 3;

/**
 * WeChat's asynchronous media check through 云调用 (config.json must list `security.mediaCheckAsync`). The answer
 * arrives later by message push (event `wxa_media_check`, matched by trace id), so every photo is held for review
 * here; until the push clears it, a community admin may clear it by hand. A failed call holds it too.
 */
export class CloudMediaCheck implements MediaCheck {
  constructor(
    private readonly cloud: CloudMediaApi,
    private readonly files: Files,
  ) {}

  async image(check: MediaCheckRequest): Promise<MediaCheckResult> {
    try {
      const url = (await this.files.tempUrls([check.fileId]))[check.fileId];
      if (!url) return { verdict: 'review' };
      const answer = (await this.cloud.openapi.security.mediaCheckAsync({ mediaUrl: url, mediaType: IMAGE, version: 2, openid: check.openid, scene: SCENE })) as { traceId?: string } | undefined;
      return answer?.traceId ? { verdict: 'review', traceId: answer.traceId } : { verdict: 'review' };
    } catch {
      return { verdict: 'review' };
    }
  }
}

/** The media check in CloudBase: one open API, and storage for the photo's temporary URL it hands WeChat. */
export const mediaCheckAdapter: CloudAdapter<MediaCheck, CloudMediaApi & CloudStorageApi> = {
  openapi: ['security.mediaCheckAsync'],
  create: (cloud) => new CloudMediaCheck(cloud, new CloudFiles(cloud)),
};
