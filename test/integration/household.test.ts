import type { HouseholdClaimDoc } from '../../cloudfunctions/core/household/household.repository';
import type { UserDoc } from '../../cloudfunctions/core/kernel/users';
import { RESIDENCE_REFUSALS } from '../../types/residence';
import { createActivity, outboxOf } from '../support/activity-fixtures';
import { snapshotData } from '../support/db-snapshot';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
const pending = async (who: string, kind: 'household' | 'owner' = 'household') => (await host.call(who, 'household', 'pending', { kind })).data?.items ?? [];
const mark = async (openid: string) => (await host.store.get<UserDoc>('users', openid))?.household;

describe('stating a household', () => {
  it('takes a building of the caller’s community with its 单元 and room, unverified, and a repeat changes nothing', async () => {
    await host.callOk('hh-newcomer', 'user', 'enter', { scene: 'cm-xiyuan~bd-xiyuan-07' });
    const mine = await host.callOk('hh-newcomer', 'household', 'mine', {});
    expect(mine).toEqual({ household: null, building: { id: 'bd-xiyuan-07', name: '西园7栋' } });
    const claimed = await host.callOk('hh-newcomer', 'household', 'claim', { buildingId: 'bd-xiyuan-07', entrance: 2, room: '1203' });
    expect(claimed).toMatchObject({ buildingName: '西园7栋', gridName: '西园第二网格', communityName: '西园社区', entrance: 2, room: '1203', status: 'unverified', verifiedBy: null });
    expect(claimed.id).toMatch(/^hc_/);
    expect(await mark('hh-newcomer')).toEqual({ id: claimed.id, path: ['st-jinhua', 'cm-xiyuan', 'gd-xiyuan-2', 'bd-xiyuan-07'], verified: false, owner: false });
    const before = snapshotData(host.dataDir);
    await host.callOk('hh-newcomer', 'household', 'claim', { buildingId: 'bd-xiyuan-07', entrance: 2, room: '1203' });
    expect(snapshotData(host.dataDir).c_household_claims).toEqual(before.c_household_claims);
  });

  it('refuses a building of another community, a bad room, and someone who has not entered a community', async () => {
    const other = await host.call('demo-resident-2', 'household', 'claim', { buildingId: 'bd-dongqiao-01', entrance: 1, room: '101' });
    expect(other.error).toMatchObject({ code: 'INVALID_INPUT', fields: { buildingId: '请选择本社区的楼栋' } });
    const room = await host.call('demo-resident-2', 'household', 'claim', { buildingId: 'bd-xiyuan-06', entrance: 1, room: '1;DROP' });
    expect(room.error?.fields?.room).toBe('房号格式如 302、1203 或 2-301');
    expect((await host.call('hh-nobody', 'household', 'claim', { buildingId: 'bd-xiyuan-06', entrance: 1, room: '101' })).error?.code).toBe('FORBIDDEN');
  });
});

