import type { ActivityDoc, SignupDoc } from '../../cloudfunctions/core/activity/activity.repository';
import { presentField } from '../../cloudfunctions/core/activity/activity.repository';
import { addMembers } from '../../scripts/harness/activity-input';
import { TEST_NOW } from '../../scripts/harness/test-now';
import { createActivity } from '../support/activity-fixtures';
import { parseCsv } from '../support/parse-csv';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
const HOUR = 3_600_000;

describe('checked-in ⊆ confirmed, wherever attendance is computed', () => {
  it('refuses a cancellation after check-in, and counts no check-in on a signup that is not confirmed', async () => {
    host.clock.set(TEST_NOW);
    const [present, absent, ghost] = await addMembers(host, 'inv', 3);
    const a = await createActivity(host, { capacity: 3 });
    for (const m of [present, absent, ghost]) await host.callOk(m!, 'activity', 'signup', { id: a.id });
    host.clock.set(a.startAt - 10 * 60_000);
    const { token } = await host.callOk('demo-secretary', 'activity', 'checkInToken', { activityId: a.id });
    for (const m of [present, ghost]) await host.callOk(m!, 'activity', 'checkIn', { token: token! });
    const refused = await host.call(present!, 'activity', 'cancel', { id: a.id });
    expect(refused.error).toEqual({ code: 'CONFLICT', message: '您已签到，不能再取消报名' });

    // A record as older code could leave it: cancelled, yet with a check-in (and the seat given up).
    await host.store.update('signups', `${a.id}:${ghost}`, { set: { status: 'cancelled', cancelledAt: host.clock.now() } });
    const doc = (await host.store.get<ActivityDoc>('activities', a.id))!;
    await host.store.update('activities', a.id, { set: { 'seats.holders': doc.seats.holders.filter((h) => h !== ghost), 'seats.free': doc.seats.free + 1 } });
    expect((await host.store.get<ActivityDoc>('activities', a.id))!.present[presentField(ghost!).slice('present.'.length)]).toBeDefined();

    const list = await host.callOk('demo-secretary', 'activity', 'attendance', { activityId: a.id });
    expect({ confirmed: list.confirmed, checkedIn: list.checkedIn }).toEqual({ confirmed: 2, checkedIn: 1 });
    expect(list.rows.find((r) => r.status === 'cancelled')).toMatchObject({ checkedInAt: null, method: null });
    const [, ...rows] = parseCsv((await host.callOk('demo-secretary', 'activity', 'exportAttendance', { activityId: a.id })).csv);
    expect(rows.filter((r) => r[7] !== '')).toHaveLength(1);

    host.clock.set(a.endAt + HOUR);
    expect((await host.callOk(ghost!, 'activity', 'history', {})).attendedCount).toBe(0);
    expect((await host.callOk(present!, 'activity', 'history', {})).attendedCount).toBe(1);
    const quarter = await host.callOk('demo-secretary', 'activity', 'participation', { quarter: '2026-Q4', unitId: 'gd-xiyuan-1' });
    // Only the real attendance among these three counts (the register does not list them: they were granted the role only).
    expect(quarter.rows.reduce((n, r) => n + r.attendances, 0)).toBeLessThanOrEqual(3);
  });
});

describe('the attendance export', () => {
  it.each([
    ['=HYPERLINK("x","点")'],
    ['+1+1'],
    ['-1+1'],
    ['@SUM(A1:A9)'],
    // Names are trimmed when saved: a leading tab leaves the formula behind it, neutralised all the same.
    ['\t=1+1'],
  ])('writes a member named %j as text, never as a formula', async (name) => {
    host.clock.set(TEST_NOW);
    const [member] = await addMembers(host, `csv${Math.random().toString(36).slice(2, 6)}`, 1);
    await host.callOk(member!, 'user', 'updateProfile', { name });
    const a = await createActivity(host, { capacity: 2 });
    await host.callOk(member!, 'activity', 'signup', { id: a.id });
    const { csv } = await host.callOk('demo-secretary', 'activity', 'exportAttendance', { activityId: a.id });
    const [, row] = parseCsv(csv);
    const stored = (await host.store.get<SignupDoc>('signups', `${a.id}:${member}`))!.name;
    expect(row![1]).toBe(`'${stored}`);
    expect(row![1]!.startsWith("'")).toBe(true);
  });
});
