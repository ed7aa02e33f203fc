import { startWeappSim, type RenderedPage, type WeappSim } from '../support/weapp-sim';
import { CATALOG_ITEMS } from '../../cloudfunctions/core/catalog/content/index';
import type { CatalogListOutput } from '../../types/functions/catalog';

/** What a resident's 办事 lists: the 居民可办 and 居民可查 items (社区工作 items are for the worker view). */
const RESIDENT_ITEMS = CATALOG_ITEMS.filter((i) => i.kind !== 'duty').length;

/**
 * The real weapp build (WEAPP_DIST, default dist/weapp: `npm test` builds it first) rendered by miniprogram-simulate:
 * WeChat's template compiler, exparser and the build's own JavaScript, with the cloud functions' real handlers on a
 * seeded SQLite store behind `wx.cloud.callFunction`. Signed in as demo-resident (王建国, 西园社区).
 */

/** The setData payload limit these pages are held to (JSON bytes per call). */
const SET_DATA_LIMIT = 256 * 1024;

describe('weapp build renders in miniprogram-simulate', () => {
  let sim: WeappSim;
  const largest: Record<string, { calls: number; largest: number; total: number }> = {};

  beforeAll(async () => {
    sim = await startWeappSim();
  });

  afterAll(async () => {
    console.log(`setData payloads per page (bytes):\n${JSON.stringify(largest, null, 2)}`);
    await sim?.close();
  });

  function expectSetDataWithinLimit(page: RenderedPage) {
    expect(page.setData.length).toBeGreaterThan(0);
    for (const [i, call] of page.setData.entries()) expect({ call: i, bytes: call.bytes, within: call.bytes < SET_DATA_LIMIT }).toEqual({ call: i, bytes: call.bytes, within: true });
    const sizes = page.setData.map((c) => c.bytes);
    largest[page.route] = { calls: sizes.length, largest: Math.max(...sizes), total: sizes.reduce((a, b) => a + b, 0) };
  }

  it('renders the home page with the resident’s community and the nine service fields', async () => {
    const home = await sim.openPage('pages/home/index');
    const text = await home.waitForText((t) => t.includes('九大服务领域') && t.includes('最低生活保障申请'));
    expect(text).toContain('西园社区');
    expect(text).toContain('九大服务领域');
    // The data came through wx.cloud.callFunction from the real handlers.
    expect(sim.cloudCalls).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'user', action: 'me', ok: true })]));
    expect(sim.cloudCalls.every((c) => c.ok)).toBe(true);
    expectSetDataWithinLimit(home);
  });

  it('renders the resident’s whole catalog and a tap on an item opens its page', async () => {
    const catalog = await sim.openPage('pages/catalog/index');
    await catalog.waitForText(`共 ${RESIDENT_ITEMS} 项`);
    const titles = catalog.all('.main--item-row__title').map((el) => el.textContent?.trim() ?? '');
    expect(titles.length).toBe(RESIDENT_ITEMS);
    expect(titles).toContain('最低生活保障申请');
    // Every title on screen is one the catalog function returns for this resident.
    const list = await sim.call<CatalogListOutput>('catalog', 'list', {});
    const known = new Set(list.items.map((i) => i.title));
    expect(titles.filter((t) => !known.has(t))).toEqual([]);
    expectSetDataWithinLimit(catalog);

    const row = catalog.all('.main--item-row').find((el) => el.textContent?.includes('最低生活保障申请'));
    expect(row).toBeDefined();
    await catalog.tap(row!);
    expect(sim.calls.filter((c) => c.api === 'navigateTo').map((c) => c.args)).toContainEqual({ url: '/pages/item/index?code=MS-01' });
  });

  it('renders an item page with its policy basis', async () => {
    const item = await sim.openPage('pages/item/index', { code: 'MS-01' });
    const text = await item.waitForText('政策依据');
    expect(text).toContain('最低生活保障申请');
    expect(text).toMatch(/《[^》]+》/);
    expect(text).toContain('社会救助暂行办法');
    const title = await sim.waitForCall('setNavigationBarTitle', (args) => (args as { title?: string }).title === '最低生活保障申请');
    expect(title).toEqual({ title: '最低生活保障申请' });
    expectSetDataWithinLimit(item);
  });
});
