import type { ActivityDoc, SignupDoc } from '../../cloudfunctions/core/activity/activity.repository';
import type { OutboxDoc } from '../../cloudfunctions/core/notify/outbox';
import { fromShanghai, shanghai } from '../../types/time';
import { expectPoolInvariants } from '../contract/hot-contract';
import { addMembers } from '../../scripts/harness/activity-input';
import { TEST_NOW } from '../../scripts/harness/test-now';
import { createActivity, outboxOf } from '../support/activity-fixtures';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
beforeEach(() => host.clock.set(TEST_NOW));

const signup = (openid: string, id: string) => host.call(openid, 'activity', 'signup', { id });
const cancel = (openid: string, id: string) => host.call(openid, 'activity', 'cancel', { id });
const stored = (id: string) => host.store.get<ActivityDoc>('activities', id) as Promise<ActivityDoc>;

describe('capacity and the waiting list under concurrency', () => {
  it('30 members race for 5 seats with cancellations interleaved: never overbooked, FIFO promotion, each promoted member told once', async () => {
    const members = await addMembers(host, 'race', 30);
    const a = await createActivity(host, { capacity: 5, waitlistLimit: 30 });

    // Everyone at once; five of the early ones cancel while the rest are still signing up.
    const first = await Promise.all(members.slice(0, 10).map((m) => signup(m, a.id)));
    expect(first.every((r) => r.ok)).toBe(true);
    expect(first.filter((r) => r.data!.signup.status === 'confirmed')).toHaveLength(5);
    const cancellers = members.slice(0, 10).filter((_m, i) => first[i]!.data!.signup.status === 'confirmed').slice(0, 3);
    const rest = await Promise.all([
      ...members.slice(10).map((m) => signup(m, a.id)),
      ...cancellers.map((m) => cancel(m, a.id)),
    ]);
    expect(rest.every((r) => r.ok)).toBe(true);

    const doc = await stored(a.id);
    expectPoolInvariants(doc.seats, 5, 30);
    expect(doc.seats.holders.length).toBe(5);
    // 30 signed up, 3 left: 27 remain, 5 with seats, 22 waiting.
    expect(doc.seats.waiting.length).toBe(22);

    const signups = await host.store.find<SignupDoc>('signups', { activityId: a.id });
    expect(signups.filter((s) => s.status === 'confirmed').map((s) => s.openid).sort()).toEqual([...doc.seats.holders].sort());
    expect(signups.filter((s) => s.status === 'waitlisted').map((s) => s.openid).sort()).toEqual([...doc.seats.waiting].sort());

    // Promoted members are those who were waiting; each was told exactly once, and confirmed ones had no promotion.
    const promoted = signups.filter((s) => s.promotedAt !== null);
    expect(promoted.length).toBe(3);
    for (const s of promoted) {
      expect(await outboxOf(host, 'signup_promoted', s.openid)).toHaveLength(1);
      expect(await outboxOf(host, 'signup_waitlisted', s.openid)).toHaveLength(1);
    }
    expect(await outboxOf(host, 'signup_promoted')).toHaveLength(3);

    // FIFO: cancel three more sequentially; the head of the list each time takes the seat.
    for (let i = 0; i < 3; i++) {
      const before = await stored(a.id);
      const head = before.seats.waiting[0]!;
      const leaving = before.seats.holders[0]!;
      expect((await cancel(leaving, a.id)).ok).toBe(true);
      const after = await stored(a.id);
      expect(after.seats.holders).toContain(head);
      expect(after.seats.waiting).toEqual(before.seats.waiting.slice(1));
      const detail = await host.call(head, 'activity', 'get', { id: a.id });
      expect(detail.data?.mine?.status).toBe('confirmed');
    }
    expect(await outboxOf(host, 'signup_promoted')).toHaveLength(6);
  });

  it('refuses once seats and waiting places are full, with FULL', async () => {
    const members = await addMembers(host, 'full', 4);
    const a = await createActivity(host, { capacity: 2, waitlistLimit: 1 });
    const results = await Promise.all(members.map((m) => signup(m, a.id)));
    expect(results.filter((r) => r.data?.signup.status === 'confirmed')).toHaveLength(2);
    expect(results.filter((r) => r.data?.signup.status === 'waitlisted')).toHaveLength(1);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.error).toMatchObject({ code: 'FULL', message: '名额和候补都已满' });
  });
});

