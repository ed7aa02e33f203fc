import type { BookingDoc } from '../../cloudfunctions/core/legal-aid/booking.repository';
import { addResidents, addVolunteer, WEEKDAY_HOURS } from '../../scripts/harness/legal-input';
import { TEST_NOW } from '../../scripts/harness/test-now';
import { outboxOf } from '../support/activity-fixtures';
import { bookInput, dayDocs, freeStarts } from '../support/legal-fixtures';
import { useTestHost } from '../support/use-test-host';

/** Races through the real host over HTTP: many people at once, one outcome. */
const host = useTestHost();
beforeEach(() => host.clock.set(TEST_NOW));

describe('many residents, one slot', () => {
  it('30 residents book the same slot at once: exactly one wins, the others are told it is taken, the volunteer hears once', async () => {
    const lawyer = await addVolunteer(host, 'rc-one', {});
    const residents = await addResidents(host, 'rc-one-r', 30);
    const [startAt] = await freeStarts(host, residents[0]!, lawyer);
    const results = await Promise.all(residents.map((r) => host.call(r, 'legal-aid', 'book', bookInput(lawyer, startAt!))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) expect(r.error).toMatchObject({ code: 'CONFLICT', message: '该时段刚刚被预约，请选择其他时段' });
    const [day] = await dayDocs(host, lawyer);
    expect(day!.active).toBe(1);
    expect(new Set(Object.values(day!.ticks))).toEqual(new Set([results.find((r) => r.ok)!.data!.booking.id]));
    expect(await host.store.find<BookingDoc>('legal_bookings', { volunteerId: lawyer })).toHaveLength(1);
    expect(await outboxOf(host, 'booking_requested', 'rc-one')).toHaveLength(1);
  });

  it('12 residents book 12 different slots of one day with a daily limit of 3: exactly 3 win', async () => {
    const lawyer = await addVolunteer(host, 'rc-cap', { hours: { ...WEEKDAY_HOURS, weekly: { ...WEEKDAY_HOURS.weekly, thu: [{ start: '08:00', end: '18:00' }] }, slotMinutes: 30, bufferMinutes: 10, dailyCap: 3 } });
    const residents = await addResidents(host, 'rc-cap-r', 12);
    const { days } = await host.callOk(residents[0]!, 'legal-aid', 'slots', { lawyerId: lawyer });
    const thursday = days.find((d) => d.date === '2026-11-26')!.slots.slice(0, 12);
    const results = await Promise.all(residents.map((r, i) => host.call(r, 'legal-aid', 'book', bookInput(lawyer, thursday[i]!.startAt))));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => r.error?.code === 'FULL').length).toBeGreaterThan(0);
    const after = await host.callOk(residents[0]!, 'legal-aid', 'slots', { lawyerId: lawyer });
    expect(after.days.find((d) => d.date === '2026-11-26')).toMatchObject({ full: true, slots: [] });
  });

  it('a cancellation and a reschedule into the freed slot and a new booking race: the slot ends with one active booking at most', async () => {
    const lawyer = await addVolunteer(host, 'rc-mix', {});
    const [a, b, c] = await addResidents(host, 'rc-mix-r', 3);
    const starts = await freeStarts(host, a!, lawyer, 2);
    const first = (await host.callOk(a!, 'legal-aid', 'book', bookInput(lawyer, starts[0]!))).booking.id;
    const second = (await host.callOk(b!, 'legal-aid', 'book', bookInput(lawyer, starts[1]!))).booking.id;
    await Promise.all([
      host.call(a!, 'legal-aid', 'cancel', { id: first }),
      host.call(b!, 'legal-aid', 'reschedule', { id: second, startAt: starts[0]! }),
      host.call(c!, 'legal-aid', 'book', bookInput(lawyer, starts[0]!)),
    ]);
    const active = (await host.store.find<BookingDoc>('legal_bookings', { volunteerId: lawyer })).filter((x) => ['pending', 'confirmed'].includes(x.status));
    expect(active.filter((x) => x.startAt === starts[0])).toHaveLength(active.some((x) => x.startAt === starts[0]) ? 1 : 0);
    const [day] = await dayDocs(host, lawyer);
    for (const x of active) for (const t of x.ticks) expect(day!.ticks[t]).toBe(x._id);
  });
});
