import { stubPlatform } from '../../scripts/harness/stub-platform';
import { functionNamed } from '../../cloudfunctions/core/functions';
import type { UnitDoc } from '../../cloudfunctions/core/org/org.repository';
import { parseAppConfig } from '../../cloudfunctions/core/kernel/config';
import type { Deps } from '../../cloudfunctions/core/kernel/context';
import { runAction } from '../../cloudfunctions/core/kernel/run-action';
import { resultJson } from '../../cloudfunctions/core/kernel/validated';
import { seedDemo } from '../../cloudfunctions/core/seed/apply-seed';
import { ManualClock } from '../../scripts/harness/manual-clock';
import { SqliteStore } from '../../cloudfunctions/core/store/sqlite/sqlite-store';
import { catalogContract, type CatalogDetail } from '../../types/functions/catalog';

/**
 * catalog.get keeps the answer it built per loaded catalog (kernel/validated.ts), so these check that a kept answer is
 * never stale and never another caller's: the catalog's version stamps are read on every call and any change to them
 * shows at once; the community's centers are kept with its catalog until its revision moves. Every answer still satisfies the action's output schema.
 */
const NOW = Date.UTC(2026, 10, 25, 2, 0, 0);
let store: SqliteStore;
let deps: Deps;

const call = (fn: string, openid: string, action: string, data: unknown) => runAction(functionNamed(fn)!, { action, data }, openid, deps);
async function get(openid: string, code = 'MS-01'): Promise<CatalogDetail> {
  const result = await call('catalog', openid, 'get', { code });
  if (!result.ok) throw new Error(`catalog.get failed: ${result.error.code}`);
  const data = result.data as CatalogDetail;
  // The output contract holds for every answer, kept or new, and the host's JSON is JSON.stringify's.
  expect(catalogContract.get.output.parse(data)).toEqual(data);
  expect(resultJson(result).toString('utf8')).toBe(JSON.stringify(result));
  return data;
}

beforeEach(async () => {
  store = new SqliteStore(':memory:');
  await seedDemo(store, NOW);
  deps = { store, clock: new ManualClock(NOW), config: parseAppConfig({ secret: 's'.repeat(40) }), platform: stubPlatform() };
});
afterEach(() => store.close());

describe('catalog.get answers kept per loaded catalog', () => {
  it('returns the same frozen answer while nothing it depends on changes', async () => {
    const first = await get('demo-resident');
    const second = await get('demo-resident-2'); // same community, so the same answer
    expect(second).toBe(first);
    expect(Object.isFrozen(first.item.steps[0])).toBe(true);
    expect(first.place?.address).toContain('西园路18号');
  });

  it("never answers with another community's place or version, nor a newcomer's", async () => {
    const xiyuan = await get('demo-resident');
    const dongqiao = await get('demo-lawyer-2');
    const newcomer = await get('someone-new');
    expect(dongqiao.place?.address).toContain('东桥街6号');
    expect(dongqiao.version).not.toBe(xiyuan.version);
    expect(newcomer.place).toBeNull();
    expect(newcomer.version).toMatch(/\.city$/);
    expect((await get('demo-resident')).place?.address).toContain('西园路18号');
  });

  it("shows a change to the community's center once the community's catalog revision moves, not before", async () => {
    const before = await get('demo-resident');
    const unit = (await store.get<UnitDoc>('units', 'cm-xiyuan'))!;
    const centers = unit.centers!.map((c) => (c.center === before.item.center ? { ...c, address: '西园路99号 新址', phone: '028-8600-9999' } : c));
    await store.update('units', 'cm-xiyuan', { set: { centers } });
    // Kept per instance: a write of the centers alone is not seen (which is why such a write must bump the revision).
    expect((await get('demo-resident')).place?.address).toContain('西园路18号');
    const bumped = await call('catalog-admin', 'demo-admin', 'adjust', { communityId: 'cm-xiyuan', code: 'MS-02', patch: { window: '一楼5号窗口' }, hidden: false, rev: 0 });
    expect(bumped.ok).toBe(true);
    const after = await get('demo-resident');
    expect(after.place).toMatchObject({ address: '西园路99号 新址', phone: '028-8600-9999' });
    expect(after.version).not.toBe(before.version);
  });

  it("shows the community admin's adjustment, and hiding the item, at once (the version stamp moves)", async () => {
    const before = await get('demo-resident');
    const saved = await call('catalog-admin', 'demo-admin', 'adjust', { communityId: 'cm-xiyuan', code: 'MS-01', patch: { window: '一楼3号窗口', address: '西园路18号 东侧' }, hidden: false, rev: 0 });
    expect(saved.ok).toBe(true);
    const adjusted = await get('demo-resident');
    expect(adjusted.version).not.toBe(before.version);
    expect(adjusted.item.place.window).toBe('一楼3号窗口');
    expect(adjusted.place?.address).toBe('西园路18号 东侧');
    expect((await get('demo-lawyer-2')).item.place.window).not.toBe('一楼3号窗口');

    await call('catalog-admin', 'demo-admin', 'adjust', { communityId: 'cm-xiyuan', code: 'MS-01', patch: {}, hidden: true, rev: 1 });
    expect(await call('catalog', 'demo-resident', 'get', { code: 'MS-01' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('shows new catalog content once its version moves', async () => {
    const before = await get('demo-resident');
    await store.update('catalog_items', 'MS-01', { set: { title: '最低生活保障（新）' } });
    await store.put('meta', { _id: 'catalog', version: 'content-2' });
    const after = await get('demo-resident');
    expect(after.item.title).toBe('最低生活保障（新）');
    expect(after.version).not.toBe(before.version);
  });
});
