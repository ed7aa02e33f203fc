import { useTestHost } from '../support/use-test-host';

const host = useTestHost();

describe('user function', () => {
  it('tells a seeded resident who they are, with the phone masked', async () => {
    const res = await host.call('demo-resident', 'user', 'me', {});
    expect(res.ok).toBe(true);
    expect(res.data).toMatchObject({ name: '王建国', phoneMasked: '138****0001', buildingName: '西园3栋', gridName: '西园第一网格' });
    expect(res.data?.community?.name).toBe('西园社区');
    expect(JSON.stringify(res.data)).not.toContain('13800000001');
  });

  it('treats an unknown openid as a new resident with no community, without writing anything', async () => {
    const res = await host.call('newcomer-1', 'user', 'me', {});
    expect(res.data?.community).toBeNull();
    expect(res.data?.roles).toEqual([{ role: 'resident' }]);
    expect(await host.store.get('users', 'newcomer-1')).toBeNull();
  });

  it('binds a newcomer to the community and building of a scanned QR scene', async () => {
    const res = await host.call('newcomer-2', 'user', 'enter', { scene: 'cm-dongqiao~bd-dongqiao-06' });
    expect(res.ok).toBe(true);
    expect(res.data).toMatchObject({ community: { id: 'cm-dongqiao' }, buildingName: '东桥6栋', gridName: '东桥第二网格' });
    const stored = await host.store.get<{ _id: string; communityId: string; buildingId: string }>('users', 'newcomer-2');
    expect(stored).toMatchObject({ communityId: 'cm-dongqiao', buildingId: 'bd-dongqiao-06' });
  });

  it('keeps the building when the same community code without a building is scanned, and drops it on moving', async () => {
    await host.call('newcomer-3', 'user', 'enter', { scene: 'cm-xiyuan~bd-xiyuan-07' });
    const same = await host.call('newcomer-3', 'user', 'enter', { scene: 'cm-xiyuan' });
    expect(same.data?.buildingName).toBe('西园7栋');
    const moved = await host.call('newcomer-3', 'user', 'enter', { scene: 'cm-dongqiao' });
    expect(moved.data).toMatchObject({ buildingName: null, community: { id: 'cm-dongqiao' } });
  });

  it.each([
    ['a malformed scene', { scene: 'DROP TABLE' }, 'INVALID_INPUT'],
    ['a scene over 32 characters', { scene: `cm-${'x'.repeat(40)}` }, 'INVALID_INPUT'],
    ['an unknown field', { scene: 'cm-xiyuan', openid: 'demo-admin' }, 'INVALID_INPUT'],
    ['an unknown community', { scene: 'cm-nowhere' }, 'NOT_FOUND'],
    ['a building of another community', { scene: 'cm-xiyuan~bd-dongqiao-01' }, 'NOT_FOUND'],
  ])('refuses %s and writes nothing', async (_label, data, code) => {
    const res = await host.callRaw('newcomer-bad', 'user', 'enter', data);
    expect(res.ok).toBe(false);
    expect(res.error?.code).toBe(code);
    expect(res.error?.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await host.store.get('users', 'newcomer-bad')).toBeNull();
  });

  it('updates the profile with validation', async () => {
    const bad = await host.call('demo-resident-2', 'user', 'updateProfile', { name: '李秀梅', phone: '12345' });
    expect(bad.error).toMatchObject({ code: 'INVALID_INPUT', fields: { phone: '请填写11位手机号码' } });
    const ok = await host.call('demo-resident-2', 'user', 'updateProfile', { name: '李秀梅', phone: '13912345678' });
    expect(ok.data?.phoneMasked).toBe('139****5678');
  });

  it('lists the communities a newcomer may choose', async () => {
    const res = await host.call('newcomer-4', 'user', 'communities', {});
    expect(res.data?.communities.map((c) => c.id).sort()).toEqual(['cm-dongqiao', 'cm-xiyuan']);
    expect(res.data?.communities[0]?.streetName).toBe('锦华街道');
  });
});
