import { FILE_URL_TTL_MS, type Files, type StoredFile } from './files';
import type { CloudAdapter } from './platform';

/** The part of wx-server-sdk this adapter calls, typed structurally. */
export interface CloudStorageApi {
  getTempFileURL(params: { fileList: Array<{ fileID: string; maxAge: number }> }): unknown;
  downloadFile(params: { fileID: string }): unknown;
  uploadFile(params: { cloudPath: string; fileContent: Buffer }): unknown;
}

type TempAnswer = { fileList?: Array<{ fileID?: string; tempFileURL?: string; status?: number }> };
const CLOUD_ID = /^cloud:\/\/[^/]+\/(.+)$/;

/**
 * CloudBase storage. A file id is `cloud://<env>.<bucket>/<path>`; the client uploads photos itself
 * (wx.cloud.uploadFile), and the storage rules (written with the ship issue) let a user write only under
 * `requests/<their openid>/`. Readers get temporary URLs (getTempFileURL, ten minutes).
 */
export class CloudFiles implements Files {
  constructor(private readonly cloud: CloudStorageApi) {}

  pathOf(fileId: string): string | null {
    return CLOUD_ID.exec(fileId)?.[1] ?? null;
  }

  async read(fileId: string): Promise<StoredFile | null> {
    const path = this.pathOf(fileId);
    if (!path) return null;
    try {
      const answer = (await this.cloud.downloadFile({ fileID: fileId })) as { fileContent?: Buffer } | undefined;
      return answer?.fileContent ? { path, bytes: answer.fileContent } : null;
    } catch {
      // A missing file is an error from the SDK: to the caller it is simply not there.
      return null;
    }
  }

  async tempUrls(fileIds: readonly string[]): Promise<Record<string, string>> {
    const ours = fileIds.filter((id) => this.pathOf(id));
    if (ours.length === 0) return {};
    const answer = (await this.cloud.getTempFileURL({ fileList: ours.map((fileID) => ({ fileID, maxAge: FILE_URL_TTL_MS / 1000 })) })) as TempAnswer | undefined;
    const urls: Record<string, string> = {};
    for (const f of answer?.fileList ?? []) if (f.fileID && f.tempFileURL && (f.status ?? 0) === 0) urls[f.fileID] = f.tempFileURL;
    return urls;
  }

  async write(path: string, bytes: Buffer): Promise<string> {
    const answer = (await this.cloud.uploadFile({ cloudPath: path, fileContent: bytes })) as { fileID?: string } | undefined;
    if (!answer?.fileID) throw new Error(`upload of ${path} returned no file id`);
    return answer.fileID;
  }
}

/** The files port in CloudBase: storage calls of the SDK, no open API. */
export const filesAdapter: CloudAdapter<Files, CloudStorageApi> = {
  openapi: [],
  create: (cloud) => new CloudFiles(cloud),
};
