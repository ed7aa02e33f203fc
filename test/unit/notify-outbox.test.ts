import { dispatchDue } from '../../cloudfunctions/core/notify/dispatcher';
import { INBOX, } from '../../cloudfunctions/core/notify/inbox.repository';
import { cancelReminder, enqueue, OUTBOX, outboxId, scheduleReminder, type NotificationInput, } from '../../cloudfunctions/core/notify/outbox';
import { DuplicateKeyError } from '../../cloudfunctions/core/store/port';
import { fromShanghai, shanghai } from '../../types/time';
import { useNotifyHarness } from '../support/notify-harness';

const HOUR = 60 * 60_000;
const h = useNotifyHarness();

/** An activity on 2026-11-27 19:00 and its reminder at 18:00 the day before, as the activity feature schedules it. */
const activityAt = fromShanghai('2026-11-27 19:00');
const reminder = (startAt: number): NotificationInput & { dueAt: number } => ({
  event: 'signup:S1:remind:eve',
  recipient: 'demo-party-member',
  kind: 'activity_reminder',
  title: '明天有活动：垃圾分类宣传',
  body: '请准时到西园社区党群服务中心',
  link: '/pages/item/index?code=MS-01',
  fields: { time: String(startAt) },
  dueAt: shanghai(startAt).subtract(1, 'day').hour(18).minute(0).second(0).millisecond(0).valueOf(),
});
const inboxOf = (openid: string) => h.store.find(INBOX, { recipient: openid });

describe('the transactional outbox', () => {
  it('writes the message in the same transaction as the change: a failed change leaves none', async () => {
    const change = h.store.transaction(async (tx) => {
      await tx.insert('counters', { _id: 'S9', n: 1 });
      await enqueue(tx, h.clock.now(), { event: 'signup:S9:confirmed', recipient: 'demo-resident', kind: 'signup_confirmed', title: '报名成功', body: '…' });
      throw new Error('seat taken meanwhile');
    });
    await expect(change).rejects.toThrow('seat taken meanwhile');
    expect(await h.store.count(OUTBOX, {})).toBe(0);
    expect(await h.store.get('counters', 'S9')).toBeNull();
    expect(await dispatchDue(h.deps)).toMatchObject({ claimed: 0 });
    expect(await inboxOf('demo-resident')).toEqual([]);
  });

  it('keeps one message per event, recipient and channel: a repeat loses its transaction, changing nothing', async () => {
    await h.notify({ event: 'booking:B1:confirmed' });
    expect(await h.store.count(OUTBOX, {})).toBe(2);
    const repeat = h.store.transaction(async (tx) => {
      await tx.put('counters', { _id: 'B1-change', n: 1 });
      await enqueue(tx, h.clock.now(), { event: 'booking:B1:confirmed', recipient: 'demo-resident', kind: 'booking_confirmed', title: '预约成功', body: '…' });
    });
    await expect(repeat).rejects.toBeInstanceOf(DuplicateKeyError);
    expect(await h.store.get('counters', 'B1-change')).toBeNull();
    expect(await h.store.count(OUTBOX, {})).toBe(2);
    await dispatchDue(h.deps);
    await expect(h.notify({ event: 'booking:B1:confirmed' })).rejects.toBeInstanceOf(DuplicateKeyError);
    await dispatchDue(h.deps);
    expect(await inboxOf('demo-resident')).toHaveLength(1);
  });
});

describe('reminders', () => {
  it('are sent at their time, not before', async () => {
    const r = reminder(activityAt);
    expect(r.dueAt).toBe(fromShanghai('2026-11-26 18:00'));
    await h.store.transaction((tx) => scheduleReminder(tx, h.clock.now(), r));
    await dispatchDue(h.deps);
    expect(await inboxOf('demo-party-member')).toEqual([]);
    h.clock.set(r.dueAt);
    expect(await dispatchDue(h.deps)).toMatchObject({ claimed: 2, sent: 1, skipped: 1 });
    expect(await inboxOf('demo-party-member')).toMatchObject([{ title: '明天有活动：垃圾分类宣传', at: r.dueAt }]);
  });

  it('move with the activity: one message, at the new time, with the new text', async () => {
    await h.grant('demo-party-member', 'demo-tpl-activity-reminder');
    await h.store.transaction((tx) => scheduleReminder(tx, h.clock.now(), reminder(activityAt)));
    const movedAt = fromShanghai('2026-11-29 19:00');
    await h.store.transaction((tx) => scheduleReminder(tx, h.clock.now(), { ...reminder(movedAt), title: '改期提醒：垃圾分类宣传' }));
    expect(await h.store.count(OUTBOX, {})).toBe(2);
    expect((await h.store.get(OUTBOX, outboxId('signup:S1:remind:eve', 'demo-party-member', 'inbox')))?.dueAt).toBe(fromShanghai('2026-11-28 18:00'));

    h.clock.set(fromShanghai('2026-11-26 18:00'));
    expect(await dispatchDue(h.deps)).toMatchObject({ claimed: 0 });
    h.clock.set(fromShanghai('2026-11-28 18:00'));
    expect(await dispatchDue(h.deps)).toMatchObject({ sent: 2 });
    expect(await inboxOf('demo-party-member')).toMatchObject([{ title: '改期提醒：垃圾分类宣传' }]);
    const [sent] = await h.log.read();
    expect(sent?.data).toEqual({ thing1: { value: '改期提醒：垃圾分类宣传' }, time2: { value: '2026年11月29日 19:00' }, thing3: { value: '请准时到西园社区党群服务中心' } });
  });

  it('are cancelled with the signup and never sent; scheduling again revives them', async () => {
    await h.store.transaction((tx) => scheduleReminder(tx, h.clock.now(), reminder(activityAt)));
    await h.store.transaction((tx) => cancelReminder(tx, 'signup:S1:remind:eve', 'demo-party-member'));
    h.clock.set(activityAt);
    expect(await dispatchDue(h.deps)).toMatchObject({ claimed: 0 });
    expect(await inboxOf('demo-party-member')).toEqual([]);
    const statuses = (await h.store.find(OUTBOX, {})).map((m) => m.status);
    expect(statuses).toEqual(['cancelled', 'cancelled']);

    // Signing up again schedules the same reminder anew.
    h.clock.set(fromShanghai('2026-11-25 12:00'));
    await h.store.transaction((tx) => scheduleReminder(tx, h.clock.now(), reminder(activityAt)));
    h.clock.set(fromShanghai('2026-11-26 18:00'));
    expect(await dispatchDue(h.deps)).toMatchObject({ claimed: 2 });
    expect(await inboxOf('demo-party-member')).toHaveLength(1);
  });

  it('once sent, stay sent: a late cancel or move changes nothing', async () => {
    const r = reminder(activityAt);
    await h.store.transaction((tx) => scheduleReminder(tx, h.clock.now(), r));
    h.clock.set(r.dueAt);
    await dispatchDue(h.deps);
    await h.store.transaction((tx) => cancelReminder(tx, r.event, r.recipient));
    await h.store.transaction((tx) => scheduleReminder(tx, h.clock.now(), { ...r, dueAt: r.dueAt + HOUR }));
    const inbox = await h.store.get(OUTBOX, outboxId(r.event, r.recipient, 'inbox'));
    expect(inbox).toMatchObject({ status: 'sent', dueAt: r.dueAt });
    h.clock.advance(2 * HOUR);
    expect(await dispatchDue(h.deps)).toMatchObject({ claimed: 0 });
    expect(await inboxOf('demo-party-member')).toHaveLength(1);
  });
});
