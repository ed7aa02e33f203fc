import type { UserDoc } from '../../cloudfunctions/core/kernel/users';
import type { Store } from '../../cloudfunctions/core/store/port';
import { fromShanghai } from '../../types/time';
import { snapshotData } from '../support/db-snapshot';
import { newResident, reported, stored } from '../support/grid-fixtures';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
const user = (openid: string) => (host.store as unknown as Store).get('users', openid) as Promise<UserDoc | null>;
const audits = (action: string) => host.store.find<{ _id: string; actor: string; target: string }>('audit', { action });
const invite = (who: string, data: Parameters<typeof host.call<'staff', 'invite'>>[3]) => host.callOk(who, 'staff', 'invite', data);

beforeEach(() => host.clock.set(fromShanghai('2026-11-25 10:00')));

describe('appointments by invitation', () => {
  it('makes whoever opens a grid worker’s invitation the grid’s worker on duty, and its previous one a deputy', async () => {
    const made = await invite('demo-admin', { role: 'grid_worker', unitId: 'gd-xiyuan-2', duty: 'on_duty' });
    expect(made).toMatchObject({ page: '/pkg-admin/join/index', scene: `iv~${made.code}`, qrImageUrl: null, invitation: { role: 'grid_worker', unitName: '西园第二网格', duty: 'on_duty', status: 'open', expiresAt: host.clock.now() + 7 * 86_400_000 } });
    expect(made.scene.length).toBeLessThanOrEqual(32);
    expect((await host.call('new-worker', 'staff', 'invitation', { code: made.code })).data).toMatchObject({ role: 'grid_worker', unitName: '西园第二网格', invitedByName: '郑主任' });

    // Typed by hand, grouped and in lower case, it still reads.
    const typed = `${made.code.slice(0, 5).toLowerCase()}-${made.code.slice(5)}`;
    const res = await host.call('new-worker', 'staff', 'accept', { code: typed });
    expect(res.data).toMatchObject({ already: false, invitation: { status: 'used', usedByName: '新同事' } });
    const worker = (await user('new-worker'))!;
    expect(worker.roles).toContainEqual({ role: 'grid_worker', unitId: 'gd-xiyuan-2', unitPath: ['st-jinhua', 'cm-xiyuan', 'gd-xiyuan-2'], duty: 'on_duty' });
    expect(worker).toMatchObject({ communityId: 'cm-xiyuan' });
    expect((await user('demo-grid-worker-2'))!.roles).toContainEqual(expect.objectContaining({ unitId: 'gd-xiyuan-2', duty: 'deputy' }));
    expect((await audits('staff.accept')).map((a) => a.target)).toEqual(['new-worker']);
    expect((await audits('staff.duty')).map((a) => a.target)).toEqual(['demo-grid-worker-2']);

    // New requests in the grid now go to them first.
    const resident = await newResident(host, 'cm-xiyuan~bd-xiyuan-06');
    const id = await reported(host, resident);
    expect((await host.call(resident, 'grid', 'get', { id })).data?.holderName).toBe('新同事');
    // Opening it again changes nothing and records nothing twice.
    expect((await host.call('new-worker', 'staff', 'accept', { code: made.code })).data?.already).toBe(true);
    expect(await audits('staff.accept')).toHaveLength(1);
  });

  it('is used once, even when two people open it at once', async () => {
    const { code } = await invite('demo-admin', { role: 'branch_officer', unitId: 'gd-xiyuan-1' });
    const [a, b] = await Promise.all([host.call('racer-a', 'staff', 'accept', { code }), host.call('racer-b', 'staff', 'accept', { code })]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)?.error).toEqual({ code: 'CONFLICT', message: '该邀请已被使用，每个邀请只能使用一次' });
    const holders = [await user('racer-a'), await user('racer-b')].filter((u) => u?.roles.some((g) => g.role === 'branch_officer'));
    expect(holders).toHaveLength(1);
  });

  it('expires after 7 days, and a revoked one cannot be used', async () => {
    const late = await invite('demo-admin', { role: 'property_liaison', unitId: 'cm-xiyuan' });
    host.clock.advance(7 * 86_400_000);
    expect((await host.call('late-comer', 'staff', 'accept', { code: late.code })).error).toEqual({ code: 'CONFLICT', message: '该邀请已过期，请联系管理员重新邀请' });
    host.clock.set(fromShanghai('2026-11-25 10:00'));
    const revoked = await invite('demo-admin', { role: 'property_liaison', unitId: 'cm-xiyuan' });
    expect((await host.call('demo-admin', 'staff', 'list', { communityId: 'cm-xiyuan' })).data?.invitations.map((i) => i.id)).toContain(revoked.invitation.id);
    expect((await host.call('demo-admin', 'staff', 'revoke', { invitationId: revoked.invitation.id })).data).toEqual({ revoked: true, handedOver: 0 });
    expect((await host.call('late-comer', 'staff', 'accept', { code: revoked.code })).error?.message).toBe('该邀请已被撤销，请联系管理员');
    expect((await host.call('demo-admin', 'staff', 'revoke', { invitationId: revoked.invitation.id })).error?.code).toBe('CONFLICT');
    expect((await user('late-comer'))?.roles.some((g) => g.role === 'property_liaison')).not.toBe(true);
    expect((await host.call('late-comer', 'staff', 'accept', { code: 'ABCDEFGHJK' })).error?.code).toBe('NOT_FOUND');
  });

  it('lets only a street admin appoint a community admin, and each admin only in their own community', async () => {
    const before = snapshotData(host.dataDir);
    expect((await host.call('demo-admin', 'staff', 'invite', { role: 'community_admin', unitId: 'cm-xiyuan' })).error).toEqual({ code: 'FORBIDDEN', message: '社区管理员由街道管理员任命' });
    expect((await host.call('demo-admin', 'staff', 'invite', { role: 'grid_worker', unitId: 'gd-dongqiao-1', duty: 'deputy' })).error?.code).toBe('FORBIDDEN');
    expect((await host.call('demo-admin', 'staff', 'invite', { role: 'grid_worker', unitId: 'gd-xiyuan-1' })).error?.message).toBe('请选择在岗或替班');
    expect((await host.call('demo-admin', 'staff', 'invite', { role: 'grid_worker', unitId: 'cm-xiyuan', duty: 'deputy' })).error?.message).toBe('网格员只能任命在网格上');
    expect((await host.call('demo-admin', 'staff', 'invite', { role: 'branch_officer', unitId: 'gd-xiyuan-1', duty: 'deputy' })).error?.code).toBe('INVALID_INPUT');
    expect((await host.callRaw('demo-grid-worker', 'staff', 'invite', { role: 'grid_worker', unitId: 'gd-xiyuan-1', duty: 'deputy' })).error?.code).toBe('FORBIDDEN');
    expect((await host.callRaw('demo-admin', 'staff', 'accept', { code: '12345' })).error?.code).toBe('INVALID_INPUT');
    expect(snapshotData(host.dataDir)).toEqual(before);
    const made = await invite('demo-street-admin', { role: 'community_admin', unitId: 'cm-dongqiao' });
    expect((await host.call('dq-admin', 'staff', 'accept', { code: made.code })).ok).toBe(true);
    expect((await host.call('dq-admin', 'staff', 'list', { communityId: 'cm-dongqiao' })).data?.members.map((m) => m.name)).toEqual(['冯主任', '卫书记', '新同事']);
    expect((await host.call('dq-admin', 'staff', 'list', { communityId: 'cm-xiyuan' })).error?.code).toBe('FORBIDDEN');
  });
});

