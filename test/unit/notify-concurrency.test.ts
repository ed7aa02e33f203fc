import { dispatchDue } from '../../cloudfunctions/core/notify/dispatcher';
import { INBOX } from '../../cloudfunctions/core/notify/inbox.repository';
import { OUTBOX, } from '../../cloudfunctions/core/notify/outbox';
import { CloudBaseStore } from '../../cloudfunctions/core/store/cloudbase/cloudbase-store';
import type { Store } from '../../cloudfunctions/core/store/port';
import { SqliteStore } from '../../cloudfunctions/core/store/sqlite/sqlite-store';
import { FakeCloudBaseDb } from '../../scripts/harness/fake-cloudbase-db';
import { notifyHarness, type NotifyHarness } from '../support/notify-harness';

const RECIPIENTS = ['demo-resident', 'demo-resident-2', 'demo-party-member', 'demo-lawyer', 'demo-admin'];
const TEMPLATE = 'demo-tpl-signup-result';

/** One dispatcher process: runs until a run claims nothing. */
async function dispatcherLoop(h: NotifyHarness): Promise<number> {
  let claimed = 0;
  for (;;) {
    const report = await dispatchDue(h.deps);
    if (report.claimed === 0) return claimed;
    claimed += report.claimed;
  }
}

const adapters: Array<[string, () => Store, number]> = [
  ['SQLite', () => new SqliteStore(':memory:'), 12],
  ['CloudBase (stand-in)', () => new CloudBaseStore(new FakeCloudBaseDb()), 4],
];

describe.each(adapters)('two dispatchers at once on %s', (_name, makeStore, rounds) => {
  let h: NotifyHarness;
  beforeEach(async () => {
    h = await notifyHarness(makeStore());
  });
  afterEach(() => h.close());

  it('never send the same message twice, and together deliver every one', async () => {
    const perRound = 10;
    for (const openid of RECIPIENTS) await h.grant(openid, TEMPLATE, 10);
    let expected = 0;
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < perRound; i++) {
        // Each its own words: the same words to the same person within minutes would be skipped as a repeat.
        await h.notify({ event: `signup:R${round}-${i}:confirmed`, recipient: RECIPIENTS[i % RECIPIENTS.length]!, kind: 'signup_confirmed', title: '报名成功', body: `第${round}轮第${i}场` });
      }
      expected += perRound;
      // Some sends fail for now, so that retries race too.
      h.sender.failNext(3);
      const [a, b] = await Promise.all([dispatcherLoop(h), dispatcherLoop(h)]);
      expect(a + b).toBeGreaterThanOrEqual(perRound * 2);
      h.clock.advance(60 * 60_000);
      await Promise.all([dispatcherLoop(h), dispatcherLoop(h)]);
      // Credits are refilled so that every subscribe message in the test has one.
      for (const openid of RECIPIENTS) await h.grant(openid, TEMPLATE, 10);
    }

    const sent = await h.log.read();
    const perId = new Map<string, number>();
    for (const s of sent) perId.set(s.id, (perId.get(s.id) ?? 0) + 1);
    expect([...perId.values()].every((n) => n === 1)).toBe(true);
    expect(perId.size).toBe(expected);
    expect(await h.store.count(INBOX, {})).toBe(expected);
    const outbox = await h.store.find(OUTBOX, {});
    expect(outbox).toHaveLength(expected * 2);
    expect(outbox.filter((m) => m.status !== 'sent')).toEqual([]);
    expect(outbox.every((m) => m.claimToken === null)).toBe(true);
  }, 60000);
});