describe('one signup per member per activity', () => {
  it('returns the existing signup for repeated and concurrent requests, writing one document and one message', async () => {
    const [m] = await addMembers(host, 'idem', 1);
    const a = await createActivity(host, { capacity: 3 });
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => signup(m!, a.id)));
    expect(results.every((r) => r.ok && r.data!.signup.status === 'confirmed')).toBe(true);
    expect(results.filter((r) => r.data!.created)).toHaveLength(1);
    expect(await host.store.count('signups', { activityId: a.id })).toBe(1);
    expect((await stored(a.id)).seats.holders).toEqual([m]);
    expect(await outboxOf(host, 'signup_confirmed', m)).toHaveLength(1);
    const again = await signup(m!, a.id);
    expect(again.data).toMatchObject({ created: false, signup: { status: 'confirmed', signedUpAt: results[0]!.data!.signup.signedUpAt } });
  });

  it('lets a member who cancelled sign up again for a new seat, told again', async () => {
    const [m] = await addMembers(host, 'again', 1);
    const a = await createActivity(host);
    await signup(m!, a.id);
    await cancel(m!, a.id);
    host.clock.advance(1000);
    const res = await signup(m!, a.id);
    expect(res.data).toMatchObject({ created: true, signup: { status: 'confirmed' } });
    expect(await outboxOf(host, 'signup_confirmed', m)).toHaveLength(2);
    expect((await host.store.get<SignupDoc>('signups', `${a.id}:${m}`))?.since).toBe(TEST_NOW + 1000);
  });
});

describe('deadlines', () => {
  it('closes signup at the signup deadline and cancellation at the cancellation deadline; a waiting member may still leave', async () => {
    const [m1, m2, m3] = await addMembers(host, 'dl', 3);
    const a = await createActivity(host, { capacity: 1 });
    await signup(m1!, a.id);
    await signup(m2!, a.id);

    host.clock.set(a.signupDeadline);
    const late = await signup(m3!, a.id);
    expect(late.error?.code).toBe('CONFLICT');
    expect(late.error?.message).toContain('报名已于');
    expect(await host.store.get('signups', `${a.id}:${m3}`)).toBeNull();

    host.clock.set(a.cancelDeadline - 1);
    const detail = await host.call(m1!, 'activity', 'get', { id: a.id });
    expect(detail.data).toMatchObject({ signupOpen: false, cancelOpen: true });

    host.clock.set(a.cancelDeadline);
    const tooLate = await cancel(m1!, a.id);
    expect(tooLate.error?.code).toBe('CONFLICT');
    expect(tooLate.error?.message).toContain('取消报名已于');
    expect((await stored(a.id)).seats.holders).toEqual([m1]);

    const leave = await cancel(m2!, a.id);
    expect(leave.data?.signup.status).toBe('cancelled');
    expect((await stored(a.id)).seats.waiting).toEqual([]);
  });
});

