import { randomUUID } from 'node:crypto';
import type { ResidentDoc } from '../../cloudfunctions/core/legal-aid/resident-quota';
import { residentKey } from '../../cloudfunctions/core/legal-aid/resident-quota';
import { SWEEP_GRACE_MS } from '../../cloudfunctions/core/legal-aid/sweep.service';
import { addResidents, addVolunteer } from '../../scripts/harness/legal-input';
import { TEST_NOW } from '../../scripts/harness/test-now';
import { outboxOf } from '../support/activity-fixtures';
import { at } from '../support/calendar-fixtures';
import { bookingDoc, bookInput, dayDocs, freeStarts } from '../support/legal-fixtures';
import { useTestHost } from '../support/use-test-host';

/**
 * Each step of a booking is atomic, and the steps follow one another: these kill the function between them (the
 * instance dies, nothing after runs) and prove the sweep finishes or undoes the work exactly as the request would
 * have, telling nobody twice; and that bookings and questions not taken up in time expire.
 */
const host = useTestHost();
beforeEach(() => {
  host.clock.set(TEST_NOW);
  jest.restoreAllMocks();
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});

const sweep = () => host.timer('legal-aid', 'sweep');
const killed = () => Promise.reject(new Error('function instance killed'));

/** The instance dies at its next transaction (`at: 'transaction'`) or just after it commits (`after`): nothing later runs. */
function dieAt(when: 'transaction' | 'after-transaction'): void {
  let dead = false;
  const realTx = host.store.transaction.bind(host.store);
  const realUpdate = host.store.updateWhere.bind(host.store);
  jest.spyOn(host.store, 'transaction').mockImplementation(async (fn) => {
    if (dead) return killed();
    if (when === 'transaction') {
      dead = true;
      return killed();
    }
    const result = await realTx(fn);
    dead = true;
    return result;
  });
  jest.spyOn(host.store, 'updateWhere').mockImplementation((...args) => (dead ? killed() : realUpdate(...args)));
}

let lawyer = '';
beforeAll(async () => {
  lawyer = await addVolunteer(host, 'sw-lawyer', {});
});
let n = 0;
async function booked(nth = 0): Promise<{ resident: string; id: string; startAt: number }> {
  const [resident] = await addResidents(host, `sw-r${n++}`, 1);
  const startAt = (await freeStarts(host, resident!, lawyer, nth + 1))[nth]!;
  return { resident: resident!, id: (await host.callOk(resident!, 'legal-aid', 'book', bookInput(lawyer, startAt))).booking.id, startAt };
}
const holders = async (resident: string) => (await host.store.get<ResidentDoc>('legal_residents', residentKey(resident)))?.bookings.holders ?? [];
const claimants = async () => new Set((await dayDocs(host, lawyer)).flatMap((d) => Object.values(d.ticks)));
const countsAgree = async () => {
  for (const d of await dayDocs(host, lawyer)) expect(d.active).toBe(new Set(Object.values(d.ticks)).size);
};

