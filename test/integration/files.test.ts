import type { LocalFiles } from '../../cloudfunctions/core/platform/local-files';
import { MAX_PHOTO_BYTES } from '../../cloudfunctions/core/platform/files';
import { localPlatform } from '../../cloudfunctions/core/platform/local-platform';
import { PNG, photoOf, uploadAs } from '../support/photos';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
/** The host's own storage stand-in, over the same folder and secret, to issue URLs as the server does. */
const files = async (): Promise<LocalFiles> => {
  const { readFileSync } = await import('node:fs');
  return localPlatform(host.dataDir, readFileSync(`${host.dataDir}/dev-secret`, 'utf8').trim()).files;
};

describe('the local stand-in for cloud storage', () => {
  it('stores a photo under its uploader’s own folder and answers its file id', async () => {
    const answer = await uploadAs(host, 'demo-resident');
    expect(answer.status).toBe(200);
    expect(answer.body.data?.fileId).toMatch(/^local:requests\/demo-resident\/[0-9a-f]{24}\.png$/);
  });

  it.each([
    ['no sign-in', 'none', PNG, 'image/png', 401],
    ['a type that is not a photo', 'demo-resident', Buffer.from('%PDF-1.4'), 'application/pdf', 415],
    ['bytes that are not the type they claim', 'demo-resident', Buffer.from('GIF89a......'), 'image/png', 415],
    ['an empty body', 'demo-resident', Buffer.alloc(0), 'image/jpeg', 400],
    ['a photo over 2 MB', 'demo-resident', Buffer.concat([PNG, Buffer.alloc(MAX_PHOTO_BYTES)]), 'image/png', 413],
  ])('refuses %s with a Chinese message', async (_label, who, bytes, type, status) => {
    const res =
      who === 'none'
        ? await fetch(`${host.url}/upload`, { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(bytes) }).then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: { message: string } } }))
        : await uploadAs(host, who, bytes, type);
    expect(res.status).toBe(status);
    expect(res.body.error?.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('serves a file only through a URL the server signed, until it expires', async () => {
    const id = await photoOf(host, 'demo-resident');
    const url = (await (await files()).tempUrls([id]))[id]!;
    const ok = await fetch(`${host.url}${url}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await ok.arrayBuffer())).toEqual(PNG);

    const path = url.slice('/files/'.length, url.indexOf('?'));
    for (const forged of [`/files/${path}`, url.replace(/s=[^&]+/, 's=forged'), url.replace(/e=\d+/, `e=${Date.now() + 3_600_000}`), url.replace(/e=\d+/, 'e=1')]) {
      expect((await fetch(`${host.url}${forged}`)).status).toBe(404);
    }
    // A path out of the uploads folder is never served, signed or not.
    expect((await fetch(`${host.url}/files/../dev-secret?e=${Date.now() + 1000}&s=x`)).status).toBe(404);
  });
});
