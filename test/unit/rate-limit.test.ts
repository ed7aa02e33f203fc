import type { RateLimit } from '../../cloudfunctions/core/kernel/authorize';
import { countCall, liveHits, rateRefusal } from '../../cloudfunctions/core/kernel/rate-limit';
import { findUser, type UserDoc } from '../../cloudfunctions/core/kernel/users';
import { CloudBaseStore } from '../../cloudfunctions/core/store/cloudbase/cloudbase-store';
import type { Store } from '../../cloudfunctions/core/store/port';
import { SqliteStore } from '../../cloudfunctions/core/store/sqlite/sqlite-store';
import { FakeCloudBaseDb } from '../../scripts/harness/fake-cloudbase-db';

const LIMIT: RateLimit = { key: 'probe', max: 3, windowMs: 60_000, message: '操作太频繁' };
const NOW = Date.UTC(2026, 10, 25, 2, 0, 0);

const adapters: Array<[string, () => Store]> = [
  ['SQLite', () => new SqliteStore(':memory:')],
  ['CloudBase (stand-in)', () => new CloudBaseStore(new FakeCloudBaseDb())],
];

describe.each(adapters)('a sliding window on %s', (_name, makeStore) => {
  let store: Store;
  const caller = async (openid: string) => ({ openid, user: await findUser(store, openid) });
  beforeEach(async () => {
    store = makeStore();
    const user: UserDoc = { _id: 'u1', name: '居民', roles: [{ role: 'resident' }], createdAt: 0, updatedAt: 0 };
    await store.insert('users', user);
  });
  afterEach(() => store.close());

  it('admits max calls in any window, refuses the next with the class message, and admits again as the oldest leaves it', async () => {
    for (let i = 0; i < 3; i++) {
      expect(rateRefusal(await caller('u1'), LIMIT, NOW + i * 10_000)).toBeNull();
      await countCall(store, await caller('u1'), LIMIT, NOW + i * 10_000);
    }
    expect(rateRefusal(await caller('u1'), LIMIT, NOW + 20_000)?.toBody()).toEqual({ code: 'RATE_LIMITED', message: '操作太频繁' });
    // Sliding, not fixed: the first call leaves the window a minute after it was made, the others later.
    expect(rateRefusal(await caller('u1'), LIMIT, NOW + 59_999)).not.toBeNull();
    expect(rateRefusal(await caller('u1'), LIMIT, NOW + 60_000)).toBeNull();
    await countCall(store, await caller('u1'), LIMIT, NOW + 60_000);
    expect(rateRefusal(await caller('u1'), LIMIT, NOW + 60_001)).not.toBeNull();
    expect((await findUser(store, 'u1'))?.rate?.probe?.hits).toEqual([NOW + 10_000, NOW + 20_000, NOW + 60_000]);
  });

  it('counts every one of a person’s concurrent calls (compare-and-set, read again when it loses)', async () => {
    const wide: RateLimit = { ...LIMIT, max: 50 };
    const stale = await caller('u1');
    await Promise.all(Array.from({ length: 4 }, (_, i) => countCall(store, stale, wide, NOW + i)));
    const window = (await findUser(store, 'u1'))?.rate?.probe;
    expect(window?.seq).toBe(4);
    expect(liveHits(window, wide, NOW + 10).sort()).toEqual([NOW, NOW + 1, NOW + 2, NOW + 3]);
  });

  it('keeps someone without a record in this instance’s memory, and writes nothing for them', async () => {
    const nobody = { openid: `newcomer-${Math.random()}`, user: null };
    for (let i = 0; i < 3; i++) await countCall(store, nobody, LIMIT, NOW);
    expect(rateRefusal(nobody, LIMIT, NOW)?.code).toBe('RATE_LIMITED');
    expect(rateRefusal(nobody, LIMIT, NOW + 60_000)).toBeNull();
    expect(await findUser(store, nobody.openid)).toBeNull();
  });

  it('leaves a record deleted meanwhile deleted', async () => {
    const before = await caller('u1');
    await store.remove('users', 'u1');
    await countCall(store, before, LIMIT, NOW);
    expect(await findUser(store, 'u1')).toBeNull();
  });
});
