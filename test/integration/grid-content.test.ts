import { RISKY_MESSAGE } from '../../cloudfunctions/core/platform/content-check';
import { RISKY_PHOTO_MESSAGE } from '../../cloudfunctions/core/platform/media-check';
import { LEGAL_AID_HINT } from '../../types/request-names';
import { snapshotData } from '../support/db-snapshot';
import { newKey, newResident, reportAs, reported } from '../support/grid-fixtures';
import { PNG, photoOf, pngWith } from '../support/photos';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
const get = (who: string, id: string) => host.call(who, 'grid', 'get', { id });

describe('content security of what residents and workers write', () => {
  it('refuses a risky description with a clear message, writing nothing', async () => {
    const resident = await newResident(host);
    const before = snapshotData(host.dataDir);
    const res = await reportAs(host, resident, { description: '小区门口有人发传单推广网上赌场' });
    expect(res.error).toMatchObject({ code: 'CONTENT_REJECTED', message: RISKY_MESSAGE });
    expect(snapshotData(host.dataDir)).toEqual(before);
  });

  it('stores a description held for review, shown to its author and the person accountable only', async () => {
    const resident = await newResident(host);
    const id = await reported(host, resident, { description: '楼道里贴满了加微信办证的小广告' });
    expect((await get(resident, id)).data).toMatchObject({ description: '楼道里贴满了加微信办证的小广告', descriptionHeld: true });
    expect((await get('demo-grid-worker', id)).data?.description).toBe('楼道里贴满了加微信办证的小广告');
    for (const who of ['demo-admin', 'demo-secretary', 'demo-street-admin']) expect((await get(who, id)).data).toMatchObject({ description: null, descriptionHeld: true });
    // The worker's inbox message does not quote it either.
    const [message] = await host.store.find<{ _id: string; body: string }>('outbox', { event: `rq:${id}:1:submit` });
    expect(message?.body).not.toContain('加微信');
  });

  it('refuses a risky photo, and holds a photo under review from everyone but its author and the person accountable', async () => {
    const resident = await newResident(host);
    const risky = await photoOf(host, resident, pngWith('RISKY-IMAGE'));
    const before = snapshotData(host.dataDir);
    expect((await reportAs(host, resident, { photos: [risky] })).error).toMatchObject({ code: 'CONTENT_REJECTED', message: RISKY_PHOTO_MESSAGE });
    expect(snapshotData(host.dataDir)).toEqual(before);

    const held = await photoOf(host, resident, pngWith('REVIEW-IMAGE'));
    const clear = await photoOf(host, resident);
    const id = await reported(host, resident, { photos: [clear, held] });
    expect((await get(resident, id)).data?.photos.map((p) => p.held)).toEqual([false, true]);
    expect((await get('demo-grid-worker', id)).data?.photos).toHaveLength(2);
    const oversight = (await get('demo-secretary', id)).data!;
    expect(oversight).toMatchObject({ hiddenPhotos: 1, photos: [{ held: false }] });
  });

  it('accepts only the caller’s own uploads that exist and are images', async () => {
    const resident = await newResident(host);
    const someoneElses = await photoOf(host, 'demo-resident-2');
    const missing = `local:requests/${resident}/${'0'.repeat(24)}.png`;
    for (const photos of [[someoneElses], [missing], ['local:requests/../dev-secret.png'], ['https://example.com/a.png']]) {
      const res = await host.callRaw(resident, 'grid', 'report', { category: 'road', description: '人行道地砖松动翘起', photos, idempotencyKey: newKey() });
      expect({ photos, code: res.error?.code }).toEqual({ photos, code: 'INVALID_INPUT' });
    }
    const twice = await photoOf(host, resident);
    expect((await reportAs(host, resident, { photos: [twice, twice] })).error?.message).toBe('同一张照片只能上传一次');
  });

  it('hands readers photo URLs that work for ten minutes, and nobody else a URL at all', async () => {
    const resident = await newResident(host);
    const photo = await photoOf(host, resident);
    const id = await reported(host, resident, { photos: [photo] });
    const url = (await get('demo-grid-worker', id)).data!.photos[0]!.url;
    const res = await fetch(`${host.url}${url}`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);
    expect((await get('demo-resident-2', id)).error?.code).toBe('NOT_FOUND');
    expect((await get('demo-party-member-3', id)).error?.code).toBe('NOT_FOUND');
  });

  it('refuses a risky reply and holds one under review from oversight', async () => {
    const resident = await newResident(host);
    const id = await reported(host, resident);
    expect((await host.call('demo-grid-worker', 'grid', 'comment', { id, text: '可以找我们刷单返利' })).error?.code).toBe('CONTENT_REJECTED');
    await host.callOk('demo-grid-worker', 'grid', 'comment', { id, text: '有问题加微信联系我' });
    const note = (who: string) => get(who, id).then((r) => r.data?.timeline.find((e) => e.action === 'reply'));
    expect(await note(resident)).toMatchObject({ note: null, held: true });
    expect(await note('demo-grid-worker')).toMatchObject({ note: '有问题加微信联系我', held: true });
    expect(await note('demo-admin')).toMatchObject({ note: null, held: true });
  });
});

describe('legal questions', () => {
  it('are not grid requests: the resident is pointed to legal aid and nothing reaches a grid inbox', async () => {
    const resident = await newResident(host);
    // The resident opened the item first (as the page does), so the catalog's tables exist before the snapshot.
    expect((await host.call(resident, 'catalog', 'get', { code: 'ZZ-02' })).ok).toBe(true);
    const before = snapshotData(host.dataDir);
    const asked = await reportAs(host, resident, { category: 'legal', description: '房东不退押金，我该怎么办' });
    expect(asked.error).toMatchObject({ code: 'INVALID_INPUT', message: LEGAL_AID_HINT });
    const item = await host.call(resident, 'grid', 'submit', {
      code: 'ZZ-02',
      answers: { topic: '房产土地', mode: '电话咨询', question: '房东不退押金' },
      idempotencyKey: newKey(),
    });
    expect(item.error).toMatchObject({ code: 'INVALID_INPUT', message: LEGAL_AID_HINT });
    expect(snapshotData(host.dataDir)).toEqual(before);
  });
});
