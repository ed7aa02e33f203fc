import { RISKY_MESSAGE } from '../platform/content-check';
import { MAX_PHOTO_BYTES, PHOTO_EXTENSIONS, sniffImage, uploaderOf } from '../platform/files';
import { RISKY_PHOTO_MESSAGE } from '../platform/media-check';
import type { ActionContext } from '../kernel/context';
import { DomainError, invalid } from '../kernel/domain-error';
import type { Photo } from './timeline';

/**
 * User text and photos pass the content-security ports before they are stored: `risky` is refused with a clear
 * message and nothing is written; `review` is stored but held (shown to its author and the accountable person
 * only) until a community admin clears it; `pass` is stored as it is.
 */
export async function checkText(ctx: ActionContext, content: string, field: string): Promise<{ held: boolean }> {
  const { verdict } = await ctx.platform.contentCheck.text({ openid: ctx.caller.openid, scene: 'forum', content });
  if (verdict === 'risky') throw new DomainError('CONTENT_REJECTED', RISKY_MESSAGE, { [field]: RISKY_MESSAGE });
  return { held: verdict === 'review' };
}

/**
 * The caller's own uploads only (their folder, `requests/<openid>/`), of our image types and size, each one checked:
 * a photo someone else uploaded, a missing file or a file that is not the image it claims is refused.
 */
export async function checkPhotos(ctx: ActionContext, fileIds: readonly string[], field = 'photos'): Promise<Photo[]> {
  if (new Set(fileIds).size !== fileIds.length) throw invalid('同一张照片只能上传一次', { [field]: '照片重复' });
  const photos: Photo[] = [];
  for (const [i, fileId] of fileIds.entries()) {
    const path = ctx.platform.files.pathOf(fileId);
    const ext = path?.slice(path.lastIndexOf('.') + 1) ?? '';
    if (!path || uploaderOf(path) !== ctx.caller.openid || !PHOTO_EXTENSIONS.includes(ext)) throw invalid('照片无效，请重新上传', { [`${field}.${i}`]: '照片无效' });
    const file = await ctx.platform.files.read(fileId);
    if (!file) throw invalid('照片未上传成功，请重新上传', { [`${field}.${i}`]: '照片不存在' });
    if (file.bytes.length > MAX_PHOTO_BYTES || !sniffImage(file.bytes)) throw invalid('照片格式不正确或超过2MB，请重新上传', { [`${field}.${i}`]: '照片格式不正确' });
    const check = await ctx.platform.mediaCheck.image({ openid: ctx.caller.openid, fileId });
    if (check.verdict === 'risky') throw new DomainError('CONTENT_REJECTED', RISKY_PHOTO_MESSAGE, { [`${field}.${i}`]: RISKY_PHOTO_MESSAGE });
    photos.push({ fileId, verdict: check.verdict, by: ctx.caller.openid, ...(check.traceId ? { traceId: check.traceId } : {}) });
  }
  return photos;
}
