import { EFFECTS_PER_TRANSACTION } from '../../cloudfunctions/core/grid/effects';
import { weekOf } from '../../cloudfunctions/core/grid/stats.repository';
import type { Store } from '../../cloudfunctions/core/store/port';
import { fromShanghai } from '../../types/time';
import { newResident, putUser, reported, stored } from '../support/grid-fixtures';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
const escalate = () => host.timer('grid', 'escalateOverdue');
const told = (recipient: string, id: string) => host.store.count('outbox', { recipient, kind: 'request_escalated', channel: 'inbox', event: { $in: [1, 2, 3, 4, 5, 6, 7].map((rev) => `rq:${id}:${rev}:escalate`) } });

beforeAll(async () => {
  // The grid's branch secretary: the level between its worker and the community.
  await putUser(host, 'grid-secretary', '网格党支部书记', [{ role: 'branch_officer', unitId: 'gd-xiyuan-1' }]);
});

describe('escalation up the tree', () => {
  it('climbs one level at a time when nobody accepts — worker, grid secretary, community, street — telling each level once, even with two runs at once', async () => {
    host.clock.set(fromShanghai('2026-11-25 10:00'));
    const resident = await newResident(host);
    const id = await reported(host, resident);
    const untouched = await reported(host, resident, { category: 'road', description: '人行道地砖松动' });
    expect((await stored(host, id))?.dueAt).toBe(fromShanghai('2026-11-25 12:00'));

    host.clock.set(fromShanghai('2026-11-25 11:59'));
    await escalate();
    expect((await stored(host, id))?.level).toBe(0);

    // Due at 12:00: two timer runs at once escalate it once.
    host.clock.set(fromShanghai('2026-11-25 12:01'));
    await host.callOk('demo-grid-worker', 'grid', 'accept', { id: untouched });
    const untouchedRev = (await stored(host, untouched))!.rev;
    const runs = await Promise.all([escalate(), escalate()]);
    expect(runs.reduce((n, r) => n + r.escalated, 0)).toBeGreaterThanOrEqual(1);
    let doc = (await stored(host, id))!;
    expect(doc).toMatchObject({ level: 1, status: 'assigned', acceptCounted: true });
    expect(doc.timeline.filter((e) => e.action === 'escalate').map((e) => e.note)).toEqual(['逾期未受理，已升级至网格党支部书记']);
    expect(await told('grid-secretary', id)).toBe(1);
    expect((await stored(host, untouched))!.rev).toBe(untouchedRev);
    // The next step is another acceptance limit of working time later: 12:01 is in the lunch break, so 14:00 + 2 hours.
    expect(doc.dueAt).toBe(fromShanghai('2026-11-25 16:00'));

    host.clock.set(fromShanghai('2026-11-25 16:02'));
    await Promise.all([escalate(), escalate()]);
    doc = (await stored(host, id))!;
    expect(doc.level).toBe(2);
    expect(await told('demo-admin', id)).toBe(1);

    host.clock.set(fromShanghai('2026-11-26 10:00'));
    await escalate();
    doc = (await stored(host, id))!;
    expect(doc).toMatchObject({ level: 3, dueAt: null });
    expect(await told('demo-street-admin', id)).toBe(1);

    // Nothing above the street: further runs leave it alone.
    host.clock.set(fromShanghai('2026-11-30 10:00'));
    await escalate();
    expect((await stored(host, id))!.rev).toBe(doc.rev);
    expect((await host.call('demo-street-admin', 'grid', 'dashboard', {})).data?.overdue.map((r) => r.id)).toContain(id);
    expect(await told('grid-secretary', id)).toBe(1);
  });

  it('escalates a batch larger than one effects transaction once each, with two runs at once, its counters equal to a recount', async () => {
    host.clock.set(fromShanghai('2026-12-14 09:00'));
    const ids: string[] = [];
    for (let i = 0; i < EFFECTS_PER_TRANSACTION + 7; i++) ids.push(await reported(host, await newResident(host)));
    // One step's effects are found applied already (a sweep got there first): its transaction falls back to one by one.
    const early = (await stored(host, ids[3]!))!;
    await host.store.insert('request_effects', { _id: `${early._id}:${early.rev + 1}`, at: host.clock.now() });
    const week = `gd-xiyuan-1:${weekOf(host.clock.now())}`;
    const escalatedCount = async () => (await (host.store as Store).get('request_week_stats', week))?.m.escalated ?? 0;
    const before = await escalatedCount();

    host.clock.set(fromShanghai('2026-12-14 11:05'));
    await Promise.all([escalate(), escalate()]);
    for (const id of ids) {
      const doc = (await stored(host, id))!;
      expect(doc).toMatchObject({ level: 1, appliedRev: doc.rev, pendingAt: null });
      expect(doc.timeline.filter((e) => e.action === 'escalate')).toHaveLength(1);
      expect(await told('grid-secretary', id)).toBe(id === early._id ? 0 : 1);
    }
    const all = await (host.store as Store).find('service_requests', {}, { limit: 1000 });
    const steps = all.flatMap((r) => r.timeline).filter((e) => e.action === 'escalate' && e.at === host.clock.now() && e.to.shard === 'gd-xiyuan-1');
    expect(steps.length).toBeGreaterThanOrEqual(ids.length);
    // The step whose marker was there before is the one not counted again.
    expect((await escalatedCount()) - before).toBe(steps.length - 1);
  });

  it('passes over a level with nobody in it, and escalates a missed resolution after an acceptance on time', async () => {
    host.clock.set(fromShanghai('2026-11-25 10:00'));
    const resident = await newResident(host, 'cm-xiyuan~bd-xiyuan-07');
    const id = await reported(host, resident);
    host.clock.set(fromShanghai('2026-11-25 10:30'));
    await host.callOk('demo-grid-worker-2', 'grid', 'accept', { id });
    expect((await stored(host, id))).toMatchObject({ dueAt: fromShanghai('2026-12-02 17:30'), acceptCounted: true });

    host.clock.set(fromShanghai('2026-12-02 17:31'));
    await escalate();
    const doc = (await stored(host, id))!;
    // 西园第二网格 has no branch secretary: straight to the community.
    expect(doc).toMatchObject({ level: 2, resolveCounted: true });
    expect(doc.timeline.at(-1)).toMatchObject({ action: 'escalate', note: '逾期未办结，已升级至社区', metrics: ['escalated', 'resolveMissed'] });
    expect(doc.timeline.find((e) => e.action === 'accept')?.metrics).toEqual(['acceptedOnTime']);
    // Resolved late: counted as resolved, but the miss was counted once already.
    await host.callOk('demo-grid-worker-2', 'grid', 'resolve', { id, note: '已处理' });
    expect((await stored(host, id))!.timeline.at(-1)?.metrics).toEqual(['resolved']);
  });

  it('stops escalating a paused request and picks up again when the clock resumes', async () => {
    host.clock.set(fromShanghai('2026-11-25 10:00'));
    const resident = await newResident(host);
    const id = await reported(host, resident);
    await host.callOk('demo-grid-worker', 'grid', 'accept', { id });
    await host.callOk('demo-grid-worker', 'grid', 'pause', { id, reason: '等待居民提供照片' });
    host.clock.set(fromShanghai('2026-12-10 10:00'));
    await escalate();
    expect((await stored(host, id))).toMatchObject({ level: 0, dueAt: null });
    await host.callOk('demo-grid-worker', 'grid', 'resume', { id });
    expect((await stored(host, id))!.dueAt).toBeGreaterThan(host.clock.now());
  });
});

