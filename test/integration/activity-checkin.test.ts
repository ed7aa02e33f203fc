import type { ActivityDetail } from '../../types/activity';
import type { SignupDoc } from '../../cloudfunctions/core/activity/activity.repository';
import { addMembers } from '../../scripts/harness/activity-input';
import { TEST_NOW } from '../../scripts/harness/test-now';
import { createActivity } from '../support/activity-fixtures';
import { parseCsv } from '../support/parse-csv';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
beforeEach(() => host.clock.set(TEST_NOW));

const tokenFor = async (id: string) => (await host.call('demo-secretary', 'activity', 'checkInToken', { activityId: id })).data!;
const checkIn = (openid: string, token: string) => host.call(openid, 'activity', 'checkIn', { token });
const signup = (openid: string, id: string) => host.call(openid, 'activity', 'signup', { id });
const attendance = async (id: string) => (await host.call('demo-secretary', 'activity', 'attendance', { activityId: id })).data!;

/** Moves the clock into the activity's check-in window (10 minutes before the start). */
const openCheckIn = (a: ActivityDetail) => host.clock.set(a.startAt - 10 * 60_000);

describe('check-in with the organiser\'s rotating code', () => {
  it('has no code before check-in opens, then a code valid for 60 s: 61 s later it is refused', async () => {
    const [m] = await addMembers(host, 'tok', 1);
    const a = await createActivity(host, { checkInOpensMinutes: 30 });
    await signup(m!, a.id);
    expect((await tokenFor(a.id)).token).toBeNull();

    openCheckIn(a);
    const t = await tokenFor(a.id);
    expect(t.token).toMatch(/^act_/);
    expect(t.path).toBe(`/pkg-activity/checkin/index?t=${t.token}`);
    expect(t.refreshInMs).toBeGreaterThan(0);
    expect(t.refreshInMs).toBeLessThanOrEqual(30_000);

    host.clock.advance(61_000);
    const late = await checkIn(m!, t.token!);
    expect(late.error).toMatchObject({ code: 'INVALID_INPUT', message: '签到码已过期，请扫描屏幕上最新的二维码' });
    expect((await host.store.get<SignupDoc>('signups', `${a.id}:${m}`))?.checkedInAt).toBeNull();

    // The code shown now works, within its window and the next.
    const fresh = await tokenFor(a.id);
    expect(fresh.token).not.toBe(t.token);
    host.clock.advance(fresh.refreshInMs + 10_000);
    const ok = await checkIn(m!, fresh.token!);
    expect(ok.data).toMatchObject({ activityId: a.id, already: false });
  });

  it('checks in to the activity the code names only; a code edited to name another activity is refused', async () => {
    const [m] = await addMembers(host, 'replay', 1);
    const a = await createActivity(host, { title: '活动甲' });
    const b = await createActivity(host, { title: '活动乙' });
    await signup(m!, a.id);
    await signup(m!, b.id);
    openCheckIn(a);
    const t = (await tokenFor(a.id)).token!;
    expect((await checkIn(m!, t)).data?.activityId).toBe(a.id);
    expect((await host.store.get<SignupDoc>('signups', `${b.id}:${m}`))?.checkedInAt).toBeNull();

    const forged = t.replace(a.id, b.id);
    const res = await checkIn(m!, forged);
    expect(res.error).toMatchObject({ code: 'INVALID_INPUT', message: '签到码无效，请扫描本活动现场的二维码' });
    expect((await host.store.get<SignupDoc>('signups', `${b.id}:${m}`))?.checkedInAt).toBeNull();
  });

  it('is idempotent: a second check-in keeps the first time', async () => {
    const [m] = await addMembers(host, 'twice', 1);
    const a = await createActivity(host);
    await signup(m!, a.id);
    openCheckIn(a);
    const t = (await tokenFor(a.id)).token!;
    const first = await checkIn(m!, t);
    host.clock.advance(5_000);
    const second = await checkIn(m!, t);
    expect(second.data).toMatchObject({ already: true, checkedInAt: first.data!.checkedInAt });
  });

  it('refuses members who are waiting or not signed up, and closes after the end', async () => {
    const [m1, m2, m3] = await addMembers(host, 'who', 3);
    const a = await createActivity(host, { capacity: 1 });
    await signup(m1!, a.id);
    await signup(m2!, a.id);
    openCheckIn(a);
    const t = (await tokenFor(a.id)).token!;
    expect((await checkIn(m2!, t)).error).toMatchObject({ code: 'CONFLICT', message: '您仍在候补中，不能签到' });
    expect((await checkIn(m3!, t)).error).toMatchObject({ code: 'CONFLICT', message: '您未报名该活动，不能签到' });
    host.clock.set(a.endAt + 1);
    expect((await tokenFor(a.id)).token).toBeNull();
    expect((await checkIn(m1!, t)).error?.code).toBe('INVALID_INPUT'); // expired as well as closed
  });
});

