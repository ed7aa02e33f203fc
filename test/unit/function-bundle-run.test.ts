import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { searchKeys } from '../../cloudfunctions/core/catalog/search-keys';
import { seedDemo } from '../../cloudfunctions/core/seed/apply-seed';
import { CloudBaseStore } from '../../cloudfunctions/core/store/cloudbase/cloudbase-store';
import { buildFunctions } from '../../scripts/build-functions';
import { localItem } from '../../scripts/harness/catalog-input';
import { FakeCloudBaseDb } from '../../scripts/harness/fake-cloudbase-db';

/**
 * The catalog-admin function as deployed: its built index.js and lazy pinyin-pro.js in a folder, required
 * with a stand-in wx-server-sdk over the CloudBase database stand-in. Proves the lazy file is not needed to
 * start or for everyday actions, and that a local item's write loads it and stores the same keys as the seed's.
 */
describe('the deployed catalog-admin bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-fn-'));
  const db = new FakeCloudBaseDb();
  const sdk = { openid: 'demo-admin', init: () => undefined, DYNAMIC_CURRENT_ENV: 'test-env', getWXContext: () => ({ OPENID: sdk.openid }), database: () => db, openapi: {} };
  let main: (event: unknown) => Promise<{ ok: boolean; data?: unknown; error?: { code: string } }>;

  beforeAll(async () => {
    process.env.HUB_SECRET = 'x'.repeat(40);
    await buildFunctions(dir, ['catalog-admin']);
    // The SDK the bundle requires: CloudBase installs the real one from the function's package.json.
    mkdirSync(join(dir, 'node_modules/wx-server-sdk'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/wx-server-sdk/index.js'), 'module.exports = globalThis.__hubTestWxServerSdk;');
    (globalThis as Record<string, unknown>).__hubTestWxServerSdk = sdk;
    await seedDemo(new CloudBaseStore(db), Date.UTC(2026, 10, 25, 2));
  }, 60000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts and answers without its lazy file, then writes a local item with the same keys as the seed would', async () => {
    const lazy = join(dir, 'catalog-admin/pinyin-pro.js');
    renameSync(lazy, `${lazy}.away`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    main = (require(join(dir, 'catalog-admin/index.js')) as { main: typeof main }).main;
    const items = await main({ action: 'items', data: { communityId: 'cm-xiyuan' } });
    expect(items.ok).toBe(true);

    renameSync(`${lazy}.away`, lazy);
    expect(existsSync(lazy)).toBe(true);
    const item = localItem('LXY-07');
    const added = await main({ action: 'addLocal', data: { communityId: 'cm-xiyuan', item } });
    expect(added).toMatchObject({ ok: true });
    const stored = await new CloudBaseStore(db).find<{ _id: string; code: string; search: unknown }>('catalog_adjustments', { code: 'LXY-07' });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.search).toEqual(searchKeys(item.title, item.keywords));
  });
});
