import type { ActivityDoc } from '../../cloudfunctions/core/activity/activity.repository';
import { CATALOG_ITEMS } from '../../cloudfunctions/core/catalog/content/index';
import type { UserDoc } from '../../cloudfunctions/core/kernel/users';
import { PERSONAL_DATA } from '../../cloudfunctions/core/privacy/registry';
import { DEMO_USERS } from '../../cloudfunctions/core/seed/demo-users';
import { COLLECTIONS } from '../../cloudfunctions/core/store/collections';
import { activityInput, addMembers } from '../../scripts/harness/activity-input';
import { TEST_NOW } from '../../scripts/harness/test-now';
import { quotableParts } from '../../types/catalog-display';
import { CONSENT_TEXTS } from '../../types/privacy';
import { createActivity } from '../support/activity-fixtures';
import { snapshotData } from '../support/db-snapshot';
import { findOpenids, findText } from '../support/openid-scan';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
const HOUR = 3_600_000;
const created: string[] = [];

/** A resident who uses everything a resident can, so that their data lands in every collection it can reach. */
async function busyResident(openid: string, phone: string): Promise<void> {
  created.push(openid);
  await host.callOk(openid, 'user', 'enter', { scene: 'cm-xiyuan~bd-xiyuan-02' });
  for (const scope of ['basic', 'membership'] as const) await host.callOk(openid, 'user', 'consent', { scope, version: CONSENT_TEXTS[scope].version });
  await host.callOk(openid, 'user', 'updateProfile', { name: `居民${openid}`, phone });
  const claim = await host.callOk(openid, 'household', 'claim', { buildingId: 'bd-xiyuan-02', entrance: 1, room: '301' });
  await host.callOk('demo-grid-worker', 'household', 'verify', { id: claim.id, rev: 1, approve: true });
  await host.callOk(openid, 'grid', 'submit', { code: 'MS-01', answers: { householdSize: 2, hardship: ['因病'], phone }, idempotencyKey: `key-${openid}` });
  const quote = quotableParts(CATALOG_ITEMS.find((i) => i.code === 'MS-01')!)[0]!.text;
  await host.callOk(openid, 'catalog', 'reportMistake', { code: 'MS-01', quote, problem: '这里的电话打不通，请核实。' });
  await host.callOk(openid, 'notify', 'grantSubscribe', { kinds: ['signup_confirmed'] });
  const applied = await host.callOk(openid, 'party', 'apply', { unitId: 'gd-xiyuan-1', joinedAt: '2015-07' });
  await host.callOk('demo-secretary', 'party', 'decide', { id: applied.application!.id, approve: true });
  await host.callOk('demo-secretary', 'party', 'members', {});
}

describe('the personal-data registry', () => {
  it('declares every collection the store knows', () => {
    expect(Object.keys(PERSONAL_DATA).sort()).toEqual(Object.keys(COLLECTIONS).sort());
    for (const [name, entry] of Object.entries(PERSONAL_DATA)) {
      if (entry.holds === 'nobody') expect({ name, why: entry.why.length > 10 }).toEqual({ name, why: true });
      else expect({ name, fields: entry.fields.length > 0, label: /[\u4e00-\u9fa5]/.test(entry.label) }).toEqual({ name, fields: true, label: true });
    }
  });
});

describe('exporting my data', () => {
  it('gives a member everything held about them, as JSON, and nothing of anyone else', async () => {
    const { filename, json } = await host.callOk('demo-party-member', 'user', 'exportMyData', {});
    expect(filename).toMatch(/^社区服务通_我的数据_\d{8}\.json$/);
    const file = JSON.parse(json) as { account: string; data: Record<string, { label: string; records: unknown[] }> };
    expect(file.account).toBe('demo-party-member');
    for (const section of ['users', 'signups', 'activities', 'party_members', 'household_claims', 'inbox', 'outbox']) {
      expect({ section, some: (file.data[section]?.records.length ?? 0) > 0 }).toEqual({ section, some: true });
    }
    expect(file.data.users?.records[0]).toMatchObject({ name: '刘志强', phone: '13800000021' });
    for (const other of DEMO_USERS.filter((u) => u._id !== 'demo-party-member')) {
      expect({ other: other._id, inExport: json.includes(`"${other._id}"`) || json.includes(other.phone ?? '—') || json.includes(other.name) }).toEqual({ other: other._id, inExport: false });
    }
  });
});

