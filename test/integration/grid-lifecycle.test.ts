import { outboxId } from '../../cloudfunctions/core/notify/outbox';
import { fromShanghai } from '../../types/time';
import { snapshotData } from '../support/db-snapshot';
import { newResident, putUser, reported, stored } from '../support/grid-fixtures';
import { photoOf } from '../support/photos';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
const get = (who: string, id: string) => host.call(who, 'grid', 'get', { id });
const inboxOf = async (who: string, tab: 'pending' | 'active' | 'overdue') => (await host.call(who, 'grid', 'inbox', { tab })).data!;
const messagesTo = (recipient: string, kind: string) => host.store.find('outbox', { recipient, kind, channel: 'inbox' });

beforeEach(() => host.clock.set(fromShanghai('2026-11-25 10:00')));

describe('a request’s whole life', () => {
  it('is assigned at once to the grid’s worker on duty, accepted, worked, resolved with photos, confirmed, rated and closed', async () => {
    const photo = await photoOf(host, 'demo-resident');
    const id = await reported(host, 'demo-resident', { photos: [photo] });
    const created = (await get('demo-resident', id)).data!;
    expect(created).toMatchObject({ status: 'assigned', holderName: '吴网格员', gridName: '西园第一网格', acceptDueAt: fromShanghai('2026-11-25 12:00'), resolveDueAt: fromShanghai('2026-12-02 17:30') });
    expect(created.promise).toBe('本街道承诺：2个工作小时内受理，5个工作日内办结');
    expect(created.can).toEqual(['comment']);
    expect((await inboxOf('demo-grid-worker', 'pending')).items.map((r) => r.id)).toContain(id);
    expect(await messagesTo('demo-grid-worker', 'request_assigned')).toHaveLength(1);

    // The person accountable sees the whole phone number; oversight sees it masked.
    expect((await get('demo-grid-worker', id)).data).toMatchObject({ contactPhone: '13800000001', can: expect.arrayContaining(['accept', 'transfer', 'reply']) });
    expect((await get('demo-admin', id)).data).toMatchObject({ contactPhone: null, contactPhoneMasked: '138****0001' });

    host.clock.advance(30 * 60_000);
    const accepted = await host.call('demo-grid-worker', 'grid', 'accept', { id });
    expect(accepted.data).toMatchObject({ status: 'accepted', deadlineAt: fromShanghai('2026-12-02 17:30') });
    expect((await host.call('demo-grid-worker', 'grid', 'start', { id })).data?.status).toBe('in_progress');
    await host.callOk('demo-grid-worker', 'grid', 'comment', { id, text: '已联系物业电工，今晚检修。' });
    const result = await photoOf(host, 'demo-grid-worker');
    const resolved = await host.call('demo-grid-worker', 'grid', 'resolve', { id, note: '已更换灯泡，路灯恢复照明。', photos: [result] });
    expect(resolved.data).toMatchObject({ status: 'resolved', deadlineAt: null });
    expect((await get('demo-resident', id)).data?.can).toEqual(['comment', 'confirm', 'reopen', 'rate']);
    expect(await messagesTo('demo-resident', 'request_resolved')).toHaveLength(1);

    expect((await host.call('demo-resident', 'grid', 'confirm', { id })).data?.status).toBe('confirmed');
    const rated = await host.call('demo-resident', 'grid', 'rate', { id, rating: 'satisfied', comment: '很及时，谢谢' });
    expect(rated.data).toMatchObject({ status: 'closed', rating: { value: 'satisfied', comment: '很及时，谢谢' } });
    expect(rated.data?.timeline.map((e) => e.action)).toEqual(['submit', 'assign', 'accept', 'start', 'reply', 'resolve', 'confirm', 'rate']);
    expect(rated.data?.timeline.find((e) => e.action === 'resolve')?.photos).toHaveLength(1);
    expect(rated.data?.can).toEqual([]);
    const doc = await stored(host, id);
    expect(doc).toMatchObject({ rev: 8, appliedRev: 8, pendingAt: null, closedAt: host.clock.now() });
  });

  it('refuses each step to those who may not take it, and out of order, writing nothing', async () => {
    const resident = await newResident(host);
    const id = await reported(host, resident);
    const before = snapshotData(host.dataDir);
    const refusals: Array<[string, Promise<{ error?: { code: string } }>, string]> = [
      ['a resident accepting', host.callRaw(resident, 'grid', 'accept', { id }), 'FORBIDDEN'],
      ['another grid’s worker accepting', host.call('demo-grid-worker-2', 'grid', 'accept', { id }), 'FORBIDDEN'],
      ['a branch secretary accepting', host.callRaw('demo-secretary', 'grid', 'accept', { id }), 'FORBIDDEN'],
      ['resolving before accepting', host.call('demo-grid-worker', 'grid', 'resolve', { id, note: '已处理完毕' }), 'CONFLICT'],
      ['the resident confirming an open request', host.call(resident, 'grid', 'confirm', { id }), 'CONFLICT'],
      ['the resident rating an open request', host.call(resident, 'grid', 'rate', { id, rating: 'satisfied' }), 'CONFLICT'],
      ['another resident commenting', host.call('demo-resident-2', 'grid', 'comment', { id, text: '我也看到了' }), 'NOT_FOUND'],
      ['the worker confirming for the resident', host.call('demo-grid-worker', 'grid', 'confirm', { id }), 'FORBIDDEN'],
      ['a street hand-off of a request not at the street', host.call('demo-street-admin', 'grid', 'handOff', { id, department: '城管执法中队', reference: 'CG-1' }), 'CONFLICT'],
    ];
    for (const [label, call, code] of refusals) expect({ label, code: (await call).error?.code }).toEqual({ label, code });
    expect(snapshotData(host.dataDir)).toEqual(before);
  });

  it('lets one of two people pressing 受理 at once win, and tells the other who has it', async () => {
    const resident = await newResident(host);
    const id = await reported(host, resident);
    const [a, b] = await Promise.all([host.call('demo-grid-worker', 'grid', 'accept', { id }), host.call('demo-admin', 'grid', 'accept', { id })]);
    const won = [a, b].filter((r) => r.ok);
    const lost = [a, b].filter((r) => !r.ok);
    expect(won).toHaveLength(1);
    expect(lost[0]?.error).toEqual({ code: 'CONFLICT', message: `该诉求已由${won[0]!.data!.holderName}受理` });
    const doc = await stored(host, id);
    expect(doc?.timeline.filter((e) => e.action === 'accept')).toHaveLength(1);
    // Told once, whoever won.
    expect(await host.store.count('outbox', { event: { $in: [`rq:${id}:3:accept`] } })).toBe(2);
  });

  it('reopens once within 7 days (by request or by 不满意), and a second 不满意 closes it', async () => {
    const resident = await newResident(host);
    const id = await reported(host, resident);
    const work = async () => {
      await host.callOk('demo-grid-worker', 'grid', 'accept', { id }).catch(() => undefined);
      await host.callOk('demo-grid-worker', 'grid', 'resolve', { id, note: '已处理' });
    };
    await work();
    host.clock.advance(2 * 86_400_000);
    const reopened = await host.call(resident, 'grid', 'rate', { id, rating: 'dissatisfied', comment: '晚上还是不亮' });
    expect(reopened.data).toMatchObject({ status: 'reopened', holderName: '吴网格员', reopenUntil: null });
    expect(reopened.data?.deadlineAt).toBeGreaterThan(host.clock.now());
    expect(await messagesTo('demo-grid-worker', 'request_update')).not.toHaveLength(0);
    await host.callOk('demo-grid-worker', 'grid', 'resolve', { id, note: '更换了线路' });
    expect((await host.call(resident, 'grid', 'reopen', { id, reason: '还是不亮' })).error).toEqual({ code: 'CONFLICT', message: '每项诉求只能申请重新办理一次' });
    expect((await host.call(resident, 'grid', 'rate', { id, rating: 'dissatisfied' })).data?.status).toBe('closed');

    const late = await reported(host, resident);
    await host.callOk('demo-grid-worker', 'grid', 'accept', { id: late });
    await host.callOk('demo-grid-worker', 'grid', 'resolve', { id: late, note: '已处理' });
    host.clock.advance(7 * 86_400_000 + 60_000);
    expect((await host.call(resident, 'grid', 'reopen', { id: late, reason: '没修好' })).error?.message).toBe('已超过办结后7天，不能再申请重新办理');
  });
});