describe('attendance recorded by the organiser', () => {
  it('scans a member\'s own rotating code for that activity only, recording who did it', async () => {
    const [m] = await addMembers(host, 'mcode', 1);
    const a = await createActivity(host);
    const b = await createActivity(host);
    await signup(m!, a.id);
    openCheckIn(a);
    const code = (await host.callOk(m!, 'activity', 'memberCode', { activityId: a.id })).code!;
    expect(code).toMatch(/^m\./);
    expect((await host.call('demo-secretary', 'activity', 'markAttendance', { activityId: b.id, memberCode: code })).error?.message).toBe('该签到码不属于本活动');
    expect((await checkIn(m!, code)).error?.code).toBe('INVALID_INPUT');
    const row = await host.call('demo-secretary', 'activity', 'markAttendance', { activityId: a.id, memberCode: code });
    expect(row.data).toMatchObject({ method: 'member_code', recordedByName: '孙书记', recordedAt: host.clock.now() });
    host.clock.advance(61_000);
    expect((await host.call('demo-secretary', 'activity', 'markAttendance', { activityId: a.id, memberCode: code })).error?.code).toBe('INVALID_INPUT');
  });

  it('marks by hand, present and then absent, keeping who and when, after the end too', async () => {
    const [m1, m2] = await addMembers(host, 'hand', 2);
    const a = await createActivity(host);
    await signup(m1!, a.id);
    await signup(m2!, a.id);
    const early = await host.call('demo-secretary', 'activity', 'markAttendance', { activityId: a.id, attendeeId: '0123456789abcdef', present: true });
    expect(early.error?.code).toBe('CONFLICT');

    host.clock.set(a.endAt + 3_600_000); // the paper sheet comes in after the activity
    const rows = (await attendance(a.id)).rows;
    const target = rows.find((r) => r.name.endsWith('hand1'))!;
    const marked = await host.call('demo-secretary', 'activity', 'markAttendance', { activityId: a.id, attendeeId: target.attendeeId, present: true });
    expect(marked.data).toMatchObject({ method: 'manual', recordedByName: '孙书记', recordedAt: a.endAt + 3_600_000, checkedInAt: a.endAt + 3_600_000 });
    host.clock.advance(60_000);
    const unmarked = await host.call('demo-secretary', 'activity', 'markAttendance', { activityId: a.id, attendeeId: target.attendeeId, present: false });
    expect(unmarked.data).toMatchObject({ checkedInAt: null, method: null, recordedByName: '孙书记', recordedAt: a.endAt + 3_660_000 });
    const doc = await host.store.get<SignupDoc>('signups', `${a.id}:${m1}`);
    expect(doc?.log.map((l) => [l.action, l.by])).toEqual([
      ['mark_present', 'demo-secretary'],
      ['mark_absent', 'demo-secretary'],
    ]);
    const forbidden = await host.call('demo-party-member', 'activity', 'markAttendance', { activityId: a.id, attendeeId: target.attendeeId, present: true });
    expect(forbidden.error?.code).toBe('FORBIDDEN');
  });
});

describe('records', () => {
  it('exports the attendance as CSV with Chinese headers and a BOM; parsing it back gives the rows', async () => {
    const [m1, m2, m3] = await addMembers(host, 'csv', 3);
    await host.store.update('users', m1!, { set: { name: '张三, "老张"' } }); // a comma and quotes survive the round trip
    const a = await createActivity(host, { capacity: 2, title: '导出/测试 活动' });
    for (const m of [m1, m2, m3]) await signup(m!, a.id);
    openCheckIn(a);
    await checkIn(m1!, (await tokenFor(a.id)).token!);

    const res = await host.call('demo-secretary', 'activity', 'exportAttendance', { activityId: a.id });
    expect(res.data!.filename).toMatch(/^导出_测试_活动_签到表_\d{8}\.csv$/);
    expect(res.data!.csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(res.data!.csv.slice(1));
    expect(header).toEqual(['序号', '姓名', '所在党组织', '联系电话', '报名状态', '候补顺位', '报名时间', '签到时间', '签到方式', '登记人']);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(['1', '张三, "老张"', '西园第一网格党支部', '139****0001', '已报名', '', expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/), expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/), '扫码签到', '']);
    expect(rows[1]!.slice(1, 6)).toEqual(['党员csv2', '西园第一网格党支部', '139****0002', '已报名', '']);
    expect(rows[2]!.slice(4, 8)).toEqual(['候补中', '1', expect.any(String), '']);
    expect(res.data!.csv).not.toContain('13900000001');
  });

  it('gives a member their history and hours, and officers participation per branch per quarter', async () => {
    // Seeded: 党纪学习教育专题读书班 (2.5 h) and 走访慰问困难党员 (2 h), both attended by demo-party-member.
    const history = await host.call('demo-party-member', 'activity', 'history', {});
    expect(history.data).toMatchObject({ attendedCount: 2, totalHours: 4.5, yearHours: 4.5 });
    expect(history.data!.items.map((i) => [i.title, i.hours])).toEqual([
      ['党纪学习教育专题读书班', 2.5],
      ['主题党日：走访慰问困难党员', 2],
    ]);
    const m3 = await host.call('demo-party-member-3', 'activity', 'history', {});
    expect(m3.data).toMatchObject({ totalHours: 0, items: [{ attended: false }] });

    const report = await host.call('demo-secretary', 'activity', 'participation', { quarter: '2026-Q4' });
    const byUnit = Object.fromEntries(report.data!.rows.map((r) => [r.unitId, r]));
    expect(byUnit['gd-xiyuan-1']).toMatchObject({ members: 2, activeMembers: 2, rate: 1, attendances: 3, hours: 7 });
    expect(byUnit['gd-xiyuan-2']).toMatchObject({ members: 1, activeMembers: 0, rate: 0, attendances: 0 });
    expect(byUnit['cm-xiyuan']).toMatchObject({ members: 1, activeMembers: 0 });
    expect(byUnit['cm-xiyuan']!.activities).toBeGreaterThanOrEqual(2);
    expect((await host.call('demo-party-member', 'activity', 'participation', { quarter: '2026-Q4' })).error?.code).toBe('FORBIDDEN');
    expect((await host.call('demo-secretary', 'activity', 'participation', { quarter: '2026-Q4', unitId: 'cm-dongqiao' })).error?.code).toBe('FORBIDDEN');
  });
});
