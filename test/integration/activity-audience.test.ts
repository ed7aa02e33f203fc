import type { ActivityDetail } from '../../types/activity';
import { activityInput, addMembers } from '../../scripts/harness/activity-input';
import { addOfficer, createActivity } from '../support/activity-fixtures';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
beforeAll(async () => {
  await addOfficer(host, 'dq-secretary', 'cm-dongqiao', 'cm-dongqiao');
  await addMembers(host, 'dq', 1, 'gd-dongqiao-1', 'cm-dongqiao');
});

const list = async (openid: string) => (await host.call(openid, 'activity', 'list', { scope: 'upcoming' })).data!.items.map((i) => i.id);

describe('audience scoping', () => {
  let grid1: ActivityDetail;
  let community: ActivityDetail;
  let residents: ActivityDetail;
  beforeAll(async () => {
    grid1 = await createActivity(host, { title: '第一网格支部党员大会', audience: 'party_subtree', audienceUnitId: 'gd-xiyuan-1' });
    community = await createActivity(host, { title: '全社区党员主题党日', audience: 'community_party' });
    residents = await createActivity(host, { title: '社区志愿服务', type: 'volunteer', audience: 'residents' });
  });

  it('shows a grid-branch activity to that branch only, a community one to every member of the community, and a residents one to residents', async () => {
    const member1 = await list('demo-party-member'); // 西园第一网格党支部
    const member3 = await list('demo-party-member-3'); // 西园第二网格党支部
    const resident = await list('demo-resident');
    const outsider = await list('dq-01'); // 东桥
    expect(member1).toEqual(expect.arrayContaining([grid1.id, community.id, residents.id]));
    expect(member3).toEqual(expect.arrayContaining([community.id, residents.id]));
    expect(member3).not.toContain(grid1.id);
    expect(resident).toContain(residents.id);
    expect(resident).not.toContain(community.id);
    expect(resident).not.toContain(grid1.id);
    for (const id of [grid1.id, community.id, residents.id]) expect(outsider).not.toContain(id);
  });

  it('refuses signup and detail outside the audience, with the reason', async () => {
    const denied = await host.call('demo-party-member-3', 'activity', 'signup', { id: grid1.id });
    expect(denied.error).toMatchObject({ code: 'FORBIDDEN', message: '该活动仅面向西园第一网格党支部党员' });
    expect((await host.call('demo-resident', 'activity', 'get', { id: community.id })).error?.code).toBe('FORBIDDEN');
    expect((await host.call('dq-01', 'activity', 'signup', { id: residents.id })).error).toMatchObject({ code: 'FORBIDDEN', message: '该活动仅面向西园社区居民' });
    expect(await host.store.count('signups', { activityId: grid1.id })).toBe(0);
    const ok = await host.call('demo-resident', 'activity', 'signup', { id: residents.id });
    expect(ok.data?.signup.status).toBe('confirmed');
  });

  it('lists what the caller organises for officers only', async () => {
    const organised = await host.call('demo-secretary', 'activity', 'list', { scope: 'organised' });
    expect(organised.data!.items.map((i) => i.id)).toEqual(expect.arrayContaining([grid1.id, community.id, residents.id]));
    const dq = await host.call('dq-secretary', 'activity', 'list', { scope: 'organised' });
    expect(dq.data!.items).toEqual([]);
    // A member without an officer grant organises nothing.
    expect((await host.call('demo-party-member', 'activity', 'list', { scope: 'organised' })).data?.items).toEqual([]);
  });

  it('hides the seat holders: members see counts, never OPENIDs', async () => {
    const detail = await host.call('demo-party-member', 'activity', 'get', { id: residents.id });
    expect(detail.data).toMatchObject({ confirmedCount: 1, eligible: true, canManage: false });
    expect(JSON.stringify(detail.data)).not.toContain('demo-resident');
  });
});

describe('who may organise', () => {
  it('refuses a party member (not an officer) creating or editing, and writes nothing', async () => {
    const before = await host.store.count('activities', {});
    const res = await host.call('demo-party-member', 'activity', 'create', activityInput(host));
    expect(res.error?.code).toBe('FORBIDDEN');
    const a = await createActivity(host);
    const edit = await host.call('demo-party-member-2', 'activity', 'update', { id: a.id, title: '被篡改的标题' });
    expect(edit.error?.code).toBe('FORBIDDEN');
    expect(await host.store.count('activities', {})).toBe(before + 1);
  });

  it('refuses an officer of another community creating for, editing, cancelling or reading the attendance of a branch not theirs', async () => {
    const create = await host.call('dq-secretary', 'activity', 'create', activityInput(host, { unitId: 'gd-xiyuan-1' }));
    expect(create.error?.code).toBe('FORBIDDEN');
    const a = await createActivity(host);
    for (const [action, data] of [
      ['update', { id: a.id, title: '东桥改的标题' }],
      ['cancelActivity', { id: a.id, reason: '不想办了' }],
      ['attendance', { activityId: a.id }],
      ['exportAttendance', { activityId: a.id }],
      ['checkInToken', { activityId: a.id }],
    ] as const) {
      const res = await host.call('dq-secretary', 'activity', action, data);
      expect([action, res.error?.code]).toEqual([action, 'FORBIDDEN']);
    }
    const after = await host.call('demo-secretary', 'activity', 'get', { id: a.id });
    expect(after.data).toMatchObject({ title: '测试主题党日', status: 'published', canManage: true });
  });

  it('refuses an audience outside the organising branch and times that make no sense, with field messages', async () => {
    const outside = await host.call('demo-secretary', 'activity', 'create', activityInput(host, { unitId: 'gd-xiyuan-1', audience: 'party_subtree', audienceUnitId: 'gd-xiyuan-2' }));
    expect(outside.error).toMatchObject({ code: 'INVALID_INPUT', fields: { audienceUnitId: '参加对象须为本支部或其下属组织' } });
    const input = activityInput(host);
    const backwards = await host.call('demo-secretary', 'activity', 'create', { ...input, endAt: input.startAt - 1 });
    expect(backwards.error).toMatchObject({ code: 'INVALID_INPUT', message: '结束时间须晚于开始时间' });
    const past = await host.call('demo-secretary', 'activity', 'create', activityInput(host, { startAt: host.clock.now() - 3_600_000, endAt: host.clock.now(), signupDeadline: host.clock.now() - 7_200_000, cancelDeadline: host.clock.now() - 7_200_000 }));
    expect(past.error?.code).toBe('INVALID_INPUT');
    const cover = await host.call('demo-secretary', 'activity', 'create', activityInput(host, { coverImage: 'javascript:alert(1)' }));
    expect(cover.error?.fields?.coverImage).toBe('封面图片须为 https 地址或小程序内路径');
  });

  it('lets the secretary organise for a grid below the community, with that grid as the audience', async () => {
    const units = await host.call('demo-secretary', 'activity', 'organiserUnits', {});
    expect(units.data!.units.map((u) => u.unitId)).toEqual(expect.arrayContaining(['cm-xiyuan', 'gd-xiyuan-1', 'gd-xiyuan-2']));
    expect(units.data!.units.map((u) => u.unitId)).not.toContain('cm-dongqiao');
    const a = await createActivity(host, { unitId: 'gd-xiyuan-2', audience: 'party_subtree' });
    expect(a).toMatchObject({ unitName: '西园第二网格党支部', audienceUnitName: '西园第二网格党支部' });
  });
});
