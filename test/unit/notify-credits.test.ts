import { consumeCredit, creditsOf, grantCredit, MAX_CREDITS } from '../../cloudfunctions/core/notify/credits';
import { dispatchDue } from '../../cloudfunctions/core/notify/dispatcher';
import { INBOX } from '../../cloudfunctions/core/notify/inbox.repository';
import { OUTBOX, } from '../../cloudfunctions/core/notify/outbox';
import { CloudBaseStore } from '../../cloudfunctions/core/store/cloudbase/cloudbase-store';
import { FakeCloudBaseDb } from '../../scripts/harness/fake-cloudbase-db';
import { useNotifyHarness } from '../support/notify-harness';

const BOOKING = 'demo-tpl-booking-result';
const h = useNotifyHarness();

const subscribeStatuses = async () =>
  (await h.store.find(OUTBOX, { channel: 'subscribe' }, { orderBy: [['event', 'asc']] })).map((m) => [m.event, m.status, m.lastError]);

describe('subscribe credits', () => {
  it('are counted per template: grant 2, three events → two sends, one skipped, all three in the inbox', async () => {
    await h.grant('demo-resident', BOOKING, 2);
    // Three kinds that share the booking-result template, a second apart: they are sent oldest first.
    for (const [event, kind] of [['e1', 'booking_confirmed'], ['e2', 'booking_declined'], ['e3', 'booking_cancelled']] as const) {
      await h.notify({ event, kind });
      h.clock.advance(1000);
    }
    expect(await dispatchDue(h.deps)).toMatchObject({ claimed: 6, sent: 5, skipped: 1 });
    expect(await h.log.read()).toHaveLength(2);
    expect(await subscribeStatuses()).toEqual([
      ['e1', 'sent', null],
      ['e2', 'sent', null],
      ['e3', 'skipped', 'no_credit'],
    ]);
    expect(await h.store.count(INBOX, { recipient: 'demo-resident' })).toBe(3);
    expect(await creditsOf(h.store, 'demo-resident', BOOKING)).toBe(0);
  });

  it('for one template do not pay for another, nor for another user', async () => {
    await h.grant('demo-resident', 'demo-tpl-signup-result');
    await h.grant('demo-resident-2', BOOKING);
    await h.notify({ event: 'e1', kind: 'booking_confirmed' });
    await h.notify({ event: 'e2', kind: 'request_assigned' });
    await dispatchDue(h.deps);
    expect(await subscribeStatuses()).toEqual([
      ['e1', 'skipped', 'no_credit'],
      ['e2', 'skipped', 'no_credit'],
    ]);
    expect(await h.log.read()).toEqual([]);
    expect(await creditsOf(h.store, 'demo-resident', 'demo-tpl-signup-result')).toBe(1);
  });

  it('skip a kind with no template configured, without touching credits', async () => {
    h.deps.notify = { ...h.deps.notify, templates: {} };
    await h.grant('demo-resident', BOOKING);
    await h.notify({ event: 'e1' });
    expect(await dispatchDue(h.deps)).toMatchObject({ sent: 1, skipped: 1 });
    expect(await subscribeStatuses()).toEqual([['e1', 'skipped', 'no_template']]);
    expect(await creditsOf(h.store, 'demo-resident', BOOKING)).toBe(1);
  });

  it('are bounded, and concurrent grants and sends never lose or overdraw one', async () => {
    await Promise.all(Array.from({ length: 5 }, () => grantCredit(h.store, 'demo-resident-2', BOOKING, h.clock.now())));
    expect(await creditsOf(h.store, 'demo-resident-2', BOOKING)).toBe(5);
    for (let i = 0; i < MAX_CREDITS + 5; i++) await grantCredit(h.store, 'demo-resident-2', BOOKING, h.clock.now());
    expect(await creditsOf(h.store, 'demo-resident-2', BOOKING)).toBe(MAX_CREDITS);

    const takes = await Promise.all(Array.from({ length: MAX_CREDITS + 4 }, () => consumeCredit(h.store, 'demo-resident-2', BOOKING, h.clock.now())));
    expect(takes.filter(Boolean)).toHaveLength(MAX_CREDITS);
    expect(await creditsOf(h.store, 'demo-resident-2', BOOKING)).toBe(0);
  });

  it('behave the same on the CloudBase adapter', async () => {
    const store = new CloudBaseStore(new FakeCloudBaseDb());
    await Promise.all(Array.from({ length: 3 }, () => grantCredit(store, 'u1', BOOKING, 1)));
    const takes = await Promise.all(Array.from({ length: 5 }, () => consumeCredit(store, 'u1', BOOKING, 2)));
    expect(takes.filter(Boolean)).toHaveLength(3);
    expect(await creditsOf(store, 'u1', BOOKING)).toBe(0);
  });
});