describe('expiry', () => {
  it('a pending booking not accepted in time expires: the resident is told, the slot and the place come free', async () => {
    const { resident, id, startAt } = await booked(2);
    const { expiresAt } = (await bookingDoc(host, id))!;
    expect(expiresAt).toBe(Math.min(TEST_NOW + 24 * 3_600_000, startAt - 30 * 60_000));
    host.clock.set(expiresAt - 1);
    await sweep();
    expect((await bookingDoc(host, id))?.status).toBe('pending');
    host.clock.set(expiresAt);
    expect((await host.call('sw-lawyer', 'legal-aid', 'accept', { id })).error).toMatchObject({ code: 'CONFLICT', message: '该预约已超过确认期限' });
    // Two timer runs at once, as overlapping triggers might: the booking expires once.
    const [a, b] = await Promise.all([sweep(), sweep()]);
    expect(a.expiredBookings + b.expiredBookings).toBeGreaterThanOrEqual(1);
    expect((await bookingDoc(host, id))?.status).toBe('expired');
    expect(await outboxOf(host, 'booking_expired', resident)).toHaveLength(1);
    expect(await holders(resident)).toEqual([]);
    expect(await claimants()).not.toContain(id);
    await countsAgree();
  });

  it('an unanswered quick question expires after 72 hours, and its place comes back', async () => {
    const [r] = await addResidents(host, 'sw-q', 1);
    const q = await host.callOk(r!, 'legal-aid', 'ask', { specialty: 'family', service: 'advice', text: '父母去世后老房子怎么继承，兄妹之间怎么分？', consent: true, idempotencyKey: randomUUID().replaceAll('-', '') });
    host.clock.set(TEST_NOW + 72 * 3_600_000);
    expect((await sweep()).expiredQuestions).toBeGreaterThanOrEqual(1);
    expect((await host.callOk(r!, 'legal-aid', 'mine', {})).questions[0]).toMatchObject({ id: q.question.id, status: 'expired' });
    expect(await outboxOf(host, 'question_expired', r!)).toHaveLength(1);
    expect((await host.store.get<ResidentDoc>('legal_residents', residentKey(r!)))?.questions.holders).toEqual([]);
  });

  it('a confirmed consultation whose time has passed stops counting against the resident\'s limit', async () => {
    const [r] = await addResidents(host, 'sw-limit', 1);
    const starts = await freeStarts(host, r!, lawyer, 3);
    for (const s of starts.slice(0, 2)) await host.callOk('sw-lawyer', 'legal-aid', 'accept', { id: (await host.callOk(r!, 'legal-aid', 'book', bookInput(lawyer, s))).booking.id });
    host.clock.set(starts[0]! + 60 * 60_000);
    const later = (await freeStarts(host, r!, lawyer, 1))[0]!;
    expect((await host.call(r!, 'legal-aid', 'book', bookInput(lawyer, later))).data?.created).toBe(true);
  });
});

describe('a booking that dies between its steps', () => {
  it('between the ticks and the record: the sweep frees the ticks and the place after the grace period, never before', async () => {
    const [r] = await addResidents(host, 'sw-die', 1);
    const [startAt] = await freeStarts(host, r!, lawyer);
    const input = bookInput(lawyer, startAt!);
    dieAt('transaction');
    expect((await host.call(r!, 'legal-aid', 'book', input)).error?.code).toBe('INTERNAL');
    jest.restoreAllMocks();
    expect(await holders(r!)).toHaveLength(1);
    expect((await claimants()).size).toBeGreaterThan(0);
    expect(await sweep()).toMatchObject({ releasedClaims: 0, releasedPlaces: 0 });
    host.clock.advance(SWEEP_GRACE_MS);
    expect(await sweep()).toMatchObject({ releasedClaims: 1, releasedPlaces: 1 });
    expect(await holders(r!)).toEqual([]);
    expect(await freeStarts(host, r!, lawyer, 100)).toContain(startAt);
    await countsAgree();
    // Nothing was told: the volunteer never heard of a booking that does not exist.
    expect(await sweep()).toMatchObject({ releasedClaims: 0, releasedPlaces: 0 });
  });

  it('a retry of the same request before any sweep completes the booking itself', async () => {
    const [r] = await addResidents(host, 'sw-retry', 1);
    const [startAt] = await freeStarts(host, r!, lawyer);
    const input = bookInput(lawyer, startAt!);
    dieAt('transaction');
    await host.call(r!, 'legal-aid', 'book', input);
    jest.restoreAllMocks();
    const retry = await host.callOk(r!, 'legal-aid', 'book', input);
    expect(retry).toMatchObject({ created: true, booking: { status: 'pending', startAt } });
    host.clock.advance(SWEEP_GRACE_MS);
    expect(await sweep()).toMatchObject({ releasedClaims: 0, releasedPlaces: 0 });
    expect(await outboxOf(host, 'booking_requested', 'sw-lawyer')).toContainEqual(expect.objectContaining({ event: `legal:booking:${retry.booking.id}:requested` }));
  });

  it('a cancellation that dies after its record: the sweep frees the slot and the place', async () => {
    const { resident, id, startAt } = await booked(3);
    dieAt('after-transaction');
    expect((await host.call(resident, 'legal-aid', 'cancel', { id })).error?.code).toBe('INTERNAL');
    jest.restoreAllMocks();
    expect((await bookingDoc(host, id))?.status).toBe('cancelled');
    expect(await claimants()).toContain(id);
    host.clock.advance(SWEEP_GRACE_MS);
    expect(await sweep()).toMatchObject({ releasedClaims: 1, releasedPlaces: 1 });
    expect(await freeStarts(host, resident, lawyer, 100)).toContain(startAt);
    await countsAgree();
  });
});