describe('closing what nobody rated', () => {
  it('closes a resolved request 7 days after its resolution, not before, once', async () => {
    host.clock.set(fromShanghai('2026-11-25 10:00'));
    const resident = await newResident(host);
    const id = await reported(host, resident);
    await host.callOk('demo-grid-worker', 'grid', 'accept', { id });
    await host.callOk('demo-grid-worker', 'grid', 'resolve', { id, note: '已处理' });
    host.clock.set(fromShanghai('2026-12-02 09:59'));
    await host.timer('grid', 'closeUnrated');
    expect((await stored(host, id))?.status).toBe('resolved');
    host.clock.set(fromShanghai('2026-12-02 10:01'));
    await Promise.all([host.timer('grid', 'closeUnrated'), host.timer('grid', 'closeUnrated')]);
    const doc = (await stored(host, id))!;
    expect(doc).toMatchObject({ status: 'closed', closeAt: null });
    expect(doc.timeline.filter((e) => e.action === 'close').map((e) => e.note)).toEqual(['办结7天未评价，自动关闭']);
  });
});

describe('finishing what a dying function left', () => {
  it('applies the counters and messages of a step whose effects were never applied, exactly once', async () => {
    host.clock.set(fromShanghai('2026-11-25 10:00'));
    const resident = await newResident(host);
    const id = await reported(host, resident);
    const r = (await stored(host, id))!;
    const now = host.clock.now();
    // The conditional update of an accept, as the function made it before it died.
    const entry = { rev: r.rev + 1, at: now, action: 'accept' as const, status: 'accepted' as const, by: 'demo-grid-worker', byName: '吴网格员', note: '已受理', metrics: ['acceptedOnTime' as const], from: { shard: 'gd-xiyuan-1', status: 'assigned' as const }, to: { shard: 'gd-xiyuan-1', status: 'accepted' as const }, holder: r.holder };
    expect(await host.store.updateWhere('service_requests', { _id: id, rev: r.rev }, { set: { status: 'accepted', rev: entry.rev, pendingAt: now, acceptCounted: true }, push: { timeline: [entry] } })).toBe(1);
    const accepted = () => host.store.count('outbox', { event: `rq:${id}:${entry.rev}:accept` });
    const status = async () => (await host.store.get<{ _id: string; n: Record<string, number> }>('request_status_counts', 'gd-xiyuan-1'))!.n;
    const before = await status();

    // Within the grace period the sweep leaves it to the function that made it.
    host.clock.advance(10_000);
    expect(await host.timer('grid', 'sweep')).toMatchObject({ applied: 0 });
    host.clock.advance(60_000);
    await Promise.all([host.timer('grid', 'sweep'), host.timer('grid', 'sweep')]);
    expect(await accepted()).toBe(2);
    const after = await status();
    expect([after.assigned! - before.assigned!, after.accepted! - (before.accepted ?? 0)]).toEqual([-1, 1]);
    expect(await stored(host, id)).toMatchObject({ appliedRev: entry.rev, pendingAt: null });
    expect(await host.timer('grid', 'sweep')).toMatchObject({ requests: 0 });
    expect(await status()).toEqual(after);
  });

  it("finishes a timer batch whose run died after taking its steps: each step's effects once, and the batch gone", async () => {
    host.clock.set(fromShanghai('2026-11-25 10:00'));
    const resident = await newResident(host);
    const ids = [await reported(host, resident), await reported(host, resident, { category: 'road', description: '人行道地砖松动' })];
    host.clock.set(fromShanghai('2026-11-25 12:30'));
    const now = host.clock.now();
    // What takeSteps wrote before it died: the batch, and both escalations (recorded as applied, as a batch's are).
    const steps = [];
    for (const id of ids) {
      const r = (await stored(host, id))!;
      const entry = { rev: r.rev + 1, at: now, action: 'escalate' as const, status: r.status, by: 'timer', byName: '系统', note: '逾期未受理，已升级至网格党支部书记', level: 1, metrics: ['escalated' as const], from: { shard: 'gd-xiyuan-1', status: r.status }, to: { shard: 'gd-xiyuan-1', status: r.status }, holder: r.holder };
      steps.push({ id, after: r.appliedRev, rev: entry.rev });
      expect(await host.store.updateWhere('service_requests', { _id: id, rev: r.rev }, { set: { level: 1, rev: entry.rev, appliedRev: entry.rev, pendingAt: null }, push: { timeline: [entry] } })).toBe(1);
    }
    await host.store.insert('request_batches', { _id: 'rb_died', at: now, steps });

    host.clock.advance(10_000);
    expect(await host.timer('grid', 'sweep')).toMatchObject({ applied: 0 });
    host.clock.advance(60_000);
    await Promise.all([host.timer('grid', 'sweep'), host.timer('grid', 'sweep')]);
    for (const id of ids) expect(await told('grid-secretary', id)).toBe(1);
    expect(await host.store.get('request_batches', 'rb_died')).toBeNull();
    expect(await host.timer('grid', 'sweep')).toMatchObject({ requests: 0, applied: 0 });
  });
});
