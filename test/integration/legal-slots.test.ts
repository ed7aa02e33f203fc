import { addResidents, addVolunteer, WEEKDAY_HOURS } from '../../scripts/harness/legal-input';
import { TEST_NOW } from '../../scripts/harness/test-now';
import { snapshotData } from '../support/db-snapshot';
import { at, wall } from '../support/calendar-fixtures';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
beforeEach(() => host.clock.set(TEST_NOW));

const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
let resident = '';
beforeAll(async () => {
  resident = (await addResidents(host, 'sl-r', 1))[0]!;
});
const slots = (lawyerId: string, as = resident) => host.callOk(as, 'legal-aid', 'slots', { lawyerId });
const dayLines = (days: Array<{ date: string; kind: string; holiday: string | null; slots: unknown[] }>) => days.map((d) => `${d.date} ${d.kind}${d.holiday ? ` ${d.holiday}` : ''} ${d.slots.length}`);

describe('publishing hours', () => {
  it('only a verified volunteer publishes hours; bad hours are refused with a field and change nothing', async () => {
    const id = await addVolunteer(host, 'sl-hours', { hours: null });
    const before = snapshotData(host.dataDir);
    const bad = await host.call('sl-hours', 'legal-aid', 'setAvailability', { ...WEEKDAY_HOURS, weekly: { ...closed, mon: [{ start: '10:00', end: '09:00' }] } });
    expect(bad.error).toMatchObject({ code: 'INVALID_INPUT', fields: { 'weekly.mon.0.end': '结束时间须晚于开始时间' } });
    expect((await host.call('sl-hours', 'legal-aid', 'setAvailability', { ...WEEKDAY_HOURS, dailyCap: 0 })).error?.fields).toHaveProperty('dailyCap');
    expect(snapshotData(host.dataDir)).toEqual(before);
    expect((await host.call('demo-resident', 'legal-aid', 'setAvailability', WEEKDAY_HOURS)).error?.code).toBe('FORBIDDEN');
    const saved = await host.callOk('sl-hours', 'legal-aid', 'setAvailability', WEEKDAY_HOURS);
    expect(saved.availability).toMatchObject({ slotMinutes: 30, horizonDays: 14 });
    expect((await slots(id)).days).toHaveLength(10);
  });
});

describe('slots over the horizon, in Shanghai days', () => {
  it('across a day boundary: at 07:00 Shanghai (23:00 UTC the day before) the horizon starts on the Shanghai date', async () => {
    const id = await addVolunteer(host, 'sl-boundary', { hours: { ...WEEKDAY_HOURS, weekly: { ...closed, wed: [{ start: '22:00', end: '24:00' }], thu: [{ start: '00:00', end: '02:00' }, { start: '09:00', end: '10:00' }] } } });
    host.clock.set(at('2026-11-26 07:00'));
    expect(new Date(host.clock.now()).toISOString()).toBe('2026-11-25T23:00:00.000Z');
    const { days } = await slots(id);
    // Thursday 26th: its early-morning slots are past; 09:00 is more than 2 hours away.
    expect(days[0]).toMatchObject({ date: '2026-11-26', slots: [{ startAt: at('2026-11-26 09:00'), endAt: at('2026-11-26 09:30') }] });
    // Wednesday 2nd December, 22:00–24:00: 30 + 10 minutes apart, the last buffer ends at midnight.
    const wed = days.find((d) => d.date === '2026-12-02')!;
    expect(wed.slots.map((s) => wall(s.startAt))).toEqual(['2026-12-02 22:00', '2026-12-02 22:40', '2026-12-02 23:20']);
    const thu = days.find((d) => d.date === '2026-12-03')!;
    expect(thu.slots.map((s) => wall(s.startAt))).toEqual(['2026-12-03 00:00', '2026-12-03 00:40', '2026-12-03 01:20', '2026-12-03 09:00']);
    // Fourteen Shanghai days from the 26th: the 9th of December is the last.
    expect(days[days.length - 1]!.date).toBe('2026-12-09');
  });

  it('around 国庆节: no slots on the holidays, the make-up Saturday works, added hours open a holiday', async () => {
    host.clock.set(at('2026-09-28 08:00'));
    const id = await addVolunteer(host, 'sl-holiday', { hours: { ...WEEKDAY_HOURS, exceptions: [{ date: '2026-10-03', kind: 'extra', ranges: [{ start: '09:00', end: '10:00' }] }] } });
    expect(dayLines((await slots(id)).days)).toEqual([
      '2026-09-28 workday 6',
      '2026-09-29 workday 8',
      '2026-09-30 workday 8',
      '2026-10-03 holiday 国庆节 1',
      '2026-10-08 workday 8',
      '2026-10-09 workday 8',
      '2026-10-10 makeup 国庆节 8',
    ]);
  });

  it('a volunteer who keeps only Wednesday afternoons has no slot on the make-up Sunday', async () => {
    host.clock.set(at('2026-09-14 08:00'));
    const id = await addVolunteer(host, 'sl-wednesday', { hours: { ...WEEKDAY_HOURS, weekly: { ...closed, wed: [{ start: '14:00', end: '17:00' }] } } });
    expect(dayLines((await slots(id)).days)).toEqual(['2026-09-16 workday 4', '2026-09-23 workday 4']);
  });

  it('a horizon reaching an unpublished year says which', async () => {
    host.clock.set(at('2026-12-24 08:00'));
    const id = await addVolunteer(host, 'sl-2027', {});
    const out = await slots(id);
    expect(out.provisionalYears).toEqual([2027]);
    expect(out.days.find((d) => d.date === '2027-01-04')).toMatchObject({ provisional: true, kind: 'workday' });
    expect(out.days.find((d) => d.date === '2026-12-31')).toMatchObject({ provisional: false });
  });
});