describe('pausing the clock for the resident', () => {
  it('stops the resolution clock with a reason the resident sees, and moves the deadline by the office time it lasted', async () => {
    const resident = await newResident(host);
    const id = await reported(host, resident);
    await host.callOk('demo-grid-worker', 'grid', 'accept', { id });
    const before = (await stored(host, id))!.resolveDueAt;
    // Paused from before Thursday's office hours (the day of the request never counts towards working days)…
    host.clock.set(fromShanghai('2026-11-26 08:00'));
    const paused = await host.call('demo-grid-worker', 'grid', 'pause', { id, reason: '请补充路灯所在的具体位置' });
    expect(paused.data).toMatchObject({ pause: { reason: '请补充路灯所在的具体位置' }, deadlineAt: null, can: expect.arrayContaining(['resume']) });
    expect((await get(resident, id)).data?.pause?.reason).toBe('请补充路灯所在的具体位置');
    expect((await host.call('demo-grid-worker', 'grid', 'resolve', { id, note: '已处理' })).error?.message).toBe('诉求已暂停计时，请先恢复再办结');
    expect((await host.call('demo-grid-worker', 'grid', 'pause', { id, reason: '再等等' })).error?.message).toBe('诉求已在暂停计时中');
    // …until the resident answers before Friday's: a whole working day stood still, the deadline moves by one.
    host.clock.set(fromShanghai('2026-11-27 08:00'));
    const answered = await host.call(resident, 'grid', 'comment', { id, text: '在3栋东侧单元门口' });
    expect(answered.data).toMatchObject({ pause: null, resolveDueAt: fromShanghai('2026-12-03 17:30') });
    expect(before).toBe(fromShanghai('2026-12-02 17:30'));
  });

  it('is refused before acceptance and after resolution', async () => {
    const resident = await newResident(host);
    const id = await reported(host, resident);
    expect((await host.call('demo-grid-worker', 'grid', 'pause', { id, reason: '等待补充' })).error?.code).toBe('CONFLICT');
  });
});

