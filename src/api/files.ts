import Taro from '@tarojs/taro';
import { ApiError } from './api-error';
import { session } from './session';

const randomName = () => Array.from({ length: 24 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
const extensionOf = (path: string) => (/\.(png|webp)$/i.exec(path)?.[1] ?? 'jpg').toLowerCase();

/**
 * Uploads one photo the user picked and returns its file id, which the request then carries. WeChat: straight to
 * cloud storage under the user's own folder (`requests/<openid>/…`, the only folder its storage rules let them
 * write). Browser: the local host's upload endpoint, which does the same under DATA_DIR. The one place that
 * chooses between the two.
 */
export async function uploadPhoto(tempPath: string, openid: string): Promise<string> {
  if (process.env.TARO_ENV === 'h5') return uploadToHost(tempPath);
  try {
    const res = await Taro.cloud.uploadFile({ cloudPath: `requests/${openid}/${randomName()}.${extensionOf(tempPath)}`, filePath: tempPath });
    return res.fileID;
  } catch {
    throw new ApiError('INTERNAL', '照片上传失败，请检查网络后重试', undefined, true);
  }
}

async function uploadToHost(tempPath: string): Promise<string> {
  let answer: { ok: boolean; data?: { fileId: string }; error?: { code: ApiError['code']; message: string } };
  try {
    const blob = await (await fetch(tempPath)).blob();
    const res = await fetch(`${API_BASE}/upload`, { method: 'POST', headers: { 'content-type': blob.type, authorization: `Bearer ${session.token() ?? ''}` }, body: blob });
    answer = (await res.json()) as typeof answer;
  } catch {
    throw new ApiError('INTERNAL', '照片上传失败，请检查网络后重试', undefined, true);
  }
  if (!answer.ok || !answer.data) throw new ApiError(answer.error?.code ?? 'INTERNAL', answer.error?.message ?? '照片上传失败');
  return answer.data.fileId;
}

/** A photo URL the server issued, as the page can open it: the local host's are relative to it. */
export const fileUrl = (url: string) => (url.startsWith('/') ? `${API_BASE}${url}` : url);