describe('revocation and hand-over', () => {
  it('moves a leaving worker’s open requests to the grid’s deputy with their clocks running, then revokes the role, audited', async () => {
    const { code } = await invite('demo-admin', { role: 'grid_worker', unitId: 'gd-xiyuan-1', duty: 'on_duty' });
    await host.callOk('leaving-worker', 'staff', 'accept', { code });
    const resident = await newResident(host);
    const ids = [await reported(host, resident), await reported(host, resident, { category: 'road', description: '路面塌陷一个坑' })];
    await host.callOk('leaving-worker', 'grid', 'accept', { id: ids[0]! });
    const clocks = await Promise.all(ids.map(async (id) => (await stored(host, id))!).map(async (r) => [(await r).acceptDueAt, (await r).resolveDueAt]));
    const listed = (await host.call('demo-admin', 'staff', 'list', { communityId: 'cm-xiyuan' })).data!;
    expect(listed.members.find((m) => m.openid === 'leaving-worker')).toMatchObject({ openRequests: 2, grants: [{ role: 'grid_worker', unitName: '西园第一网格', duty: 'on_duty' }] });

    host.clock.advance(3_600_000);
    const res = await host.call('demo-admin', 'staff', 'revoke', { openid: 'leaving-worker', role: 'grid_worker', unitId: 'gd-xiyuan-1' });
    expect(res.data).toEqual({ revoked: true, handedOver: 2 });
    for (const [i, id] of ids.entries()) {
      const r = (await stored(host, id))!;
      // A deputy of the grid: 吴网格员, who became one when the leaver took the duty.
      expect(r.holder).toMatchObject({ openid: 'demo-grid-worker', name: '吴网格员' });
      expect([r.acceptDueAt, r.resolveDueAt]).toEqual(clocks[i]);
      expect(r.timeline.at(-1)).toMatchObject({ action: 'handover', byName: '郑主任' });
    }
    expect((await user('leaving-worker'))!.roles.some((g) => g.role === 'grid_worker')).toBe(false);
    expect((await host.callRaw('leaving-worker', 'grid', 'inbox', { tab: 'pending' })).error?.code).toBe('FORBIDDEN');
    expect((await audits('staff.revoke')).map((a) => a.target)).toEqual(['leaving-worker']);
    expect((await host.call('demo-admin', 'staff', 'revoke', { openid: 'leaving-worker', role: 'grid_worker', unitId: 'gd-xiyuan-1' })).error?.code).toBe('NOT_FOUND');
  });

  it('hands a worker’s requests to a chosen worker of the grid without revoking them', async () => {
    const resident = await newResident(host);
    const id = await reported(host, resident);
    expect((await stored(host, id))!.holder.openid).toBe('demo-grid-worker');
    expect((await host.call('demo-admin', 'staff', 'handOver', { openid: 'demo-grid-worker', unitId: 'gd-xiyuan-1', to: 'demo-secretary' })).error?.code).toBe('INVALID_INPUT');
    const res = await host.call('demo-admin', 'staff', 'handOver', { openid: 'demo-grid-worker', unitId: 'gd-xiyuan-1', to: 'demo-grid-worker-2' });
    expect(res.data).toMatchObject({ toName: '杨网格员' });
    expect((await stored(host, id))!.holder.openid).toBe('demo-grid-worker-2');
    expect((await user('demo-grid-worker'))!.roles.some((g) => g.role === 'grid_worker')).toBe(true);
    expect(await audits('staff.handOver')).toHaveLength(1);
  });
});