describe('verifying a household', () => {
  it('lists a claim to the building’s 楼栋长 and the community’s admins, not to another grid’s worker or another community', async () => {
    const seeded = (await pending('demo-admin')).find((c) => c.name === '李秀梅');
    expect(seeded).toMatchObject({ buildingName: '西园6栋', entrance: 2, room: '501', status: 'unverified', phoneMasked: '138****0002' });
    expect((await pending('demo-building-head')).map((c) => c.id)).toContain(seeded!.id);
    expect((await pending('demo-street-admin')).map((c) => c.id)).toContain(seeded!.id);
    expect((await pending('demo-grid-worker')).map((c) => c.id)).not.toContain(seeded!.id); // 西园第一网格; 6栋 is the second's
    expect(await pending('demo-admin-2')).toEqual([]);
    expect((await host.call('demo-resident', 'household', 'pending', { kind: 'household' })).error?.code).toBe('FORBIDDEN');
  });

  it('refuses a verifier out of scope, the resident verifying themselves and a stale decision, writing nothing', async () => {
    const claim = (await pending('demo-admin')).find((c) => c.name === '李秀梅')!;
    const before = snapshotData(host.dataDir);
    for (const who of ['demo-grid-worker', 'demo-admin-2', 'demo-secretary']) {
      expect([who, (await host.call(who, 'household', 'verify', { id: claim.id, rev: claim.rev, approve: true })).error?.code]).toEqual([who, 'FORBIDDEN']);
    }
    expect((await host.call('demo-resident-2', 'household', 'verify', { id: claim.id, rev: claim.rev, approve: true })).error?.code).toBe('FORBIDDEN');
    expect((await host.call('demo-admin', 'household', 'verify', { id: claim.id, rev: claim.rev + 1, approve: true })).error?.code).toBe('CONFLICT');
    expect((await host.call('demo-admin', 'household', 'verify', { id: claim.id, rev: claim.rev, approve: false })).error?.fields?.reason).toBe('不通过时请填写理由');
    expect(snapshotData(host.dataDir)).toEqual(before);
  });

  it('lets a resident join a residents-only activity only once the 楼栋长 has vouched for the household', async () => {
    const a = await createActivity(host, { title: '楼道清洁志愿服务', type: 'volunteer', audience: 'residents' });
    const detail = await host.callOk('demo-resident-2', 'activity', 'get', { id: a.id });
    expect(detail).toMatchObject({ eligible: false, residenceNeeded: true });
    const refused = await host.call('demo-resident-2', 'activity', 'signup', { id: a.id });
    expect(refused.error).toEqual({ code: 'FORBIDDEN', message: RESIDENCE_REFUSALS.household });
    expect(await host.store.count('signups', { activityId: a.id })).toBe(0);

    const claim = (await pending('demo-building-head')).find((c) => c.name === '李秀梅')!;
    const decided = await host.callOk('demo-building-head', 'household', 'verify', { id: claim.id, rev: claim.rev, approve: true });
    expect(decided).toMatchObject({ status: 'verified', verifiedBy: '楼栋长（西园6栋）' });
    expect(await mark('demo-resident-2')).toMatchObject({ verified: true, owner: false });
    expect(await outboxOf(host, 'household_verified', 'demo-resident-2')).toHaveLength(1);
    const audit = await host.store.find<{ _id: string; action: string; target: string; actor: string }>('audit', { action: 'household.verify' });
    expect(audit).toEqual([expect.objectContaining({ target: claim.id, actor: 'demo-building-head' })]);

    expect((await host.callOk('demo-resident-2', 'activity', 'get', { id: a.id })).eligible).toBe(true);
    expect((await host.callOk('demo-resident-2', 'activity', 'signup', { id: a.id })).signup.status).toBe('confirmed');
    // A resident of 东桥 is still outside the audience, verified or not.
    expect((await host.call('demo-admin-2', 'activity', 'signup', { id: a.id })).error).toMatchObject({ code: 'FORBIDDEN', message: '该活动仅面向西园社区居民' });
  });

  it('verifies ownership separately, by an admin only, with the area as registered; a new household drops both', async () => {
    const asked = await host.callOk('demo-resident-2', 'household', 'claimOwner', { area: 76.3 });
    expect(asked.owner).toMatchObject({ status: 'pending', area: 76.3 });
    expect((await host.call('demo-building-head', 'household', 'pending', { kind: 'owner' })).error?.code).toBe('FORBIDDEN');
    const claim = (await pending('demo-admin', 'owner')).find((c) => c.name === '李秀梅')!;
    expect((await host.call('demo-building-head', 'household', 'verifyOwner', { id: claim.id, rev: claim.rev, approve: true })).error?.code).toBe('FORBIDDEN');
    const owner = await host.callOk('demo-admin', 'household', 'verifyOwner', { id: claim.id, rev: claim.rev, approve: true, area: 76.32 });
    expect(owner.owner).toMatchObject({ status: 'verified', area: 76.32 });
    expect(await mark('demo-resident-2')).toMatchObject({ verified: true, owner: true });

    const moved = await host.callOk('demo-resident-2', 'household', 'claim', { buildingId: 'bd-xiyuan-08', entrance: 1, room: '702' });
    expect(moved).toMatchObject({ status: 'unverified', owner: { status: 'none', area: null } });
    expect(await mark('demo-resident-2')).toMatchObject({ verified: false, owner: false });
    const stored = await host.store.get<HouseholdClaimDoc>('household_claims', moved.id);
    expect(stored?.rev).toBe(claim.rev + 2);
  });

  it('keeps the seeded demo households: verified residents, one owner', async () => {
    expect(await mark('demo-resident')).toMatchObject({ verified: true, owner: true });
    expect((await host.callOk('demo-resident', 'household', 'mine', {})).household).toMatchObject({ status: 'verified', verifiedBy: '网格员（西园第一网格）', owner: { status: 'verified', area: 89.56 } });
    expect(await mark('demo-party-member')).toMatchObject({ verified: true, owner: false });
  });
});
