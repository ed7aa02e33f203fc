import { DEFAULT_REQUEST_LIMITS } from '../../types/grid-settings';
import { DEFAULT_OFFICE_HOURS } from '../../types/working-hours';
import { snapshotData } from '../support/db-snapshot';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
const XIYUAN = { communityId: 'cm-xiyuan' };
const day = [{ start: '08:30', end: '17:30' }];
const HOURS = { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [{ start: '09:00', end: '12:00' }], sun: [] };

describe('settings that drive request clocks', () => {
  it('shows a community its default hours, the street’s default limits and the published holiday years', async () => {
    const res = await host.call('demo-admin', 'org', 'settings', XIYUAN);
    expect(res.data).toMatchObject({ communityName: '西园社区', streetName: '锦华街道', officeHours: DEFAULT_OFFICE_HOURS, officeHoursDefault: true, limits: DEFAULT_REQUEST_LIMITS, limitsDefault: true, canEditLimits: false, categoryRules: [], holidayYears: [2026] });
  });

  it('lets the community admin set office hours, audited with the values before and after', async () => {
    const res = await host.call('demo-admin', 'org', 'setOfficeHours', { ...XIYUAN, hours: HOURS });
    expect(res.data).toMatchObject({ officeHoursDefault: false, officeHoursText: '周一至周五 08:30-17:30；周六 09:00-12:00' });
    const [audit] = await host.store.find<{ _id: string; action: string; actor: string; changes: Array<{ field: string; before: unknown; after: unknown }> }>('audit', { action: 'org.officeHours' });
    expect(audit).toMatchObject({ actor: 'demo-admin', changes: [{ field: 'officeHours', before: null, after: HOURS }] });
  });

  it('lets only a street admin change the street’s limits', async () => {
    const limits = { acceptHours: 4, urgentHours: 12, normalDays: 3, complexDays: 10 };
    const before = snapshotData(host.dataDir);
    expect((await host.call('demo-admin', 'org', 'setLimits', { ...XIYUAN, limits })).error?.code).toBe('FORBIDDEN');
    expect(snapshotData(host.dataDir)).toEqual(before);
    const res = await host.call('demo-street-admin', 'org', 'setLimits', { ...XIYUAN, limits });
    expect(res.data).toMatchObject({ limits, limitsDefault: false, canEditLimits: true });
    // Every community of the street runs on them.
    expect((await host.call('demo-street-admin', 'org', 'settings', { communityId: 'cm-dongqiao' })).data?.limits).toEqual(limits);
    await host.callOk('demo-street-admin', 'org', 'setLimits', { ...XIYUAN, limits: DEFAULT_REQUEST_LIMITS });
  });

  it('keeps category rules to one per category and sends them back', async () => {
    const res = await host.call('demo-admin', 'org', 'setCategoryRules', { ...XIYUAN, rules: [{ category: 'property_repair', team: 'property' }] });
    expect(res.data?.categoryRules).toEqual([{ category: 'property_repair', team: 'property' }]);
    const twice = await host.callRaw('demo-admin', 'org', 'setCategoryRules', { ...XIYUAN, rules: [{ category: 'noise', team: 'property' }, { category: 'noise', team: 'property' }] });
    expect(twice.error).toMatchObject({ code: 'INVALID_INPUT', message: '同一类别只能设置一条规则' });
    await host.callOk('demo-admin', 'org', 'setCategoryRules', { ...XIYUAN, rules: [] });
  });

  it.each([
    ['an end before its start', { ...HOURS, mon: [{ start: '17:30', end: '08:30' }] }, '结束时间须晚于开始时间'],
    ['a week with no open time', { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, '每周至少设置一个办公时段'],
    ['a malformed time', { ...HOURS, tue: [{ start: '8:30', end: '17:30' }] }, '开始时间格式应为 HH:mm，例如 08:30'],
  ])('refuses %s with a Chinese message and writes nothing', async (_label, hours, message) => {
    const before = snapshotData(host.dataDir);
    const res = await host.callRaw('demo-admin', 'org', 'setOfficeHours', { ...XIYUAN, hours });
    expect(res.error).toMatchObject({ code: 'INVALID_INPUT', message });
    expect(snapshotData(host.dataDir)).toEqual(before);
  });

  it('keeps each admin to their own community, and residents and workers out', async () => {
    await host.store.put('users', { _id: 'dq-admin', name: '东桥管理员', roles: [{ role: 'community_admin', unitId: 'cm-dongqiao', unitPath: ['st-jinhua', 'cm-dongqiao'] }], createdAt: 0, updatedAt: 0 });
    const snapshot = snapshotData(host.dataDir);
    expect((await host.call('dq-admin', 'org', 'setOfficeHours', { ...XIYUAN, hours: HOURS })).error?.code).toBe('FORBIDDEN');
    for (const who of ['demo-resident', 'demo-grid-worker']) expect((await host.call(who, 'org', 'settings', XIYUAN)).error?.code).toBe('FORBIDDEN');
    expect(snapshotData(host.dataDir)).toEqual(snapshot);
  });
});