describe('transfers and the street’s dispatch desk', () => {
  it('transfers only with a reason, to another grid whose worker must accept, with the clocks running on', async () => {
    const resident = await newResident(host);
    const id = await reported(host, resident);
    const original = (await stored(host, id))!;
    expect((await host.callRaw('demo-grid-worker', 'grid', 'transfer', { id, to: { kind: 'grid', gridId: 'gd-xiyuan-2' } })).error?.code).toBe('INVALID_INPUT');
    expect((await host.call('demo-grid-worker', 'grid', 'transfer', { id, to: { kind: 'grid', gridId: 'gd-dongqiao-1' }, reason: '不在本网格' })).error?.code).toBe('INVALID_INPUT');
    const moved = await host.call('demo-grid-worker', 'grid', 'transfer', { id, to: { kind: 'grid', gridId: 'gd-xiyuan-2' }, reason: '路灯在第二网格一侧' });
    expect(moved.data).toMatchObject({ status: 'assigned', holderName: '杨网格员', gridName: '西园第二网格', acceptDueAt: original.acceptDueAt, resolveDueAt: original.resolveDueAt });
    expect((await stored(host, id))).toMatchObject({ gridId: 'gd-xiyuan-2', unitPath: ['st-jinhua', 'cm-xiyuan', 'gd-xiyuan-2'] });
    expect((await get('demo-grid-worker', id)).error?.code).toBe('NOT_FOUND');
    expect(await messagesTo('demo-grid-worker-2', 'request_assigned')).not.toHaveLength(0);
    expect((await host.call('demo-grid-worker-2', 'grid', 'accept', { id })).data?.status).toBe('accepted');
  });

  it('sends a matter outside the community’s powers to the street, which hands it to a department or returns it', async () => {
    const resident = await newResident(host);
    const noise = await reported(host, resident, { category: 'noise', description: '楼下商铺夜间施工噪音扰民' });
    const atDesk = await host.call('demo-grid-worker', 'grid', 'transfer', { id: noise, to: { kind: 'street' }, reason: '噪音扰民属生态环境部门职责' });
    expect(atDesk.data).toMatchObject({ holderName: '锦华街道派单台', level: 3, can: expect.not.arrayContaining(['accept']) });
    expect((await host.call('demo-street-admin', 'grid', 'get', { id: noise })).data?.can).toEqual(expect.arrayContaining(['handOff', 'sendBack']));
    const handed = await host.call('demo-street-admin', 'grid', 'handOff', { id: noise, department: '区生态环境局', reference: 'HB-2026-1125' });
    expect(handed.data).toMatchObject({ status: 'in_progress', external: { department: '区生态环境局', reference: 'HB-2026-1125' } });
    expect((await host.call('demo-street-admin', 'grid', 'resolve', { id: noise, note: '环保部门已责令夜间停工' })).data?.status).toBe('resolved');

    const stall = await reported(host, resident, { category: 'occupation', description: '小区门口有人占道摆摊' });
    await host.callOk('demo-grid-worker', 'grid', 'transfer', { id: stall, to: { kind: 'street' }, reason: '占道经营由城管处理' });
    const back = await host.call('demo-street-admin', 'grid', 'sendBack', { id: stall, reason: '属小区内部，由物业和社区劝导' });
    expect(back.data).toMatchObject({ status: 'assigned', holderName: '吴网格员' });
    expect((await host.call('demo-admin', 'grid', 'handOff', { id: stall, department: '城管', reference: '1' })).error?.code).toBe('FORBIDDEN');
  });
});

