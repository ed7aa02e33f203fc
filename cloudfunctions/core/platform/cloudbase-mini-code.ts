import type { MiniCode } from './mini-code';
import type { CloudAdapter } from './platform';

/** The part of wx-server-sdk this adapter calls, typed structurally. */
export interface CloudWxacodeApi {
  openapi: {
    wxacode: {
      getUnlimited(params: { scene: string; page: string; checkPath: boolean; width: number }): unknown;
    };
  };
}

/**
 * wxacode.getUnlimited through 云调用 (config.json must list `wxacode.getUnlimited`): unlimited in number, so every
 * invitation has its own code. `checkPath: false` lets a code name a page of a version not yet released (trial).
 */
export class CloudMiniCode implements MiniCode {
  constructor(private readonly cloud: CloudWxacodeApi) {}

  async unlimited(page: string, scene: string): Promise<Buffer | null> {
    const answer = (await this.cloud.openapi.wxacode.getUnlimited({ scene, page: page.replace(/^\//, ''), checkPath: false, width: 430 })) as { buffer?: Buffer } | undefined;
    if (!answer?.buffer) throw new Error('wxacode.getUnlimited returned no image');
    return answer.buffer;
  }
}

/** Mini-program codes in CloudBase: one open API. */
export const miniCodeAdapter: CloudAdapter<MiniCode, CloudWxacodeApi> = {
  openapi: ['wxacode.getUnlimited'],
  create: (cloud) => new CloudMiniCode(cloud),
};
