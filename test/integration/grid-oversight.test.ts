import { fromShanghai } from '../../types/time';
import { snapshotData } from '../support/db-snapshot';
import { newResident, putUser, reported } from '../support/grid-fixtures';
import { parseCsv } from '../support/parse-csv';
import { photoOf, pngWith } from '../support/photos';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
const dashboard = (who: string, unitId?: string) => host.call(who, 'grid', 'dashboard', unitId ? { unitId } : {});

beforeAll(async () => {
  host.clock.set(fromShanghai('2026-11-25 10:00'));
  await putUser(host, 'grid-secretary-2', '二网格书记', [{ role: 'branch_officer', unitId: 'gd-xiyuan-2' }]);
  const one = await newResident(host);
  const two = await newResident(host, 'cm-xiyuan~bd-xiyuan-06');
  // 西园第一网格: accepted on time, resolved, rated 满意; another accepted late and rated 不满意 (after a reopen, closed).
  const a = await reported(host, one);
  await host.callOk('demo-grid-worker', 'grid', 'accept', { id: a });
  await host.callOk('demo-grid-worker', 'grid', 'resolve', { id: a, note: '已处理' });
  await host.callOk(one, 'grid', 'rate', { id: a, rating: 'satisfied' });
  const b = await reported(host, one, { category: 'garbage', description: '垃圾桶满了没人清运' });
  host.clock.set(fromShanghai('2026-11-25 15:00'));
  await host.callOk('demo-grid-worker', 'grid', 'accept', { id: b });
  // 西园第二网格: one waiting, overdue by the time we look.
  await reported(host, two, { category: 'garbage', description: '楼下垃圾堆了三天' });
  host.clock.set(fromShanghai('2026-11-26 10:00'));
});

describe('the oversight dashboard', () => {
  it('shows a community its counts by status, its overdue list and its rates by grid, category and week', async () => {
    const res = await dashboard('demo-admin');
    expect(res.error).toBeUndefined();
    const d = res.data!;
    expect(d.unit).toEqual({ id: 'cm-xiyuan', name: '西园社区', kind: 'community' });
    expect(d.units.map((u) => u.name)).toEqual(['西园社区', '西园第一网格', '西园第二网格']);
    const count = (status: string) => d.statusCounts.find((s) => s.status === status)?.count;
    expect([count('closed'), count('accepted'), count('assigned')]).toEqual([1, 1, 1]);
    expect(d.overdue.map((r) => [r.gridName, r.status])).toEqual([['西园第二网格', 'assigned']]);
    expect(d.byGrid.map((g) => [g.name, g.received, g.acceptedOnTime, g.acceptDue, g.responseRate, g.satisfactionRate])).toEqual([
      ['西园第一网格', 2, 1, 2, 0.5, 1],
      ['西园第二网格', 1, 0, 0, null, null],
    ]);
    expect(d.byCategory.map((c) => [c.name, c.received])).toEqual([['垃圾清运', 2], ['路灯不亮', 1]]);
    expect(d.byWeek).toHaveLength(8);
    expect(d.byWeek.at(-1)).toMatchObject({ key: '2026-11-23', name: '11月23日起', received: 3 });
    expect(d.total).toMatchObject({ received: 3, resolvedOnTime: 1, resolveDue: 1, resolveRate: 1 });
    // Figures per grid, category and week: never a row per person.
    expect(JSON.stringify(d)).not.toContain('吴网格员');
  });

  it('keeps each person to the units they work in or oversee', async () => {
    expect((await dashboard('demo-street-admin')).data?.unit.name).toBe('锦华街道');
    expect((await dashboard('demo-street-admin')).data?.units.map((u) => u.name)).toEqual(['锦华街道', '东桥社区', '西园社区', '东桥第一网格', '东桥第二网格', '西园第一网格', '西园第二网格']);
    expect((await dashboard('demo-street-admin', 'gd-xiyuan-2')).data?.total.received).toBe(1);
    expect((await dashboard('grid-secretary-2')).data).toMatchObject({ unit: { name: '西园第二网格' }, total: { received: 1 } });
    expect((await dashboard('demo-grid-worker')).data?.unit.name).toBe('西园第一网格');
    expect((await dashboard('demo-secretary')).data?.unit.name).toBe('西园社区');
    for (const [who, unit] of [['demo-grid-worker', 'gd-xiyuan-2'], ['demo-admin', 'cm-dongqiao'], ['grid-secretary-2', 'cm-xiyuan']] as const) {
      expect((await dashboard(who, unit)).error?.code).toBe('FORBIDDEN');
    }
    expect((await host.callRaw('demo-resident', 'grid', 'dashboard', {})).error?.code).toBe('FORBIDDEN');
  });

  it('exports a table as CSV for Excel', async () => {
    const res = await host.call('demo-admin', 'grid', 'exportDashboard', { view: 'grid' });
    expect(res.data?.filename).toBe('诉求统计-西园社区-按网格-2026-10-05起8周.csv');
    expect(res.data?.csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(res.data!.csv);
    expect(rows[0]).toEqual(['网格', '收到诉求', '按时受理', '应受理', '响应率', '按时办结', '应办结', '办结率', '满意及基本满意', '已评价', '满意率']);
    expect(rows[1]).toEqual(['西园第一网格', '2', '1', '2', '50%', '1', '1', '100%', '1', '1', '100%']);
  });
});

describe('content held for review', () => {
  it('lists what the check held for the community’s admins, who clear it for everyone or remove it', async () => {
    const resident = await newResident(host);
    const photo = await photoOf(host, resident, pngWith('REVIEW-IMAGE'));
    const kept = await reported(host, resident, { description: '楼道有人加微信卖假药的广告', photos: [photo] });
    const removed = await reported(host, resident, { description: '小区里有人扫码领取礼品骗老人' });
    const queue = await host.call('demo-admin', 'grid', 'reviewQueue', { communityId: 'cm-xiyuan' });
    expect(queue.data?.items.map((i) => [i.request.id, i.description, i.photos.length]).sort()).toEqual(
      [
        [kept, '楼道有人加微信卖假药的广告', 1],
        [removed, '小区里有人扫码领取礼品骗老人', 0],
      ].sort(),
    );
    const before = snapshotData(host.dataDir);
    expect((await host.call('demo-street-admin', 'grid', 'reviewQueue', { communityId: 'cm-dongqiao' })).data?.items).toEqual([]);
    expect((await host.call('demo-grid-worker', 'grid', 'clearReview', { id: kept, decision: 'pass' })).error?.code).toBe('FORBIDDEN');
    expect(snapshotData(host.dataDir)).toEqual(before);

    await host.callOk('demo-admin', 'grid', 'clearReview', { id: kept, decision: 'pass' });
    expect((await host.call('demo-secretary', 'grid', 'get', { id: kept })).data).toMatchObject({ description: '楼道有人加微信卖假药的广告', descriptionHeld: false, hiddenPhotos: 0, photos: [{ held: false }] });
    await host.callOk('demo-admin', 'grid', 'clearReview', { id: removed, decision: 'remove' });
    expect((await host.call(resident, 'grid', 'get', { id: removed })).data).toMatchObject({ description: '（内容未通过审核，已删除）', descriptionHeld: false });
    expect((await host.call('demo-admin', 'grid', 'reviewQueue', { communityId: 'cm-xiyuan' })).data?.items).toEqual([]);
    expect((await host.call('demo-admin', 'grid', 'clearReview', { id: kept, decision: 'pass' })).error?.message).toBe('该诉求没有待审核的内容');
  });
});