describe('who is accountable when a request is made', () => {
  it('falls back from the worker on duty to the deputy, and to the community when the grid has neither', async () => {
    const resident = await newResident(host);
    await host.store.update('users', 'demo-grid-worker', { set: { grantKeys: ['grid_worker@gd-xiyuan-1'] } });
    try {
      const id = await reported(host, resident);
      expect((await get(resident, id)).data?.holderName).toBe('杨网格员');
    } finally {
      await host.store.update('users', 'demo-grid-worker', { set: { grantKeys: ['grid_worker@gd-xiyuan-1', 'grid_worker:on_duty@gd-xiyuan-1'] } });
    }
    await host.call('dongqiao-resident', 'user', 'enter', { scene: 'cm-dongqiao~bd-dongqiao-02' });
    const id = await reported(host, 'dongqiao-resident');
    expect((await get('dongqiao-resident', id)).data).toMatchObject({ holderName: '东桥社区（社区统一分派）', holderTeam: true, gridName: '东桥第一网格' });
    expect((await host.call('demo-street-admin', 'grid', 'accept', { id })).data?.holderName).toBe('钱科长');
  });

  it('sends a category the community routes to a team to that team, when it has a member', async () => {
    const resident = await newResident(host);
    await host.callOk('demo-admin', 'org', 'setCategoryRules', { communityId: 'cm-xiyuan', rules: [{ category: 'property_repair', team: 'property' }] });
    const before = await reported(host, resident, { category: 'property_repair', description: '单元门禁坏了打不开' });
    expect((await get(resident, before)).data?.holderName).toBe('吴网格员');
    await putUser(host, 'liaison-1', '物业小周', [{ role: 'property_liaison', unitId: 'cm-xiyuan' }]);
    const id = await reported(host, resident, { category: 'property_repair', description: '单元门禁坏了打不开' });
    expect((await get('liaison-1', id)).data).toMatchObject({ holderName: '西园社区物业党建联建', can: expect.arrayContaining(['accept']) });
    expect((await inboxOf('liaison-1', 'pending')).items.map((r) => r.id)).toEqual([id]);
    expect((await host.call('liaison-1', 'grid', 'accept', { id })).data?.holderName).toBe('物业小周');
    expect(await host.store.get('outbox', outboxId(`rq:${id}:2:assign`, 'liaison-1', 'inbox'))).not.toBeNull();
    await host.callOk('demo-admin', 'org', 'setCategoryRules', { communityId: 'cm-xiyuan', rules: [] });
  });
});
