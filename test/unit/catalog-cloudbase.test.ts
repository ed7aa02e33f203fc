import { adjust } from '../../cloudfunctions/core/catalog/admin/catalog-admin.service';
import { listItems } from '../../cloudfunctions/core/catalog/catalog.service';
import { submitRequest } from '../../cloudfunctions/core/grid/submit.service';
import { parseAppConfig } from '../../cloudfunctions/core/kernel/config';
import type { ActionContext } from '../../cloudfunctions/core/kernel/context';
import { seedCatalog } from '../../cloudfunctions/core/seed/apply-seed';
import { DEMO_UNITS } from '../../cloudfunctions/core/seed/demo-org';
import { DEMO_USERS } from '../../cloudfunctions/core/seed/demo-users';
import { ManualClock } from '../../scripts/harness/manual-clock';
import { stubPlatform } from '../../scripts/harness/stub-platform';
import { CloudBaseStore } from '../../cloudfunctions/core/store/cloudbase/cloudbase-store';
import type { Store } from '../../cloudfunctions/core/store/port';
import type { UserDoc } from '../../cloudfunctions/core/kernel/users';
import { FakeCloudBaseDb } from '../../scripts/harness/fake-cloudbase-db';

/**
 * Requests and adjustments against the CloudBase adapter (the in-memory stand-in for wx-server-sdk's database):
 * there, concurrent transactions conflict and are retried instead of queueing, so this proves the request
 * numbers, idempotency and optimistic revisions hold under optimistic concurrency too.
 */
const NOW = Date.UTC(2026, 10, 25, 2, 0, 0);
let store: Store;
const clock = new ManualClock(NOW);

const user = (id: string) => ({ ...DEMO_USERS.find((u) => u._id === id)!, createdAt: NOW, updatedAt: NOW }) as unknown as UserDoc;
const ctxFor = (u: UserDoc): ActionContext =>
  ({ store, clock, config: parseAppConfig({ secret: 's'.repeat(40) }), platform: stubPlatform(), caller: { openid: u._id, user: u } }) as unknown as ActionContext;
const answers = { problem: '乱堆乱放', location: '西园3栋' };

beforeAll(async () => {
  store = new CloudBaseStore(new FakeCloudBaseDb());
  for (const unit of DEMO_UNITS) await store.put('units', unit);
  await seedCatalog(store);
});

describe('catalog requests and adjustments on CloudBase', () => {
  it('numbers concurrent requests without gaps or repeats, and counts each once', async () => {
    const residents = ['demo-resident', 'demo-resident-2', 'demo-party-member', 'demo-party-member-2', 'demo-secretary'].map(user);
    const results = await Promise.all(residents.map((r, i) => submitRequest(ctxFor(r), { code: 'CG-03', answers, idempotencyKey: `cloud-key-${i}` })));
    expect(results.map((r) => r.request.no).sort()).toEqual(['0001', '0002', '0003', '0004', '0005'].map((n) => `XIYUAN-20261125-${n}`));
    const [demand] = await store.find('catalog_demand', { communityId: 'cm-xiyuan', code: 'CG-03' });
    expect(demand?.n).toBe(5);
  });

  it('makes one request for the same key sent twice at once', async () => {
    const r = user('demo-resident');
    const [a, b] = await Promise.all([1, 2].map(() => submitRequest(ctxFor(r), { code: 'CG-03', answers, idempotencyKey: 'cloud-twice' })));
    expect(a?.request.id).toBe(b?.request.id);
    expect([a?.created, b?.created].sort()).toEqual([false, true]);
    // The resident told it was received, in the app and by WeChat, once (no staff are stored here to be told).
    expect(await store.count('outbox', { event: { $gte: `rq:${a?.request.id}:`, $lt: `rq:${a?.request.id};` } })).toBe(2);
  });

  it('lets one of two admins saving the same revision win; the other gets CONFLICT', async () => {
    const [admin, street] = [user('demo-admin'), user('demo-street-admin')];
    const outcomes = await Promise.allSettled([
      adjust(ctxFor(admin), { communityId: 'cm-xiyuan', code: 'ZZ-01', patch: { window: '调解室一' }, hidden: false, rev: 0 }),
      adjust(ctxFor(street), { communityId: 'cm-xiyuan', code: 'ZZ-01', patch: { window: '调解室二' }, hidden: false, rev: 0 }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    expect(await store.count('audit', { target: 'ZZ-01' })).toBe(1);
    const list = await listItems(ctxFor(user('demo-resident')), {});
    expect(list.version).toMatch(/\.cm-xiyuan\.1$/);
  });
});