describe('a reschedule that dies between its steps', () => {
  it('same day, after the move: the sweep writes the move into the record and tells the volunteer once', async () => {
    const { resident, id, startAt } = await booked(4);
    const later = (await freeStarts(host, resident, lawyer, 100)).find((s) => s > startAt && s - startAt < 6 * 3_600_000)!;
    dieAt('transaction');
    expect((await host.call(resident, 'legal-aid', 'reschedule', { id, startAt: later })).error?.code).toBe('INTERNAL');
    jest.restoreAllMocks();
    expect((await bookingDoc(host, id))?.startAt).toBe(startAt);
    host.clock.advance(SWEEP_GRACE_MS);
    const [a, b] = await Promise.all([sweep(), sweep()]);
    expect(a.followedMoves + b.followedMoves).toBe(1);
    expect(await bookingDoc(host, id)).toMatchObject({ startAt: later, previousStartAt: startAt, rescheduledAt: expect.any(Number) });
    expect((await outboxOf(host, 'booking_rescheduled', 'sw-lawyer')).filter((m) => m.event.startsWith(`legal:booking:${id}:`))).toHaveLength(1);
    await countsAgree();
  });

  it('to another day, before the record: the new day\'s claim is freed and the booking keeps its time and its one reschedule', async () => {
    const { resident, id, startAt } = await booked(5);
    const { date } = (await bookingDoc(host, id))!;
    const nextDay = (await freeStarts(host, resident, lawyer, 200)).find((s) => s >= at('2026-11-27 09:00'))!;
    dieAt('transaction');
    expect((await host.call(resident, 'legal-aid', 'reschedule', { id, startAt: nextDay })).error?.code).toBe('INTERNAL');
    jest.restoreAllMocks();
    host.clock.advance(SWEEP_GRACE_MS);
    expect(await sweep()).toMatchObject({ releasedClaims: 1 });
    expect(await bookingDoc(host, id)).toMatchObject({ startAt, rescheduledAt: null });
    expect((await dayDocs(host, lawyer)).filter((d) => Object.values(d.ticks).includes(id)).map((d) => d.date)).toEqual([date]);
    await countsAgree();
  });

  it('to another day, after the record: the sweep frees the old day', async () => {
    const { resident, id } = await booked(6);
    const nextDay = (await freeStarts(host, resident, lawyer, 200)).find((s) => s >= at('2026-11-30 09:00'))!;
    dieAt('after-transaction');
    expect((await host.call(resident, 'legal-aid', 'reschedule', { id, startAt: nextDay })).error?.code).toBe('INTERNAL');
    jest.restoreAllMocks();
    host.clock.advance(SWEEP_GRACE_MS);
    expect(await sweep()).toMatchObject({ releasedClaims: 1 });
    expect((await dayDocs(host, lawyer)).filter((d) => Object.values(d.ticks).includes(id)).map((d) => d.date)).toEqual(['2026-11-30']);
    await countsAgree();
  });
});
