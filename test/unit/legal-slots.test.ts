import { AvailabilitySchema, type Availability, type AvailabilityInput } from '../../types/legal-aid';
import { dayNumberFromIso } from '../../cloudfunctions/core/calendar/shanghai-day';
import { dayPlans, freeSlots, locateSlot, startsOf, ticksOf } from '../../cloudfunctions/core/legal-aid/slots';
import { at, wall } from '../support/calendar-fixtures';

const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
const weekdays = (start: string, end: string) => ({ ...closed, mon: [{ start, end }], tue: [{ start, end }], wed: [{ start, end }], thu: [{ start, end }], fri: [{ start, end }] });
const hours = (input: Partial<AvailabilityInput>): Availability => AvailabilitySchema.parse({ weekly: weekdays('09:00', '12:00'), ...input });
const plans = (av: Availability, first: string, last: string) => dayPlans(av, dayNumberFromIso(first), dayNumberFromIso(last));
const summary = (av: Availability, first: string, last: string) => plans(av, first, last).days.map((d) => `${d.date} ${d.kind}${d.holiday ? ` ${d.holiday}` : ''}`);
const plan = (av: Availability, date: string) => plans(av, date, date).days[0]!;

describe('cutting a day into consultations', () => {
  it('starts every slot plus buffer, and keeps a consultation inside its range', () => {
    const av = hours({ slotMinutes: 30, bufferMinutes: 10 });
    expect(startsOf(plan(av, '2026-11-25'), av).map((m) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`)).toEqual(['9:00', '9:40', '10:20', '11:00']);
    expect(ticksOf(9 * 60, av)).toEqual(['t0900', 't0905', 't0910', 't0915', 't0920', 't0925', 't0930', 't0935']);
  });

  it('ends a day at Shanghai midnight: the last consultation\'s buffer is cut there', () => {
    const av = hours({ weekly: { ...closed, wed: [{ start: '23:00', end: '24:00' }] }, slotMinutes: 30, bufferMinutes: 20 });
    expect(startsOf(plan(av, '2026-11-25'), av)).toEqual([23 * 60]);
    expect(ticksOf(23 * 60 + 30, av)).toEqual(['t2330', 't2335', 't2340', 't2345', 't2350', 't2355']);
  });

  it('leaves out what is taken, what is too soon, and a whole day at its limit', () => {
    const av = hours({ slotMinutes: 30, bufferMinutes: 0, dailyCap: 2 });
    const p = plan(av, '2026-11-25');
    const free = freeSlots(p, av, { ticks: { t0915: 'bk_x' }, active: 1 }, at('2026-11-25 10:00'));
    expect(free.slots.map((s) => wall(s.startAt))).toEqual(['2026-11-25 10:00', '2026-11-25 10:30', '2026-11-25 11:00', '2026-11-25 11:30']);
    expect(freeSlots(p, av, { ticks: {}, active: 2 }, 0)).toMatchObject({ full: true, slots: [] });
  });
});

describe('which days a volunteer serves', () => {
  it('no hours on a holiday, a make-up day works the usual weekday hours, date exceptions win over both', () => {
    const av = hours({ exceptions: [{ date: '2026-10-03', kind: 'extra', ranges: [{ start: '09:00', end: '11:00' }] }, { date: '2026-10-09', kind: 'off' }] });
    expect(summary(av, '2026-09-28', '2026-10-11')).toEqual([
      '2026-09-28 workday',
      '2026-09-29 workday',
      '2026-09-30 workday',
      '2026-10-03 holiday 国庆节',
      '2026-10-08 workday',
      '2026-10-10 makeup 国庆节',
    ]);
    expect(plan(av, '2026-10-03').spans).toEqual([{ start: 540, end: 660 }]);
  });

  it('a volunteer who keeps only Wednesday afternoons is not booked on a make-up day', () => {
    const av = hours({ weekly: { ...closed, wed: [{ start: '14:00', end: '17:00' }] } });
    expect(summary(av, '2026-09-14', '2026-10-11')).toEqual(['2026-09-16 workday', '2026-09-23 workday', '2026-09-30 workday']);
  });

  it('added hours merge with the day\'s own', () => {
    const av = hours({ exceptions: [{ date: '2026-11-25', kind: 'extra', ranges: [{ start: '11:00', end: '13:00' }, { start: '18:00', end: '19:00' }] }] });
    expect(plan(av, '2026-11-25').spans).toEqual([{ start: 540, end: 780 }, { start: 1080, end: 1140 }]);
  });

  it('reads a year without a published schedule from its weekdays, and says so', () => {
    const result = plans(hours({}), '2026-12-31', '2027-01-04');
    expect(result.assumedYears).toEqual([2027]);
    expect(result.days.map((d) => [d.date, d.published])).toEqual([['2026-12-31', true], ['2027-01-01', false], ['2027-01-04', false]]);
  });
});

describe('locating a requested slot', () => {
  const av = hours({ minNoticeHours: 2, horizonDays: 14 });
  const now = at('2026-11-25 08:00');
  it('finds an offered start with its ticks', () => {
    expect(locateSlot(av, at('2026-11-25 10:20'), now)).toMatchObject({ date: '2026-11-25', start: 620, endAt: at('2026-11-25 10:50'), ticks: expect.arrayContaining(['t1020', 't1045']) });
  });
  it('refuses one too soon, beyond the horizon, or not offered', () => {
    expect(locateSlot(av, at('2026-11-25 09:40'), now)).toEqual({ refused: '请至少提前2小时预约' });
    expect(locateSlot(av, at('2026-12-09 09:00'), now)).toEqual({ refused: '只能预约14天内的时段' });
    expect(locateSlot(av, at('2026-11-25 10:30'), now)).toEqual({ refused: '该时段不在律师的值班时间内，请重新选择' });
    expect(locateSlot(av, at('2026-11-28 09:00'), now)).toEqual({ refused: '该时段不在律师的值班时间内，请重新选择' });
  });
});

describe('the hours schema', () => {
  it('asks for five-minute marks and unique exception dates, with defaults for the rules', () => {
    const parsed = AvailabilitySchema.parse({ weekly: weekdays('09:00', '12:00') });
    expect(parsed).toMatchObject({ slotMinutes: 30, bufferMinutes: 10, minNoticeHours: 2, horizonDays: 14, dailyCap: 6, exceptions: [] });
    const bad = AvailabilitySchema.safeParse({ weekly: weekdays('09:03', '12:00'), exceptions: [{ date: '2026-12-01', kind: 'off' }, { date: '2026-12-01', kind: 'off' }], slotMinutes: 32 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message).sort()).toEqual(['2026-12-01 重复设置', '咨询时长须为5分钟的整数倍', ...Array(5).fill('时间须为5分钟的整数倍，例如 09:05')].sort());
    expect(AvailabilitySchema.safeParse({ weekly: weekdays('09:00', '12:00'), exceptions: [{ date: '2026-02-30', kind: 'off' }] }).success).toBe(false);
  });
});