describe('deleting my account', () => {
  it('erases the person everywhere, keeps other people’s records and the counts whole, and a retry changes nothing', async () => {
    host.clock.set(TEST_NOW);
    await busyResident('erase-me', '13911112222');
    const [other] = await addMembers(host, 'waits', 1);
    // A seat they hold in an activity to come, with someone waiting for it; a past activity they attended.
    const later = activityInput(host).startAt + 7 * 24 * HOUR;
    const upcoming = await createActivity(host, { capacity: 1, startAt: later, endAt: later + 2 * HOUR, signupDeadline: later - 12 * HOUR, cancelDeadline: later - 3 * HOUR });
    await host.callOk('erase-me', 'activity', 'signup', { id: upcoming.id });
    expect((await host.callOk(other!, 'activity', 'signup', { id: upcoming.id })).signup.status).toBe('waitlisted');
    const past = await createActivity(host, { capacity: 3 });
    await host.callOk('erase-me', 'activity', 'signup', { id: past.id });
    await host.callOk('demo-party-member-2', 'activity', 'signup', { id: past.id });
    host.clock.set(past.startAt - 10 * 60_000);
    const { token } = await host.callOk('demo-secretary', 'activity', 'checkInToken', { activityId: past.id });
    await host.callOk('erase-me', 'activity', 'checkIn', { token: token! });
    host.clock.set(past.endAt + HOUR);
    await host.dispatch();
    const attendanceBefore = await host.callOk('demo-secretary', 'activity', 'attendance', { activityId: past.id });
    const requestsBefore = await host.store.count('service_requests', {});
    expect(findText(host.dataDir, 'erase-me').length).toBeGreaterThan(10);

    const res = await host.callOk('erase-me', 'user', 'deleteMe', { confirm: true });
    expect(res.state).toBe('done');
    expect(findText(host.dataDir, 'erase-me')).toEqual([]);
    expect(findText(host.dataDir, '13911112222')).toEqual([]);
    expect(findText(host.dataDir, '居民erase-me')).toEqual([]);

    // The past activity's counts and check-ins stand; the row reads 已注销用户.
    const attendanceAfter = await host.callOk('demo-secretary', 'activity', 'attendance', { activityId: past.id });
    expect({ confirmed: attendanceAfter.confirmed, checkedIn: attendanceAfter.checkedIn }).toEqual({ confirmed: attendanceBefore.confirmed, checkedIn: attendanceBefore.checkedIn });
    expect(attendanceAfter.rows.map((r) => r.name)).toContain('已注销用户');
    const seats = (await host.store.get<ActivityDoc>('activities', past.id))!.seats;
    expect(seats.holders).toHaveLength(2);
    // The seat to come went to the one waiting, as a cancellation would have given it.
    expect((await host.callOk(other!, 'activity', 'get', { id: upcoming.id })).mine?.status).toBe('confirmed');
    // The request stays counted, without who asked; the branch register no longer lists them.
    expect(await host.store.count('service_requests', {})).toBe(requestsBefore);
    expect(await host.store.count('service_requests', { residentName: '已注销用户' })).toBe(1);

    // A retry: nothing left to do, nothing changed; the OPENID is a newcomer's again.
    const before = snapshotData(host.dataDir);
    expect((await host.callOk('erase-me', 'user', 'deleteMe', { confirm: true })).state).toBe('done');
    expect(snapshotData(host.dataDir)).toEqual(before);
    expect(await host.callOk('erase-me', 'user', 'me', {})).toMatchObject({ name: '新居民', community: null, phoneMasked: null });
  });

  it('refuses without the confirmation, changing nothing', async () => {
    const before = snapshotData(host.dataDir);
    const res = await host.callRaw('demo-resident', 'user', 'deleteMe', {});
    expect(res.error).toMatchObject({ code: 'INVALID_INPUT', fields: { confirm: '请确认注销账号' } });
    expect((await host.callRaw('demo-resident', 'user', 'deleteMe', { confirm: false })).error?.code).toBe('INVALID_INPUT');
    expect(snapshotData(host.dataDir)).toEqual(before);
  });

  it('finishes an erasure that died half-way: the person is refused meanwhile, and the timer completes it', async () => {
    host.clock.set(TEST_NOW);
    await busyResident('erase-crash', '13933334444');
    const remove = host.store.remove.bind(host.store);
    let removals = 0;
    jest.spyOn(host.store, 'remove').mockImplementation(async (collection: string, id: string) => {
      if (++removals === 3) throw new Error('function instance killed');
      return remove(collection, id);
    });
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await host.call('erase-crash', 'user', 'deleteMe', { confirm: true })).error?.code).toBe('INTERNAL');
    jest.restoreAllMocks();

    const tombstone = await host.store.get<UserDoc>('users', 'erase-crash');
    expect(tombstone?.erasure?.alias).toMatch(/^gone:/);
    expect((await host.call('erase-crash', 'grid', 'mine', {})).error).toEqual({ code: 'FORBIDDEN', message: '您的账号正在注销中' });
    expect(findText(host.dataDir, 'erase-crash').length).toBeGreaterThan(0);

    expect(await host.timer('user', 'finishErasures')).toEqual({ resumed: 0, done: 0 }); // too fresh: the request may still run
    host.clock.advance(61_000);
    expect(await host.timer('user', 'finishErasures')).toEqual({ resumed: 1, done: 1 });
    expect(findText(host.dataDir, 'erase-crash')).toEqual([]);
    expect(findText(host.dataDir, tombstone!.erasure!.alias).length).toBeGreaterThan(0); // the kept records, under the alias
  });

  it('waits for an activity to start when the person checked in before it, then completes with the check-in counted', async () => {
    host.clock.set(TEST_NOW);
    const [member] = await addMembers(host, 'early', 1);
    created.push(member!);
    const a = await createActivity(host, { capacity: 2 });
    await host.callOk(member!, 'activity', 'signup', { id: a.id });
    host.clock.set(a.startAt - 10 * 60_000);
    const { token } = await host.callOk('demo-secretary', 'activity', 'checkInToken', { activityId: a.id });
    await host.callOk(member!, 'activity', 'checkIn', { token: token! });

    const res = await host.callOk(member!, 'user', 'deleteMe', { confirm: true });
    expect(res).toMatchObject({ state: 'pending', message: expect.stringContaining('活动开始后') });
    expect((await host.store.get<ActivityDoc>('activities', a.id))!.seats.holders).toEqual([member]);

    host.clock.set(a.startAt + 60_000);
    expect(await host.timer('user', 'finishErasures')).toEqual({ resumed: 1, done: 1 });
    expect(findText(host.dataDir, member!)).toEqual([]);
    expect(await host.callOk('demo-secretary', 'activity', 'attendance', { activityId: a.id })).toMatchObject({ confirmed: 1, checkedIn: 1 });
  });
});

describe('collections declared as holding nobody’s data', () => {
  it('hold no OPENID of anyone, after the seed and everything the suites above did', () => {
    const empty = Object.entries(PERSONAL_DATA)
      .filter(([, entry]) => entry.holds === 'nobody')
      .map(([name]) => name);
    const known = [...DEMO_USERS.map((u) => u._id), ...created];
    const traces = findOpenids(host.dataDir, known).filter((t) => empty.includes(t.collection));
    expect(traces).toEqual([]);
    // The scan itself works: the people's collections are full of them.
    expect(findOpenids(host.dataDir, known).length).toBeGreaterThan(50);
  });
});
