import { creditsOf } from '../../cloudfunctions/core/notify/credits';
import { backoffMs, dispatchDue, RETRY_POLICY } from '../../cloudfunctions/core/notify/dispatcher';
import { INBOX } from '../../cloudfunctions/core/notify/inbox.repository';
import { OUTBOX, outboxId, } from '../../cloudfunctions/core/notify/outbox';
import { useNotifyHarness } from '../support/notify-harness';

const TEMPLATE = 'demo-tpl-booking-result';
const MINUTE = 60_000;
const h = useNotifyHarness();

const outbox = (event: string, channel: 'inbox' | 'subscribe', recipient = 'demo-resident') => h.store.get(OUTBOX, outboxId(event, recipient, channel));

describe('outbox dispatcher', () => {
  it('delivers to the inbox and, with a credit, as a subscribe message; nothing before it is due', async () => {
    await h.grant('demo-resident', TEMPLATE);
    await h.notify({ event: 'booking:B1:confirmed', link: '/pages/item/index?code=MS-01', dueAt: h.clock.now() + MINUTE });
    expect(await dispatchDue(h.deps)).toEqual({ claimed: 0, sent: 0, skipped: 0, retrying: 0, dead: 0 });

    h.clock.advance(MINUTE);
    expect(await dispatchDue(h.deps)).toMatchObject({ claimed: 2, sent: 2 });
    const [sent] = await h.log.read();
    expect(sent).toMatchObject({
      touser: 'demo-resident',
      templateId: TEMPLATE,
      page: 'pages/item/index?code=MS-01',
      data: { thing1: { value: '预约成功' }, thing2: { value: '陈律师将于周五上午为您解答' } },
      miniprogramState: 'formal',
    });
    expect(await h.store.get(INBOX, outboxId('booking:B1:confirmed', 'demo-resident', 'inbox'))).toMatchObject({ title: '预约成功', readAt: null });
    expect(await outbox('booking:B1:confirmed', 'subscribe')).toMatchObject({ status: 'sent', attempts: 1, claimToken: null });
    expect(await dispatchDue(h.deps)).toMatchObject({ claimed: 0 });
  });

  it('retries a transient failure with exponential backoff and delivers once it succeeds', async () => {
    await h.grant('demo-resident', TEMPLATE);
    h.sender.failNext(2);
    await h.notify({ event: 'booking:B2:confirmed' });

    expect(await dispatchDue(h.deps)).toMatchObject({ sent: 1, retrying: 1 });
    const first = await outbox('booking:B2:confirmed', 'subscribe');
    expect(first).toMatchObject({ status: 'pending', attempts: 1, dueAt: h.clock.now() + MINUTE, lastError: 'system error' });
    // The failed send gave its credit back, so the retry can use it.
    expect(await creditsOf(h.store, 'demo-resident', TEMPLATE)).toBe(1);

    h.clock.advance(MINUTE - 1);
    expect(await dispatchDue(h.deps)).toMatchObject({ claimed: 0 });
    h.clock.advance(1);
    expect(await dispatchDue(h.deps)).toMatchObject({ retrying: 1 });
    expect((await outbox('booking:B2:confirmed', 'subscribe'))?.dueAt).toBe(h.clock.now() + 2 * MINUTE);

    h.clock.advance(2 * MINUTE);
    expect(await dispatchDue(h.deps)).toMatchObject({ sent: 1 });
    expect(await outbox('booking:B2:confirmed', 'subscribe')).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
    expect(await h.log.read()).toHaveLength(1);
    expect(h.sender.attempts).toHaveLength(3);
    expect(await creditsOf(h.store, 'demo-resident', TEMPLATE)).toBe(0);
  });

  it('gives up after the attempt limit: dead, scoped to the recipient community, credit returned', async () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffMs(n))).toEqual([1, 2, 4, 8, 16, 32, 60].map((m) => m * MINUTE));
    await h.grant('demo-resident', TEMPLATE);
    h.sender.failAlways();
    await h.notify({ event: 'booking:B3:confirmed' });
    for (let attempt = 1; attempt <= RETRY_POLICY.maxAttempts; attempt++) {
      const report = await dispatchDue(h.deps);
      expect(report.claimed).toBeGreaterThanOrEqual(1);
      h.clock.advance(backoffMs(attempt));
    }
    const dead = await outbox('booking:B3:confirmed', 'subscribe');
    expect(dead).toMatchObject({ status: 'dead', attempts: RETRY_POLICY.maxAttempts, communityId: 'cm-xiyuan', claimToken: null });
    expect(dead?.lastError).toMatch(/^重试6次仍失败/);
    expect(h.sender.attempts).toHaveLength(RETRY_POLICY.maxAttempts);
    expect(await creditsOf(h.store, 'demo-resident', TEMPLATE)).toBe(1);
    h.clock.advance(24 * 60 * MINUTE);
    expect(await dispatchDue(h.deps)).toMatchObject({ claimed: 0 });
  });

  it('marks a permanent WeChat error dead at once, and a refusal skipped with the credits cleared', async () => {
    await h.grant('demo-resident', TEMPLATE, 3);
    h.sender.failNext(1, { ok: false, kind: 'permanent', code: 40037, message: '模板 id 无效（40037）' });
    await h.notify({ event: 'booking:B4:confirmed' });
    expect(await dispatchDue(h.deps)).toMatchObject({ sent: 1, dead: 1 });
    expect(await outbox('booking:B4:confirmed', 'subscribe')).toMatchObject({ status: 'dead', attempts: 1, lastError: '模板 id 无效（40037）' });
    expect(await creditsOf(h.store, 'demo-resident', TEMPLATE)).toBe(3);

    h.sender.failNext(1, { ok: false, kind: 'refused', code: 43101, message: '用户未订阅或已拒收（43101）' });
    // Other words: the same words again within minutes would be skipped as a repeat (notify/repeats.ts).
    await h.notify({ event: 'booking:B5:confirmed', body: '陈律师将于周六上午为您解答' });
    expect(await dispatchDue(h.deps)).toMatchObject({ sent: 1, skipped: 1 });
    expect(await outbox('booking:B5:confirmed', 'subscribe')).toMatchObject({ status: 'skipped', lastError: 'refused' });
    expect(await creditsOf(h.store, 'demo-resident', TEMPLATE)).toBe(0);
  });

  it('reclaims a message whose dispatcher died mid-send, and ignores the dead claim’s late answer', async () => {
    await h.grant('demo-resident', TEMPLATE);
    await h.notify({ event: 'booking:B6:confirmed' });
    const id = outboxId('booking:B6:confirmed', 'demo-resident', 'subscribe');
    // A dispatcher claimed it and then vanished.
    await h.store.update(OUTBOX, id, { set: { status: 'sending', claimToken: 'vanished', claimedUntil: h.clock.now() + RETRY_POLICY.leaseMs }, inc: { attempts: 1 } });
    expect(await dispatchDue(h.deps)).toMatchObject({ claimed: 1 }); // only the inbox copy: the lease still holds
    h.clock.advance(RETRY_POLICY.leaseMs);
    expect(await dispatchDue(h.deps)).toMatchObject({ claimed: 1, sent: 1 });
    expect(await h.store.updateWhere(OUTBOX, { _id: id, status: 'sending', claimToken: 'vanished' }, { set: { status: 'dead' } })).toBe(0);
    expect(await h.store.get(OUTBOX, id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('buries a message abandoned on its last allowed attempt', async () => {
    await h.notify({ event: 'booking:B7:confirmed' });
    const id = outboxId('booking:B7:confirmed', 'demo-resident', 'inbox');
    await h.store.update(OUTBOX, id, { set: { status: 'sending', claimToken: 'gone', claimedUntil: h.clock.now(), attempts: RETRY_POLICY.maxAttempts } });
    await dispatchDue(h.deps);
    expect(await h.store.get(OUTBOX, id)).toMatchObject({ status: 'dead', lastError: '发送中断且已达重试上限', communityId: 'cm-xiyuan' });
    expect(await h.store.get(INBOX, id)).toBeNull();
  });

  it('sends the current text of a message changed between the query and the claim', async () => {
    await h.notify({ event: 'booking:B8:confirmed', title: '旧标题' });
    const id = outboxId('booking:B8:confirmed', 'demo-resident', 'inbox');
    const realFind = h.store.find.bind(h.store);
    // Change the message right after the dispatcher's query for due messages, as a concurrent scheduleReminder could.
    jest.spyOn(h.store, 'find').mockImplementation(async (collection, filter, options) => {
      const found = await realFind(collection, filter, options);
      if ((filter as Record<string, unknown> | undefined)?.status === 'pending') await h.store.update(OUTBOX, id, { set: { title: '新标题' } });
      return found as never;
    });
    await dispatchDue(h.deps);
    expect(await h.store.get(INBOX, id)).toMatchObject({ title: '新标题' });
  });
});
