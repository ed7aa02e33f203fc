import { DEFAULT_OFFICE_HOURS, describeOfficeHours, OfficeHoursSchema, type OfficeHours } from '../../types/working-hours';

const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
const weekdays = (ranges: { start: string; end: string }[]) => ({ ...closed, mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges });

function issues(input: unknown): { path: string; message: string }[] {
  const result = OfficeHoursSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('office hours schema', () => {
  it('accepts our default, a lunch break as two ranges, and a day open until midnight', () => {
    expect(issues(DEFAULT_OFFICE_HOURS)).toEqual([]);
    expect(issues(weekdays([{ start: '08:30', end: '17:30' }]))).toEqual([]);
    expect(issues({ ...closed, sat: [{ start: '18:00', end: '24:00' }] })).toEqual([]);
  });

  it('rejects malformed times with a Chinese message naming the field', () => {
    expect(issues({ ...closed, mon: [{ start: '8:30', end: '17:30' }] })).toEqual([
      { path: 'mon.0.start', message: '开始时间格式应为 HH:mm，例如 08:30' },
    ]);
    expect(issues({ ...closed, mon: [{ start: '08:30', end: '25:00' }] })).toEqual([
      { path: 'mon.0.end', message: '结束时间格式应为 HH:mm，例如 17:30' },
    ]);
    expect(issues({ ...closed, mon: [{ start: '24:00', end: '24:00' }] })[0]?.path).toBe('mon.0.start');
  });

  it('rejects an end not after its start', () => {
    expect(issues({ ...closed, tue: [{ start: '14:00', end: '14:00' }] })).toEqual([{ path: 'tue.0.end', message: '结束时间须晚于开始时间' }]);
    expect(issues({ ...closed, tue: [{ start: '17:30', end: '08:30' }] })).toEqual([{ path: 'tue.0.end', message: '结束时间须晚于开始时间' }]);
  });

  it('rejects ranges out of order, overlapping or touching', () => {
    const message = '同一天的时段须按先后排列，且互不重叠、互不相连';
    const afternoonFirst = [{ start: '14:00', end: '17:30' }, { start: '08:30', end: '12:00' }];
    const overlapping = [{ start: '08:30', end: '12:30' }, { start: '12:00', end: '17:30' }];
    const touching = [{ start: '08:30', end: '12:00' }, { start: '12:00', end: '17:30' }];
    for (const ranges of [afternoonFirst, overlapping, touching]) {
      expect(issues({ ...closed, wed: ranges })).toEqual([{ path: 'wed.1.start', message }]);
    }
  });

  it('rejects more than four ranges a day, a week with no open time, and a missing weekday', () => {
    const five = ['08', '10', '12', '14', '16'].map((h) => ({ start: `${h}:00`, end: `${h}:30` }));
    expect(issues({ ...closed, thu: five })).toEqual([{ path: 'thu', message: '每天最多设置4个时段' }]);
    expect(issues(closed)).toEqual([{ path: '', message: '每周至少设置一个办公时段' }]);
    const { sun: _sun, ...noSunday } = DEFAULT_OFFICE_HOURS;
    expect(issues(noSunday).map((i) => i.path)).toEqual(['sun']);
  });
});

describe('describeOfficeHours', () => {
  it('groups consecutive days with the same hours', () => {
    expect(describeOfficeHours(DEFAULT_OFFICE_HOURS)).toBe('周一至周五 08:30-12:00 14:00-17:30');
    const fridayMorning: OfficeHours = {
      ...weekdays([{ start: '08:30', end: '17:30' }]),
      fri: [{ start: '08:30', end: '12:00' }],
      sat: [{ start: '09:00', end: '12:00' }],
      sun: [{ start: '09:00', end: '12:00' }],
    };
    expect(describeOfficeHours(fridayMorning)).toBe('周一至周四 08:30-17:30；周五 08:30-12:00；周六、周日 09:00-12:00');
  });

  it('leaves closed days out and does not join days across a closed one', () => {
    const morning = [{ start: '09:00', end: '11:30' }];
    expect(describeOfficeHours({ ...closed, mon: morning, wed: morning })).toBe('周一 09:00-11:30；周三 09:00-11:30');
  });
});
