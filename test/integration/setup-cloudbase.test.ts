import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_UNITS } from '../../cloudfunctions/core/seed/demo-org';
import { parseOrgConfig, unitsOf } from '../../cloudfunctions/core/seed/org-config';
import { CloudBaseStore } from '../../cloudfunctions/core/store/cloudbase/cloudbase-store';
import { COLLECTIONS } from '../../cloudfunctions/core/store/collections';
import { CODE_TTL_MS, FIRST_ADMIN_ID, issueFirstAdminCode } from '../../cloudfunctions/core/user/first-admin';
import { describeReport, setupCloudBase } from '../../scripts/setup-cloudbase';
import { TEST_NOW } from '../../scripts/harness/test-now';
import { FakeCloudBaseDb } from '../../scripts/harness/fake-cloudbase-db';
import { useTestHost } from '../support/use-test-host';

const org = JSON.parse(readFileSync(resolve(__dirname, '../../config/org.json'), 'utf8')) as unknown;
const options = { org, adminName: '钱科长', now: TEST_NOW };

describe('npm run setup on a new CloudBase environment (the stand-in)', () => {
  it('creates every collection, writes the catalog and the org tree, issues a first-admin code and says what is left', async () => {
    const db = new FakeCloudBaseDb();
    const report = await setupCloudBase(db, options);
    expect(report.created.sort()).toEqual(Object.keys(COLLECTIONS).sort());
    expect(report.existing).toEqual([]);
    const store = new CloudBaseStore(db);
    expect(await store.count('catalog_items')).toBe(87);
    expect(await store.find('units', {}, { orderBy: [['_id', 'asc']], limit: 100 })).toEqual([...DEMO_UNITS].sort((a, b) => a._id.localeCompare(b._id)));
    expect(report.firstAdmin).toEqual({ code: expect.stringMatching(/^[A-Z2-9]{12}$/), expiresAt: TEST_NOW + CODE_TTL_MS });
    const stored = await store.get('first_admin', FIRST_ADMIN_ID);
    expect(stored).toMatchObject({ streetId: 'st-jinhua', name: '钱科长', claimedBy: null });
    expect(JSON.stringify(stored)).not.toContain((report.firstAdmin as { code: string }).code);

    const text = describeReport(report, 'env-test');
    expect(text).toContain(`新建 ${Object.keys(COLLECTIONS).length} 个`);
    expect(text).toMatch(/激活码：[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/);
    expect(text).toContain('outbox: status_1_dueAt_1  [status 升序, dueAt 升序]');
    expect(text).toContain('config/storage.rules.json');
  });

  it('run again, creates nothing, keeps the data, and replaces the unused code', async () => {
    const db = new FakeCloudBaseDb();
    const first = await setupCloudBase(db, options);
    const store = new CloudBaseStore(db);
    const before = await store.find('units', {}, { orderBy: [['_id', 'asc']], limit: 100 });
    const second = await setupCloudBase(db, { ...options, now: TEST_NOW + 1000 });
    expect(second.created).toEqual([]);
    expect(second.existing.sort()).toEqual(Object.keys(COLLECTIONS).sort());
    expect(await store.find('units', {}, { orderBy: [['_id', 'asc']], limit: 100 })).toEqual(before);
    expect(await store.count('catalog_items')).toBe(87);
    expect((second.firstAdmin as { code: string }).code).not.toBe((first.firstAdmin as { code: string }).code);
  });

  it('refuses an org file with a problem, naming it', async () => {
    const broken = JSON.parse(JSON.stringify(org)) as { street: { communities: Array<{ id: string }> } };
    broken.street.communities[1]!.id = 'cm-xiyuan';
    await expect(setupCloudBase(new FakeCloudBaseDb(), { ...options, org: broken })).rejects.toThrow(/unit ids repeat: cm-xiyuan/);
    expect(() => parseOrgConfig({ street: { id: 'st-x', name: '', partyOrgName: 'x', communities: [] } })).toThrow(/street\.name.*street\.communities/s);
  });

  it('describes the demo street in config/org.json, the example a street office edits', () => {
    const byId = (units: typeof DEMO_UNITS) => [...units].sort((a, b) => a._id.localeCompare(b._id));
    expect(byId(unitsOf(parseOrgConfig(org)))).toEqual(byId(DEMO_UNITS));
  });
});

describe('the first street administrator', () => {
  const host = useTestHost();

  it('activates with the code once; a wrong, spent or expired code changes nothing', async () => {
    const issued = await issueFirstAdminCode(host.store, 'st-jinhua', '新管理员', host.clock.now());
    if (!('code' in issued)) throw new Error('expected a code');
    const wrong = await host.call('first-admin-1', 'user', 'claimAdmin', { code: 'ABCDEFGHJKMN' });
    expect(wrong.error).toMatchObject({ code: 'FORBIDDEN', message: '激活码不正确或已失效，请向部署人员重新获取' });
    expect(await host.store.get('users', 'first-admin-1')).toBeNull();

    // Typed with spaces and dashes, in lower case, as people do.
    const typed = issued.code.toLowerCase().replace(/(.{4})(?=.)/g, '$1 - ');
    const me = await host.call('first-admin-1', 'user', 'claimAdmin', { code: typed });
    expect(me.data?.roles).toContainEqual({ role: 'street_admin', unitId: 'st-jinhua' });
    expect(me.data?.name).toBe('新管理员');
    // A repeat by the same person (say, after a lost answer) is fine; anybody else is refused.
    expect((await host.call('first-admin-1', 'user', 'claimAdmin', { code: issued.code })).ok).toBe(true);
    expect((await host.call('first-admin-2', 'user', 'claimAdmin', { code: issued.code })).error?.code).toBe('FORBIDDEN');
    // Spent: setup will not issue another.
    expect(await issueFirstAdminCode(host.store, 'st-jinhua', 'x', host.clock.now())).toEqual({ claimedBy: 'first-admin-1' });
    expect((await host.callOk('first-admin-1', 'catalog-admin', 'scopes', {})).communities.length).toBeGreaterThan(0);
  });

  it('refuses an expired code', async () => {
    await host.store.removeWhere('first_admin', { _id: FIRST_ADMIN_ID });
    const issued = await issueFirstAdminCode(host.store, 'st-jinhua', 'x', host.clock.now());
    if (!('code' in issued)) throw new Error('expected a code');
    host.clock.advance(CODE_TTL_MS + 1);
    expect((await host.call('first-admin-3', 'user', 'claimAdmin', { code: issued.code })).error?.code).toBe('FORBIDDEN');
  });
});
