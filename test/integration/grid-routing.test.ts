import type { InputOf } from '../../types/api';
import { snapshotData } from '../support/db-snapshot';
import { useTestHost } from '../support/use-test-host';
import type { UnitDoc } from '../../cloudfunctions/core/org/org.repository';

const host = useTestHost();
beforeAll(async () => {
  await host.call('routing-newcomer', 'user', 'enter', { scene: 'cm-xiyuan' });
});

/** 城市管理 问题上报: an online item whose answers need no particular person. */
const CG03 = { location: '西园路口', problem: '乱堆乱放' };
let keySeq = 0;
const request = <T extends object>(extra: T) => ({ code: 'CG-03', answers: CG03, idempotencyKey: `routing-key-${++keySeq}`, ...extra });
const submit = (who: string, extra: Partial<InputOf<'grid', 'submit'>> = {}) => host.call(who, 'grid', 'submit', request(extra));
const preview = (who: string, data: InputOf<'grid', 'route'> = {}) => host.call(who, 'grid', 'route', data);
const stored = (id: string) => host.store.get<{ _id: string; gridId: string | null; routedBy: string; location: unknown; buildingId: string | null }>('service_requests', id);

/** Points on the demo map (cloudfunctions/core/seed/demo-org.ts). */
const IN_XIYUAN_2 = { lng: 104.088, lat: 30.652 };
const IN_XIYUAN_1 = { lng: 104.082, lat: 30.655 };
const IN_DONGQIAO_1 = { lng: 104.092, lat: 30.652 };
const NOWHERE = { lng: 104.2, lat: 30.7 };

describe('routing a request to its grid', () => {
  it('sends a resident’s request to the grid of their registered building, whatever location the phone sends', async () => {
    const res = await submit('demo-resident', { location: IN_XIYUAN_2 });
    expect(res.data?.request).toMatchObject({ gridName: '西园第一网格', routedBy: 'building', buildingName: '西园3栋' });
    expect(await stored(res.data!.request.id)).toMatchObject({ gridId: 'gd-xiyuan-1', routedBy: 'building', buildingId: 'bd-xiyuan-03', location: null });
    expect((await preview('demo-resident')).data).toMatchObject({ routedBy: 'building', gridName: '西园第一网格', buildingName: '西园3栋', communityName: '西园社区' });
  });

  it('finds the grid on the community’s map from the phone’s location when no building is registered, and keeps that point', async () => {
    expect((await preview('routing-newcomer', { location: IN_XIYUAN_2 })).data).toMatchObject({ routedBy: 'location', gridName: '西园第二网格', buildingName: null, communityName: '西园社区' });
    const res = await submit('routing-newcomer', { location: IN_XIYUAN_2 });
    expect(res.data?.request).toMatchObject({ gridName: '西园第二网格', routedBy: 'location', buildingName: null });
    expect(res.data?.request.timeline[0]?.note).toBe('已提交，由西园第二网格受理');
    expect(await stored(res.data!.request.id)).toMatchObject({ gridId: 'gd-xiyuan-2', routedBy: 'location', location: IN_XIYUAN_2 });
    expect((await submit('routing-newcomer', { location: IN_XIYUAN_1 })).data?.request.gridName).toBe('西园第一网格');
  });

  it.each([
    ['no location', {}],
    ['a location in another community’s grid', { location: IN_DONGQIAO_1 }],
    ['a location outside every grid', { location: NOWHERE }],
  ])('leaves the request with the community, unrouted, given %s', async (_label, extra) => {
    const res = await submit('routing-newcomer', extra);
    expect(res.data?.request).toMatchObject({ gridName: null, routedBy: 'community', communityName: '西园社区' });
    expect(await stored(res.data!.request.id)).toMatchObject({ gridId: null, routedBy: 'community', location: null });
    expect(res.data?.request.timeline[0]?.note).toBe('已提交，等待社区分派');
  });

  it('never routes into another community, even when a stored building belongs elsewhere', async () => {
    await host.call('routing-mover', 'user', 'enter', { scene: 'cm-xiyuan' });
    await host.store.update('users', 'routing-mover', { set: { buildingId: 'bd-dongqiao-02' } });
    const res = await submit('routing-mover');
    expect(res.data?.request).toMatchObject({ routedBy: 'community', gridName: null, buildingName: null });
  });

  it('follows a redrawn map once the community’s map revision moves', async () => {
    const before = (await preview('routing-newcomer', { location: IN_XIYUAN_2 })).data;
    expect(before?.gridName).toBe('西园第二网格');
    // The street redraws the lane: 西园第一网格 now takes the whole community.
    const whole: Array<[number, number]> = [[104.08, 30.65], [104.09, 30.65], [104.09, 30.656], [104.08, 30.656]];
    await host.store.transaction(async (tx) => {
      await tx.update('units', 'gd-xiyuan-1', { set: { boundary: whole } });
      await tx.update('units', 'gd-xiyuan-2', { set: { boundary: [] } });
      const community = await tx.get<UnitDoc>('units', 'cm-xiyuan');
      await tx.update('units', 'cm-xiyuan', { set: { mapRevision: (community!.mapRevision ?? 0) + 1 } });
    });
    expect((await preview('routing-newcomer', { location: IN_XIYUAN_2 })).data?.gridName).toBe('西园第一网格');
  });

  it.each([
    ['swapped coordinates', { location: { lng: 30.652, lat: 104.088 } }, 'location.lng'],
    ['a location as text', { location: '西园路' }, 'location'],
    ['an extra field', { location: { ...IN_XIYUAN_2, accuracy: 5 } }, 'location'],
  ])('refuses %s with a Chinese message and writes nothing', async (_label, extra, field) => {
    const snapshot = snapshotData(host.dataDir);
    const res = await host.callRaw('routing-newcomer', 'grid', 'submit', request(extra));
    expect(res.error?.code).toBe('INVALID_INPUT');
    expect(res.error?.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(Object.keys(res.error?.fields ?? {})).toContain(field);
    expect((await host.callRaw('routing-newcomer', 'grid', 'route', extra)).error?.code).toBe('INVALID_INPUT');
    expect(snapshotData(host.dataDir)).toEqual(snapshot);
  });

  it('asks a caller bound to no community to choose one first', async () => {
    const res = await preview('routing-stranger', { location: IN_XIYUAN_2 });
    expect(res.error).toMatchObject({ code: 'FORBIDDEN', message: '请先扫描社区二维码或选择所在社区' });
  });
});
