/**
 * The files port: photos residents and workers attach, and images the server makes (an invitation's mini-program
 * code). In WeChat the client uploads a photo itself with `wx.cloud.uploadFile` (a callFunction payload is far too
 * small for photos) to `requests/<openid>/<random>.<ext>`: CloudBase's storage rules let a user write only under
 * their own openid, so a path names its uploader. The request stores the file ids; readers get short-lived URLs,
 * and only when they may read the request. Locally the host stands in with an upload endpoint and DATA_DIR/uploads.
 */

/** The image types we accept, by MIME type, with the extension a file of that type is stored under. */
export const PHOTO_TYPES = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;
export type PhotoType = keyof typeof PHOTO_TYPES;
export const PHOTO_EXTENSIONS: readonly string[] = Object.values(PHOTO_TYPES);
/** The most a photo may weigh (the client compresses before uploading). */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
/** How long a URL handed to a reader works. */
export const FILE_URL_TTL_MS = 10 * 60_000;

/** The folder a user's request photos go to; CloudBase's storage rules key on it. */
export const photoFolderOf = (openid: string) => `requests/${openid}/`;

const PHOTO_PATH = /^requests\/([A-Za-z0-9_-]{1,64})\/[A-Za-z0-9_-]{8,64}\.(jpg|png|webp)$/;

/** The uploader of a photo path (`requests/<openid>/<name>.<ext>`), or null for any other path. */
export function uploaderOf(path: string): string | null {
  return PHOTO_PATH.exec(path)?.[1] ?? null;
}

/** The type an image's first bytes say it is, whatever its name claims. */
export function sniffImage(bytes: Uint8Array): PhotoType | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  const riff = String.fromCharCode(...bytes.subarray(0, 4));
  const webp = String.fromCharCode(...bytes.subarray(8, 12));
  return riff === 'RIFF' && webp === 'WEBP' ? 'image/webp' : null;
}

export interface StoredFile {
  /** Where it lives in storage, e.g. `requests/<openid>/<name>.jpg`. */
  path: string;
  bytes: Buffer;
}

export interface Files {
  /** The storage path of one of our file ids, or null for an id that is not ours. */
  pathOf(fileId: string): string | null;
  /** The file's content, or null when it does not exist. */
  read(fileId: string): Promise<StoredFile | null>;
  /** URLs that open each file for FILE_URL_TTL_MS (ids that do not resolve are left out). */
  tempUrls(fileIds: readonly string[]): Promise<Record<string, string>>;
  /** Writes a file the server made; returns its id. */
  write(path: string, bytes: Buffer): Promise<string>;
}
