import * as z from 'zod';
import type { Rule } from '../../cloudfunctions/core/kernel/authorize';
import { parseAppConfig } from '../../cloudfunctions/core/kernel/config';
import { defineFunction } from '../../cloudfunctions/core/kernel/function-def';
import { runAction } from '../../cloudfunctions/core/kernel/run-action';
import type { UserDoc } from '../../cloudfunctions/core/kernel/users';
import { SqliteStore } from '../../cloudfunctions/core/store/sqlite/sqlite-store';
import { ManualClock } from '../../scripts/harness/manual-clock';
import { stubPlatform } from '../../scripts/harness/stub-platform';
import { CONSENT_TEXTS } from '../../types/privacy';
import { RESIDENCE_REFUSALS } from '../../types/residence';

/** A function whose rules ask for each standing the authorization table can declare. */
const probe = { input: z.object({}).strict(), output: z.object({ ok: z.literal(true) }) };
const contract = { household: probe, owner: probe, membership: probe };
const read = (extra: Partial<Rule>): Rule => ({ allow: 'signedIn', rate: 'read', ...extra });
const fn = defineFunction('probe', contract, { household: read({ residence: 'household' }), owner: read({ residence: 'owner' }), membership: read({ consent: 'membership' }) }, {
  household: async () => ({ ok: true as const }),
  owner: async () => ({ ok: true as const }),
  membership: async () => ({ ok: true as const }),
});

const store = new SqliteStore(':memory:');
const deps = { store, clock: new ManualClock(Date.UTC(2026, 10, 25)), config: parseAppConfig({ secret: 's'.repeat(40) }), platform: stubPlatform() };
const person = (id: string, extra: Partial<UserDoc>): UserDoc => ({ _id: id, name: '居民', roles: [{ role: 'resident' }], createdAt: 0, updatedAt: 0, ...extra });
const home = (verified: boolean, owner: boolean) => ({ id: 'hc_x', path: ['st-a', 'cm-a', 'gd-a', 'bd-a'], verified, owner });

beforeAll(async () => {
  await store.insert('users', person('stated', { household: home(false, false) }));
  await store.insert('users', person('verified', { household: home(true, false) }));
  await store.insert('users', person('owner', { household: home(true, true) }));
  await store.insert('users', person('consented', { consents: { membership: { version: CONSENT_TEXTS.membership.version, at: 0 } } }));
  await store.insert('users', person('outdated', { consents: { membership: { version: '2000-01-01', at: 0 } } }));
});
afterAll(() => store.close());

const run = (action: string, openid: string) => runAction(fn, { action, data: {} }, openid, deps);

describe('the standing a rule declares, checked by runAction on the caller’s record', () => {
  it('needs a verified household for `household`, verified ownership for `owner`', async () => {
    const refusedHousehold = { ok: false, error: { code: 'FORBIDDEN', message: RESIDENCE_REFUSALS.household } };
    const refusedOwner = { ok: false, error: { code: 'FORBIDDEN', message: RESIDENCE_REFUSALS.owner } };
    expect(await run('household', 'nobody')).toEqual(refusedHousehold);
    expect(await run('household', 'stated')).toEqual(refusedHousehold);
    expect(await run('household', 'verified')).toEqual({ ok: true, data: { ok: true } });
    expect(await run('owner', 'verified')).toEqual(refusedOwner);
    expect(await run('owner', 'owner')).toEqual({ ok: true, data: { ok: true } });
  });

  it('needs the consent at its current version for `consent`', async () => {
    const refused = { ok: false, error: { code: 'FORBIDDEN', message: `请先阅读并同意《${CONSENT_TEXTS.membership.title}》` } };
    expect(await run('membership', 'nobody')).toEqual(refused);
    expect(await run('membership', 'outdated')).toEqual(refused);
    expect(await run('membership', 'consented')).toEqual({ ok: true, data: { ok: true } });
  });
});
