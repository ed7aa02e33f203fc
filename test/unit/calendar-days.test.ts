import { HolidaySchedule, type HolidayYear } from '../../cloudfunctions/core/calendar/holiday-schedule';
import { HOLIDAYS_2026 } from '../../cloudfunctions/core/calendar/holidays-2026';
import { PUBLISHED_HOLIDAY_YEARS, publishedHolidays } from '../../cloudfunctions/core/calendar/published-years';
import { dayNumberFromIso, isoDateOf } from '../../cloudfunctions/core/calendar/shanghai-day';

const kindOf = (date: string) => publishedHolidays.dayInfo(date).kind;

function datesFrom(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let day = dayNumberFromIso(first); day <= dayNumberFromIso(last); day++) dates.push(isoDateOf(day));
  return dates;
}

describe('2026 holiday data against 《国务院办公厅关于2026年部分节假日安排的通知》', () => {
  // The table of CONTENT-SOURCES.md §4, written out again by hand: days off (count) and make-up days.
  const table: [string, string, string, number, string[]][] = [
    ['元旦', '2026-01-01', '2026-01-03', 3, ['2026-01-04']],
    ['春节', '2026-02-15', '2026-02-23', 9, ['2026-02-14', '2026-02-28']],
    ['清明节', '2026-04-04', '2026-04-06', 3, []],
    ['劳动节', '2026-05-01', '2026-05-05', 5, ['2026-05-09']],
    ['端午节', '2026-06-19', '2026-06-21', 3, []],
    ['中秋节', '2026-09-25', '2026-09-27', 3, []],
    ['国庆节', '2026-10-01', '2026-10-07', 7, ['2026-09-20', '2026-10-10']],
  ];

  it.each(table)('%s: %s to %s off (%i days), make-up %j', (name, first, last, count, makeUp) => {
    const off = datesFrom(first, last);
    expect(off).toHaveLength(count);
    for (const date of off) expect(publishedHolidays.dayInfo(date)).toMatchObject({ kind: 'holiday', holiday: name, published: true });
    for (const date of makeUp) expect(publishedHolidays.dayInfo(date)).toMatchObject({ kind: 'makeup', holiday: name, published: true });
  });

  it('holds nothing else: every other 2026 date is a plain workday or weekend', () => {
    const listed = new Set(table.flatMap(([, first, last, , makeUp]) => [...datesFrom(first, last), ...makeUp]));
    const kinds = datesFrom('2026-01-01', '2026-12-31')
      .filter((date) => !listed.has(date))
      .map((date) => publishedHolidays.dayInfo(date))
      .map((info) => `${info.kind}/${info.isoWeekday >= 6 ? 'weekend' : 'workday'}`);
    expect(new Set(kinds)).toEqual(new Set(['workday/workday', 'weekend/weekend']));
    expect(HOLIDAYS_2026.holidays.map((h) => h.name)).toEqual(table.map(([name]) => name));
  });

  it('matches the weekdays the notice prints', () => {
    // 1月1日(周四), 2月15日(周日), 2月23日(周一), 5月1日(周五), 10月7日(周三), 9月20日(周日), 10月10日(周六)
    const printed: [string, number][] = [
      ['2026-01-01', 4],
      ['2026-02-15', 7],
      ['2026-02-23', 1],
      ['2026-05-01', 5],
      ['2026-10-07', 3],
      ['2026-09-20', 7],
      ['2026-10-10', 6],
    ];
    for (const [date, isoWeekday] of printed) expect(publishedHolidays.dayInfo(date).isoWeekday).toBe(isoWeekday);
  });
});

describe('day kinds', () => {
  it('tells workdays, weekends, holidays and make-up days apart', () => {
    expect(kindOf('2026-09-18')).toBe('workday'); // Friday
    expect(kindOf('2026-09-19')).toBe('weekend');
    expect(kindOf('2026-09-20')).toBe('makeup'); // Sunday worked for 国庆节
    expect(kindOf('2026-10-03')).toBe('holiday'); // a Saturday inside 国庆节 is a holiday, not a weekend
    expect(kindOf('2026-02-14')).toBe('makeup');
  });

  it('reads a year with no published schedule as weekends only, and says so', () => {
    // 2027-01-01 would almost surely be 元旦, but no 2027 notice is in our data: never guess.
    expect(publishedHolidays.dayInfo('2027-01-01')).toEqual({ date: '2027-01-01', isoWeekday: 5, kind: 'workday', published: false });
    expect(publishedHolidays.dayInfo('2027-01-02')).toMatchObject({ kind: 'weekend', published: false });
    expect(publishedHolidays.dayInfo('2025-10-01')).toMatchObject({ kind: 'workday', published: false });
    expect(publishedHolidays.isPublished(2026)).toBe(true);
    expect(publishedHolidays.isPublished(2027)).toBe(false);
    expect(publishedHolidays.missingYears(dayNumberFromIso('2025-12-31'), dayNumberFromIso('2028-01-01'))).toEqual([2025, 2027, 2028]);
    expect(PUBLISHED_HOLIDAY_YEARS.map((y) => y.year)).toEqual([2026]);
  });

  it('loads a year from data alone', () => {
    const invented: HolidayYear = {
      year: 2030,
      source: 'test data, not a real notice',
      holidays: [{ name: '测试节', off: { from: '2030-01-01', to: '2030-01-02' }, makeUp: ['2030-01-05'] }],
    };
    const schedule = new HolidaySchedule([HOLIDAYS_2026, invented]);
    expect(schedule.dayInfo('2030-01-02')).toMatchObject({ kind: 'holiday', holiday: '测试节', published: true });
    expect(schedule.dayInfo('2030-01-05')).toMatchObject({ kind: 'makeup', published: true });
    expect(schedule.dayInfo('2026-10-01').kind).toBe('holiday');
  });

  it('refuses bad data and bad dates', () => {
    const year = (holidays: HolidayYear['holidays'], y = 2030): HolidayYear => ({ year: y, source: 'test', holidays });
    expect(() => new HolidaySchedule([HOLIDAYS_2026, HOLIDAYS_2026])).toThrow('listed twice');
    expect(() => new HolidaySchedule([year([{ name: 'x', off: { from: '2030-01-03', to: '2030-01-01' }, makeUp: [] }])])).toThrow('end before');
    expect(() => new HolidaySchedule([year([{ name: 'x', off: { from: '2030-01-01', to: '2030-01-01' }, makeUp: ['2030-01-07'] }])])).toThrow(
      'not a weekend day',
    );
    expect(() => new HolidaySchedule([year([{ name: 'x', off: { from: '2032-01-01', to: '2032-01-01' }, makeUp: [] }])])).toThrow('outside the year');
    expect(() =>
      new HolidaySchedule([
        year([
          { name: 'x', off: { from: '2030-01-01', to: '2030-01-02' }, makeUp: [] },
          { name: 'y', off: { from: '2030-01-02', to: '2030-01-03' }, makeUp: [] },
        ]),
      ]),
    ).toThrow('appears twice');
    expect(() => publishedHolidays.dayInfo('2026-02-30')).toThrow(RangeError);
    expect(() => publishedHolidays.dayInfo('2026-9-1')).toThrow(RangeError);
  });
});
