import { creditsOf } from '../../cloudfunctions/core/notify/credits';
import { dispatchDue } from '../../cloudfunctions/core/notify/dispatcher';
import { INBOX } from '../../cloudfunctions/core/notify/inbox.repository';
import { OUTBOX } from '../../cloudfunctions/core/notify/outbox';
import { useNotifyHarness } from '../support/notify-harness';

/** config/notify-templates.json marks the staff work-order template long-term (长期订阅), as a government account may. */
const WORK_ORDER = 'demo-tpl-work-order';
const h = useNotifyHarness();
const statuses = async () => (await h.store.find(OUTBOX, { channel: 'subscribe' }, { orderBy: [['event', 'asc']] })).map((m) => [m.event, m.status, m.lastError]);

describe('long-term subscriptions (长期订阅)', () => {
  it('send every message after one acceptance, spending nothing', async () => {
    expect(h.deps.notify.templates.request_escalated).toMatchObject({ templateId: WORK_ORDER, longTerm: true });
    await h.grant('demo-grid-worker', WORK_ORDER);
    // Each work order names its own request (the same words twice within minutes would be a repeat, not sent again).
    for (const event of ['e1', 'e2', 'e3', 'e4']) {
      await h.notify({ event, kind: event === 'e1' ? 'request_assigned' : 'request_escalated', recipient: 'demo-grid-worker', title: `工单 ${event}` });
      h.clock.advance(1000);
    }
    await dispatchDue(h.deps);
    expect(await statuses()).toEqual([
      ['e1', 'sent', null],
      ['e2', 'sent', null],
      ['e3', 'sent', null],
      ['e4', 'sent', null],
    ]);
    expect((await h.log.read()).map((m) => m.templateId)).toEqual([WORK_ORDER, WORK_ORDER, WORK_ORDER, WORK_ORDER]);
    expect(await creditsOf(h.store, 'demo-grid-worker', WORK_ORDER)).toBe(1);
  });

  it('send nothing before an acceptance, and stop when WeChat says the user turned it off; the inbox carries all', async () => {
    await h.notify({ event: 'e1', kind: 'request_escalated', recipient: 'demo-grid-worker' });
    await dispatchDue(h.deps);
    expect(await statuses()).toEqual([['e1', 'skipped', 'no_credit']]);

    await h.grant('demo-grid-worker', WORK_ORDER);
    h.sender.failNext(1, { ok: false, kind: 'refused', code: 43101, message: 'user refuse to accept the msg' });
    await h.notify({ event: 'e2', kind: 'request_escalated', recipient: 'demo-grid-worker', title: '工单 e2' });
    await dispatchDue(h.deps);
    expect((await statuses())[1]).toEqual(['e2', 'skipped', 'refused']);
    expect(await creditsOf(h.store, 'demo-grid-worker', WORK_ORDER)).toBe(0);
    expect(await h.store.count(INBOX, { recipient: 'demo-grid-worker' })).toBe(2);
  });
});