describe('browsing volunteers', () => {
  it('lists verified, serving volunteers whose team covers the caller\'s home, by specialty, mode and date', async () => {
    const street = await addVolunteer(host, 'sl-list-a', { apply: { specialties: ['labor'], modes: ['phone'] } });
    const community = await addVolunteer(host, 'sl-list-b', { apply: { unitId: 'cm-xiyuan', specialties: ['family'], modes: ['video'] } });
    const paused = await addVolunteer(host, 'sl-list-c', { apply: { specialties: ['labor'] } });
    await host.callOk('sl-list-c', 'legal-aid', 'pause', { paused: true });
    const ids = async (as: string, input: Parameters<typeof host.callOk<'legal-aid', 'lawyers'>>[3] = {}) => (await host.callOk(as, 'legal-aid', 'lawyers', input)).items.map((i) => i.id);

    expect(await ids(resident)).toEqual(expect.arrayContaining([street, community]));
    expect(await ids(resident)).not.toContain(paused);
    expect(await ids(resident, { specialty: 'labor' })).toContain(street);
    expect(await ids(resident, { specialty: 'labor' })).not.toContain(community);
    expect(await ids(resident, { mode: 'video' })).toContain(community);
    expect(await ids(resident, { mode: 'video' })).not.toContain(street);
    // 东桥 is in the street but not in 西园: the street's team serves it, 西园's does not.
    const [dongqiao] = await addResidents(host, 'sl-dq', 1, 'bd-dongqiao-01');
    expect(await ids(dongqiao!)).toContain(street);
    expect(await ids(dongqiao!)).not.toContain(community);
    expect((await host.call(dongqiao!, 'legal-aid', 'slots', { lawyerId: community })).error?.code).toBe('NOT_FOUND');
    expect((await host.call(resident, 'legal-aid', 'slots', { lawyerId: paused })).error?.code).toBe('CONFLICT');
    // A Saturday: these keep weekday hours only (the seeded demo-lawyer keeps Saturday mornings).
    expect(await ids(resident, { date: '2026-11-28' })).not.toContain(street);
    expect(await ids(resident, { date: '2026-11-28' })).not.toContain(community);
    expect(await ids(resident, { date: '2026-11-27' })).toEqual(expect.arrayContaining([street, community]));
    expect((await host.call('sl-newcomer', 'legal-aid', 'lawyers', {})).error?.code).toBe('FORBIDDEN');
  });
});
