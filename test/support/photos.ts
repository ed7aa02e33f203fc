import type { TestHost } from '../../scripts/harness/test-host';

/** A 1×1 PNG; a marker after its end makes the local media check hold it for review or refuse it. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==', 'base64');
export const pngWith = (marker: 'REVIEW-IMAGE' | 'RISKY-IMAGE') => Buffer.concat([PNG, Buffer.from(marker, 'latin1')]);

export interface UploadAnswer {
  status: number;
  body: { ok: boolean; data?: { fileId: string }; error?: { code: string; message: string } };
}

/** Uploads bytes to the test host as `openid` would from the H5 build (raw body, its dev token). */
export async function uploadAs(host: TestHost, openid: string, bytes: Buffer = PNG, type = 'image/png'): Promise<UploadAnswer> {
  const token = await host.login(openid);
  const res = await fetch(`${host.url}/upload`, { method: 'POST', headers: { 'content-type': type, authorization: `Bearer ${token}` }, body: new Uint8Array(bytes) });
  return { status: res.status, body: (await res.json()) as UploadAnswer['body'] };
}

/** The file id of an upload that must succeed. */
export async function photoOf(host: TestHost, openid: string, bytes: Buffer = PNG): Promise<string> {
  const answer = await uploadAs(host, openid, bytes);
  if (!answer.body.data) throw new Error(`upload failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.data.fileId;
}
