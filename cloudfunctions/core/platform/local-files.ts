import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { FILE_URL_TTL_MS, MAX_PHOTO_BYTES, PHOTO_TYPES, photoFolderOf, sniffImage, type Files, type StoredFile } from './files';

const PREFIX = 'local:';
/** Paths as the local store keeps them: folders and names of letters, digits, _ and - only (no `..`). */
const SAFE_PATH = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*\.[a-z]{3,4}$/;

export type UploadOutcome = { ok: true; fileId: string } | { ok: false; status: number; message: string };

/**
 * The local host's cloud storage: files under `<DATA_DIR>/uploads`, ids `local:<path>`, and URLs signed with the
 * host's secret that open a file for ten minutes (the host serves them at `/files/<path>`), as CloudBase's temporary
 * URLs do. The clock of the URLs is the system's: they are checked by the host against real time.
 */
export class LocalFiles implements Files {
  constructor(
    private readonly root: string,
    private readonly secret: string,
  ) {}

  pathOf(fileId: string): string | null {
    if (!fileId.startsWith(PREFIX)) return null;
    const path = fileId.slice(PREFIX.length);
    return SAFE_PATH.test(path) ? path : null;
  }

  async read(fileId: string): Promise<StoredFile | null> {
    const path = this.pathOf(fileId);
    if (!path) return null;
    const bytes = await readFile(this.fileOf(path)).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    });
    return bytes ? { path, bytes } : null;
  }

  async tempUrls(fileIds: readonly string[]): Promise<Record<string, string>> {
    const expires = Date.now() + FILE_URL_TTL_MS;
    const urls: Record<string, string> = {};
    for (const id of fileIds) {
      const path = this.pathOf(id);
      if (path) urls[id] = `/files/${path}?e=${expires}&s=${this.sign(path, expires)}`;
    }
    return urls;
  }

  async write(path: string, bytes: Buffer): Promise<string> {
    if (!SAFE_PATH.test(path)) throw new Error(`unsafe file path: ${path}`);
    const file = this.fileOf(path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, bytes);
    return `${PREFIX}${path}`;
  }

  /**
   * What `wx.cloud.uploadFile` does for a photo in WeChat: stores it under the uploader's own folder with a random
   * name. Only images of our types, as their bytes say, of at most MAX_PHOTO_BYTES.
   */
  async saveUpload(openid: string, declaredType: string, bytes: Buffer): Promise<UploadOutcome> {
    const type = declaredType.split(';')[0]!.trim().toLowerCase();
    if (!(type in PHOTO_TYPES)) return { ok: false, status: 415, message: '只能上传 JPG、PNG 或 WebP 格式的照片' };
    if (bytes.length === 0) return { ok: false, status: 400, message: '照片内容为空' };
    if (bytes.length > MAX_PHOTO_BYTES) return { ok: false, status: 413, message: '照片不能超过2MB' };
    if (sniffImage(bytes) !== type) return { ok: false, status: 415, message: '照片格式与文件内容不符' };
    const ext = PHOTO_TYPES[type as keyof typeof PHOTO_TYPES];
    return { ok: true, fileId: await this.write(`${photoFolderOf(openid)}${randomBytes(12).toString('hex')}.${ext}`, bytes) };
  }

  /** The file a signed URL opens, or null when the URL is forged, altered or expired. */
  async openSigned(path: string, expires: number, signature: string, now = Date.now()): Promise<StoredFile | null> {
    if (!SAFE_PATH.test(path) || !Number.isFinite(expires) || expires < now) return null;
    const expected = Buffer.from(this.sign(path, expires));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    return this.read(`${PREFIX}${path}`);
  }

  private sign(path: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${path}\n${expires}`).digest('base64url');
  }

  private fileOf(path: string): string {
    return join(this.root, normalize(path));
  }
}
