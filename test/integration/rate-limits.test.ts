import { FUNCTIONS } from '../../cloudfunctions/core/functions';
import type { OutboxDoc } from '../../cloudfunctions/core/notify/outbox';
import { REPEAT_WINDOW_MS } from '../../cloudfunctions/core/notify/repeats';
import { addMembers } from '../../scripts/harness/activity-input';
import { createActivity } from '../support/activity-fixtures';
import { snapshotData } from '../support/db-snapshot';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();

describe('per-person write limits', () => {
  it('are declared for every action of every function: a read, or a window with a Chinese message', () => {
    for (const [fn, def] of Object.entries(FUNCTIONS)) {
      for (const action of Object.keys(def.contract)) {
        const rate = def.policy[action]!.rate;
        if (rate === 'read') continue;
        expect({ action: `${fn}.${action}`, max: rate.limit.max > 0, window: rate.limit.windowMs > 0, message: rate.limit.message }).toEqual({
          action: `${fn}.${action}`,
          max: true,
          window: true,
          message: expect.stringMatching(/[\u4e00-\u9fa5]/),
        });
      }
    }
  });

  it('stop a member signing up and cancelling in a loop, refusing both without writing, until the window has passed', async () => {
    const [member] = await addMembers(host, 'loop', 1);
    const a = await createActivity(host, { capacity: 3 });
    for (let i = 0; i < 5; i++) {
      expect((await host.call(member!, 'activity', 'signup', { id: a.id })).data?.signup.status).toBe('confirmed');
      expect((await host.call(member!, 'activity', 'cancel', { id: a.id })).data?.signup.status).toBe('cancelled');
      host.clock.advance(30_000);
    }
    const before = snapshotData(host.dataDir);
    const again = await host.call(member!, 'activity', 'signup', { id: a.id });
    expect(again.error).toEqual({ code: 'RATE_LIMITED', message: '10分钟内已取消报名5次，请稍后再报名或取消' });
    expect((await host.call(member!, 'activity', 'cancel', { id: a.id })).error?.code).toBe('RATE_LIMITED');
    expect(snapshotData(host.dataDir)).toEqual(before);

    // Reading is never limited; and someone else is not held back by this member's loop.
    expect((await host.call(member!, 'activity', 'get', { id: a.id })).ok).toBe(true);
    expect((await host.call('demo-party-member', 'activity', 'signup', { id: a.id })).data?.signup.status).toBe('confirmed');

    // The first cancellation leaves the ten-minute window: one more round is allowed.
    host.clock.advance(10 * 60_000 - 4 * 30_000);
    expect((await host.call(member!, 'activity', 'signup', { id: a.id })).data?.signup.status).toBe('confirmed');
  });

  it('tell a member who signs up again within minutes once, not each time, and again once the window has passed', async () => {
    const [member] = await addMembers(host, 'again', 1);
    for (let i = 0; i < 5; i++) await host.callOk(member!, 'notify', 'grantSubscribe', { kinds: ['signup_confirmed'] });
    const a = await createActivity(host, { capacity: 3 });
    for (let i = 0; i < 3; i++) {
      await host.callOk(member!, 'activity', 'signup', { id: a.id });
      await host.callOk(member!, 'activity', 'cancel', { id: a.id });
      host.clock.advance(20_000);
    }
    await host.callOk(member!, 'activity', 'signup', { id: a.id });
    await host.dispatch();
    const told = async () => (await host.callOk(member!, 'notify', 'inbox', {})).items.filter((i) => i.title.startsWith('报名成功'));
    const pushed = async () => (await host.subscribeLog.read()).filter((m) => m.touser === member);
    expect(await told()).toHaveLength(1);
    expect(await pushed()).toHaveLength(1);
    const skipped = await host.store.find<OutboxDoc>('outbox', { recipient: member!, kind: 'signup_confirmed', status: 'skipped', lastError: 'repeat' });
    expect(skipped).toHaveLength(6);

    host.clock.advance(REPEAT_WINDOW_MS);
    await host.callOk(member!, 'activity', 'cancel', { id: a.id });
    await host.callOk(member!, 'activity', 'signup', { id: a.id });
    await host.dispatch();
    expect(await told()).toHaveLength(2);
    expect(await pushed()).toHaveLength(2);
  });
});

