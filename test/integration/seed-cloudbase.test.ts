import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemo } from '../../cloudfunctions/core/seed/apply-seed';
import type { RequestDoc } from '../../cloudfunctions/core/grid/request.repository';
import { seedDemoRequests } from '../../cloudfunctions/core/seed/demo-requests';
import { CloudBaseStore } from '../../cloudfunctions/core/store/cloudbase/cloudbase-store';
import { COLLECTIONS } from '../../cloudfunctions/core/store/collections';
import { SqliteStore } from '../../cloudfunctions/core/store/sqlite/sqlite-store';
import { seedCloudBase } from '../../scripts/seed-cloudbase';
import { FakeCloudBaseDb } from '../../scripts/harness/fake-cloudbase-db';
import { TEST_NOW } from '../../scripts/harness/test-now';

/** The same seed feeds SQLite and CloudBase: run both and compare what lands in every collection. */
describe('seeding CloudBase', () => {
  it('writes exactly what the local host seeds, and a second run changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-seed-'));
    const sqlite = new SqliteStore(join(dir, 'hub.sqlite'));
    const db = new FakeCloudBaseDb();
    const cloud = new CloudBaseStore(db);
    try {
      await seedDemo(sqlite, TEST_NOW);
      await seedDemoRequests(sqlite, TEST_NOW);
      await seedCloudBase(db, 'demo', TEST_NOW);
      for (const name of Object.keys(COLLECTIONS)) {
        const expected = (await sqlite.find(name, {}, { orderBy: [['_id', 'asc']] })).length;
        expect({ name, count: await cloud.count(name) }).toEqual({ name, count: expected });
      }
      expect(await cloud.count('catalog_items')).toBeGreaterThanOrEqual(87);
      // The demo requests went through the app's own steps: one in each state every role's pages show.
      const requests = (await cloud.find('service_requests', {}, { orderBy: [['_id', 'asc']] })) as RequestDoc[];
      expect(requests.map((r) => r.status).sort()).toEqual(['assigned', 'assigned', 'closed', 'in_progress', 'in_progress']);
      expect(requests.filter((r) => r.external).map((r) => r.external?.department)).toEqual(['区生态环境局']);
      expect(await cloud.count('outbox', { event: { $gte: 'rq:', $lt: 'rq;' } })).toBe(0);
      const before = await cloud.find('users', {}, { orderBy: [['_id', 'asc']] });
      await seedCloudBase(db, 'demo', TEST_NOW + 1000);
      expect(await cloud.find('users', {}, { orderBy: [['_id', 'asc']] })).toEqual(before);
    } finally {
      await sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('seeds only the catalog by default, for a real deployment', async () => {
    const db = new FakeCloudBaseDb();
    await seedCloudBase(db, 'catalog', TEST_NOW);
    const cloud = new CloudBaseStore(db);
    expect(await cloud.count('catalog_items')).toBe(87);
    expect(await cloud.count('users')).toBe(0);
  });
});