describe('reminders and changes', () => {
  /** The activity's reminders: one fan-out message each, whatever the number signed up. */
  const reminders = (activityId: string) =>
    host.store.find<OutboxDoc>('outbox', { kind: 'activity_reminder', channel: 'fanout' }).then((d) => d.filter((x) => x.event.includes(activityId)));
  /** Dispatches until nothing due is left: a fan-out is expanded in one run and its messages sent in the next. */
  const dispatchAll = async () => {
    for (let i = 0; i < 5 && (await host.dispatch()).claimed > 0; i++);
  };
  const inboxTitles = async (openid: string) => (await host.store.find<{ _id: string; recipient: string; title: string }>('inbox', { recipient: openid })).map((d) => d.title);

  it('reminds whoever holds a seat at 18:00 the day before and 1 h before, moved with the time, never those who left', async () => {
    const [m, leaver] = await addMembers(host, 'rem', 2);
    const a = await createActivity(host);
    const eve = fromShanghai(`${shanghai(a.startAt).subtract(1, 'day').format('YYYY-MM-DD')} 18:00`);
    expect((await reminders(a.id)).map((r) => [r.status, r.dueAt]).sort()).toEqual([['pending', a.startAt - 3_600_000], ['pending', eve]].sort());
    await signup(m!, a.id);
    await signup(leaver!, a.id);
    // However many sign up, the reminders stay two messages.
    expect(await reminders(a.id)).toHaveLength(2);

    const later = a.startAt + 24 * 3_600_000;
    const upd = await host.call('demo-secretary', 'activity', 'update', { id: a.id, startAt: later, endAt: later + 7_200_000, signupDeadline: later - 86_400_000, cancelDeadline: later - 86_400_000, place: '西园社区党群服务中心二楼' });
    expect(upd.ok).toBe(true);
    expect((await reminders(a.id)).map((r) => [r.status, r.dueAt]).sort()).toEqual([['pending', later - 3_600_000], ['pending', eve + 24 * 3_600_000]].sort());
    await dispatchAll();
    for (const who of [m!, leaver!]) {
      const changed = await outboxOf(host, 'activity_changed', who);
      expect(changed).toHaveLength(1);
      expect(changed[0]!.body).toContain('西园社区党群服务中心二楼');
    }

    await cancel(leaver!, a.id);
    host.clock.set(eve + 24 * 3_600_000);
    await dispatchAll();
    expect(await inboxTitles(m!)).toContain('明日活动提醒：测试主题党日');
    expect(await inboxTitles(leaver!)).not.toContain('明日活动提醒：测试主题党日');
    // A reminder is sent once: a later run sends nothing more.
    await dispatchAll();
    expect((await inboxTitles(m!)).filter((t) => t === '明日活动提醒：测试主题党日')).toHaveLength(1);
  });

  it('a larger capacity promotes from the waiting list; a smaller one below the confirmed count is refused', async () => {
    const [m1, m2, m3] = await addMembers(host, 'cap', 3);
    const a = await createActivity(host, { capacity: 1 });
    for (const m of [m1, m2, m3]) await signup(m!, a.id);
    const shrink = await host.call('demo-secretary', 'activity', 'update', { id: a.id, capacity: 0 });
    expect(shrink.error?.code).toBe('INVALID_INPUT');
    const grow = await host.call('demo-secretary', 'activity', 'update', { id: a.id, capacity: 2 });
    expect(grow.data).toMatchObject({ confirmedCount: 2, waitlistCount: 1 });
    expect((await stored(a.id)).seats.holders).toEqual([m1, m2]);
    expect(await outboxOf(host, 'signup_promoted', m2)).toHaveLength(1);
  });

  it('cancelling the activity tells everyone signed up or waiting, withdraws reminders and refuses new signups', async () => {
    const [m1, m2, m3] = await addMembers(host, 'cx', 3);
    const a = await createActivity(host, { capacity: 1 });
    await signup(m1!, a.id);
    await signup(m2!, a.id);
    const res = await host.call('demo-secretary', 'activity', 'cancelActivity', { id: a.id, reason: '台风预警，活动延期' });
    expect(res.data).toMatchObject({ status: 'cancelled', cancelReason: '台风预警，活动延期' });
    await dispatchAll();
    for (const m of [m1, m2]) expect((await outboxOf(host, 'activity_cancelled', m))[0]?.body).toContain('台风预警');
    expect((await reminders(a.id)).every((r) => r.status === 'cancelled')).toBe(true);
    expect((await signup(m3!, a.id)).error?.code).toBe('CONFLICT');
    // Cancelling again changes nothing and tells nobody twice.
    await host.call('demo-secretary', 'activity', 'cancelActivity', { id: a.id, reason: '台风预警，活动延期' });
    await dispatchAll();
    expect(await outboxOf(host, 'activity_cancelled', m1)).toHaveLength(1);
  });
});
