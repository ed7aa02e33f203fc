import { addResidents, addVolunteer, WEEKDAY_HOURS } from '../../scripts/harness/legal-input';
import { TEST_NOW } from '../../scripts/harness/test-now';
import { at } from '../support/calendar-fixtures';
import { bookInput, freeStarts } from '../support/legal-fixtures';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
beforeEach(() => host.clock.set(TEST_NOW));

const SECRET = '邻居装修把我家墙体震裂了，物业不管，我想知道找谁赔偿。';
const longDay = { ...WEEKDAY_HOURS, weekly: { ...WEEKDAY_HOURS.weekly, thu: [{ start: '08:00', end: '20:00' }] }, slotMinutes: 120, bufferMinutes: 0, dailyCap: 20 };

describe('the volunteer\'s desk and record of service', () => {
  it('lists requests, upcoming consultations and those waiting for an outcome, without content', async () => {
    const lawyer = await addVolunteer(host, 'dk-desk', {});
    const residents = await addResidents(host, 'dk-desk-r', 3);
    const starts = await freeStarts(host, residents[0]!, lawyer, 3);
    const ids: string[] = [];
    for (const [i, r] of residents.entries()) ids.push((await host.callOk(r, 'legal-aid', 'book', bookInput(lawyer, starts[i]!, { description: SECRET }))).booking.id);
    await host.callOk('dk-desk', 'legal-aid', 'accept', { id: ids[0]! });
    await host.callOk('dk-desk', 'legal-aid', 'accept', { id: ids[1]! });
    host.clock.set(starts[0]! + 10 * 60_000);
    const desk = await host.callOk('dk-desk', 'legal-aid', 'agenda', {});
    expect(desk.toRecord.map((b) => b.id)).toEqual([ids[0]]);
    expect(desk.upcoming.map((b) => b.id)).toEqual([ids[1]]);
    expect(desk.requests.map((b) => b.id)).toEqual([ids[2]]);
    expect(desk.toRecord[0]).toMatchObject({ canComplete: true, residentName: '居民dk-desk-r1' });
    expect(JSON.stringify(desk)).not.toContain('墙体');
  });

  it('counts hours per consultation and at most 8 hours a day in the 服务记录证明', async () => {
    const lawyer = await addVolunteer(host, 'dk-hours', { hours: longDay });
    const residents = await addResidents(host, 'dk-hours-r', 5);
    const thursday = (await freeStarts(host, residents[0]!, lawyer, 10)).filter((s) => s >= at('2026-11-26 08:00') && s < at('2026-11-27 00:00'));
    expect(thursday).toHaveLength(6);
    for (const [i, r] of residents.entries()) {
      const { booking } = await host.callOk(r, 'legal-aid', 'book', bookInput(lawyer, thursday[i]!));
      await host.callOk('dk-hours', 'legal-aid', 'accept', { id: booking.id });
    }
    host.clock.set(at('2026-11-26 19:00'));
    const { requests, toRecord } = await host.callOk('dk-hours', 'legal-aid', 'agenda', {});
    expect(requests).toEqual([]);
    for (const b of toRecord) await host.callOk('dk-hours', 'legal-aid', 'complete', { id: b.id, outcome: 'completed', summary: '咨询了劳动合同问题。', advice: '建议先与单位协商，协商不成可申请劳动仲裁。' });
    const record = await host.callOk('dk-hours', 'legal-aid', 'serviceRecord', {});
    expect(record).toMatchObject({ year: 2026, consultations: 5, totalHours: 8, days: [{ date: '2026-11-26', hours: 8, capped: true }], volunteer: { name: '律师dk-hours', kind: 'lawyer' } });
    expect(record.rows.map((r) => r.hours)).toEqual([2, 2, 2, 2, 2]);
    expect((await host.callOk('dk-hours', 'legal-aid', 'serviceRecord', { year: 2025 })).consultations).toBe(0);
    expect((await host.call('demo-resident', 'legal-aid', 'serviceRecord', {})).error?.code).toBe('FORBIDDEN');
  });
});

describe('statistics for admins', () => {
  it('count their communities\' bookings by status, category and mode, with response times and ratings, and nothing of the content', async () => {
    const lawyer = await addVolunteer(host, 'dk-stats', {});
    const [xiyuan] = await addResidents(host, 'dk-st-xy', 1);
    const [dongqiao] = await addResidents(host, 'dk-st-dq', 1, 'bd-dongqiao-02');
    const starts = await freeStarts(host, xiyuan!, lawyer, 2);
    const a = (await host.callOk(xiyuan!, 'legal-aid', 'book', bookInput(lawyer, starts[0]!, { description: SECRET, specialty: 'labor' }))).booking.id;
    await host.callOk(dongqiao!, 'legal-aid', 'book', bookInput(lawyer, starts[1]!, { description: SECRET, mode: 'phone', phone: '13822223333' }));
    host.clock.advance(90 * 60_000);
    await host.callOk('dk-stats', 'legal-aid', 'accept', { id: a });
    host.clock.set(starts[0]! + 40 * 60_000);
    await host.callOk('dk-stats', 'legal-aid', 'complete', { id: a, outcome: 'completed', summary: '咨询劳动争议。', advice: '可申请劳动仲裁。' });
    await host.callOk(xiyuan!, 'legal-aid', 'rate', { id: a, stars: 5, comment: '非常耐心' });

    const community = await host.callOk('demo-admin', 'legal-aid', 'stats', {});
    expect(community.communities.map((c) => c.id)).toEqual(['cm-xiyuan']);
    expect(community.bookings.total).toBeGreaterThanOrEqual(1);
    const mine = await host.callOk('demo-admin', 'legal-aid', 'stats', { communityId: 'cm-xiyuan' });
    expect(mine.bookings.byStatus).toContainEqual({ status: 'completed', count: expect.any(Number) });
    expect(mine.response.medianMinutes).not.toBeNull();
    expect(mine.ratings.stars[4]).toBeGreaterThanOrEqual(1);
    const street = await host.callOk('demo-street-admin', 'legal-aid', 'stats', {});
    expect(street.communities.map((c) => c.id).sort()).toEqual(['cm-dongqiao', 'cm-xiyuan']);
    expect(street.bookings.total).toBe(mine.bookings.total + (await host.callOk('demo-street-admin', 'legal-aid', 'stats', { communityId: 'cm-dongqiao' })).bookings.total);
    expect(street.volunteers.find((v) => v.name === '律师dk-stats')).toMatchObject({ completedCount: 1, ratingAverage: 5 });
    for (const s of [community, street]) {
      const text = JSON.stringify(s);
      for (const secret of ['墙体', '劳动仲裁', '非常耐心', '13822223333', 'dk-st-xy']) expect(text).not.toContain(secret);
    }
    expect((await host.call('demo-admin', 'legal-aid', 'stats', { communityId: 'cm-dongqiao' })).error?.code).toBe('FORBIDDEN');
    expect((await host.call('dk-stats', 'legal-aid', 'stats', {})).error?.code).toBe('FORBIDDEN');
  });
});
