import type { ActivityDoc, SignupDoc } from '../../cloudfunctions/core/activity/activity.repository';
import { SWEEP_GRACE_MS } from '../../cloudfunctions/core/activity/sweep.service';
import { expectPoolInvariants } from '../contract/hot-contract';
import { addMembers } from '../../scripts/harness/activity-input';
import { TEST_NOW } from '../../scripts/harness/test-now';
import { createActivity, outboxOf } from '../support/activity-fixtures';
import { useTestHost } from '../support/use-test-host';

/**
 * The seats are one atomic update and the signup record follows: these kill the work between the two (the
 * function instance dies) and prove the sweeper finishes it exactly as the request would have, telling nobody twice.
 */
const host = useTestHost();
beforeEach(() => {
  host.clock.set(TEST_NOW);
  jest.restoreAllMocks();
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});

const sweep = () => host.timer('activity', 'sweep');
const record = (activityId: string, openid: string) => host.store.get<SignupDoc>('signups', `${activityId}:${openid}`);
const seats = async (id: string) => (await host.store.get<ActivityDoc>('activities', id))!.seats;
const killed = () => Promise.reject(new Error('function instance killed'));

describe('a signup that dies between the seat and its record', () => {
  it('keeps the seat, and the sweeper writes the record and its one message after the grace period', async () => {
    const [m] = await addMembers(host, 'sw-a', 1);
    const a = await createActivity(host, { capacity: 2 });
    jest.spyOn(host.store, 'transaction').mockImplementationOnce(killed);
    const res = await host.call(m!, 'activity', 'signup', { id: a.id });
    expect(res.error?.code).toBe('INTERNAL');
    expect((await seats(a.id)).holders).toEqual([m]);
    expect(await record(a.id, m!)).toBeNull();

    // Too fresh: left to the request that took it.
    expect(await sweep()).toMatchObject({ completed: 0 });
    host.clock.advance(SWEEP_GRACE_MS);
    expect(await sweep()).toMatchObject({ completed: 1 });
    expect(await record(a.id, m!)).toMatchObject({ status: 'confirmed', since: TEST_NOW, name: '党员sw-a1' });
    expect(await outboxOf(host, 'signup_confirmed', m)).toHaveLength(1);

    // Nothing left to do, however often it runs; the member's retry finds the seat.
    expect(await sweep()).toMatchObject({ completed: 0, released: 0 });
    expect(await outboxOf(host, 'signup_confirmed', m)).toHaveLength(1);
    const retry = await host.call(m!, 'activity', 'signup', { id: a.id });
    expect(retry.data).toMatchObject({ created: false, signup: { status: 'confirmed' } });
  });

  it('the request repeated before any sweep writes the record itself, once', async () => {
    const [m] = await addMembers(host, 'sw-b', 1);
    const a = await createActivity(host);
    jest.spyOn(host.store, 'transaction').mockImplementationOnce(killed);
    await host.call(m!, 'activity', 'signup', { id: a.id });
    const retry = await host.call(m!, 'activity', 'signup', { id: a.id });
    expect(retry.data).toMatchObject({ created: false, signup: { status: 'confirmed' } });
    host.clock.advance(SWEEP_GRACE_MS);
    await sweep();
    expect(await outboxOf(host, 'signup_confirmed', m)).toHaveLength(1);
  });
});

describe('a cancellation that dies between the seat and its record', () => {
  it('the sweeper releases the record and gives the seat to the head of the waiting list, telling them once', async () => {
    const [m1, m2, m3] = await addMembers(host, 'sw-c', 3);
    const a = await createActivity(host, { capacity: 1 });
    for (const m of [m1, m2, m3]) await host.call(m!, 'activity', 'signup', { id: a.id });
    const real = host.store.updateWhere.bind(host.store);
    // The seat is given up (the first conditional update); the instance dies before the record is touched.
    jest
      .spyOn(host.store, 'updateWhere')
      .mockImplementationOnce(real)
      .mockImplementationOnce(killed);
    expect((await host.call(m1!, 'activity', 'cancel', { id: a.id })).error?.code).toBe('INTERNAL');
    expect(await record(a.id, m1!)).toMatchObject({ status: 'confirmed' });
    expect((await seats(a.id)).holders).toEqual([]);

    // Two timer runs at once, as overlapping triggers might: the same outcome as one.
    const [r1, r2] = await Promise.all([sweep(), sweep()]);
    expect(r1.released + r2.released).toBe(1);
    expect(r1.promoted + r2.promoted).toBe(1);
    expect(await record(a.id, m1!)).toMatchObject({ status: 'cancelled' });
    expect(await record(a.id, m2!)).toMatchObject({ status: 'confirmed' });
    expect(await record(a.id, m3!)).toMatchObject({ status: 'waitlisted' });
    const pool = await seats(a.id);
    expect(pool).toMatchObject({ holders: [m2], waiting: [m3] });
    expectPoolInvariants(pool, 1, 30);
    expect(await outboxOf(host, 'signup_promoted', m2)).toHaveLength(1);
  });
});

describe('check-in and cancellation', () => {
  it('refuses to give up a seat once checked in, so checked-in members are always confirmed; a lost check-in reaches the signup', async () => {
    const [m] = await addMembers(host, 'sw-d', 1);
    const a = await createActivity(host);
    await host.call(m!, 'activity', 'signup', { id: a.id });
    host.clock.set(a.startAt - 10 * 60_000);
    const token = (await host.callOk('demo-secretary', 'activity', 'checkInToken', { activityId: a.id })).token!;
    // The check-in is recorded on the activity; the instance dies before the signup takes it.
    const real = host.store.updateWhere.bind(host.store);
    jest.spyOn(host.store, 'updateWhere').mockImplementationOnce(real).mockImplementationOnce(killed);
    expect((await host.call(m!, 'activity', 'checkIn', { token })).error?.code).toBe('INTERNAL');
    jest.restoreAllMocks();
    expect((await record(a.id, m!))?.checkedInAt).toBeNull();

    host.clock.set(Math.min(a.cancelDeadline - 60_000 , TEST_NOW));
    const cancel = await host.call(m!, 'activity', 'cancel', { id: a.id });
    expect(cancel.error).toMatchObject({ code: 'CONFLICT', message: '您已签到，不能再取消报名' });
    expect(await sweep()).toMatchObject({ checkIns: 1 });
    expect(await record(a.id, m!)).toMatchObject({ status: 'confirmed', checkedInAt: a.startAt - 10 * 60_000, checkInMethod: 'scan' });
  });
});
