import type { RequestDoc } from '../../cloudfunctions/core/grid/request.repository';
import { categoryKey, weekOf, type StatusCountsDoc, type WeekStatsDoc } from '../../cloudfunctions/core/grid/stats.repository';
import type { Store } from '../../cloudfunctions/core/store/port';
import { RATINGS } from '../../types/request-names';
import { fromShanghai } from '../../types/time';
import { newResident, putUser, reportAs } from '../support/grid-fixtures';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
const store = () => host.store as unknown as Store;

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BUILDINGS = ['cm-xiyuan~bd-xiyuan-01', 'cm-xiyuan~bd-xiyuan-03', 'cm-xiyuan~bd-xiyuan-05', 'cm-xiyuan~bd-xiyuan-08', 'cm-xiyuan'];
const CATEGORIES = ['streetlight', 'garbage', 'noise', 'property_repair'] as const;
const STAFF = ['demo-grid-worker', 'demo-grid-worker-2', 'demo-admin', 'liaison-c', 'demo-street-admin'];

/** Every figure the shards hold, recounted from the requests themselves. */
async function recount(requests: RequestDoc[]) {
  const weeks = new Map<string, Record<string, number>>();
  const statuses = new Map<string, Record<string, number>>();
  const bump = (map: Map<string, Record<string, number>>, id: string, key: string, by = 1) => {
    const row = map.get(id) ?? map.set(id, {}).get(id)!;
    row[key] = (row[key] ?? 0) + by;
  };
  for (const r of requests) {
    // Where it is now, independently of the steps: its grid (or its community) and its status.
    bump(statuses, r.gridId ?? r.communityId, r.status);
    // Received once, in the week and shard it was created in.
    const created = r.timeline[0]!;
    bump(weeks, `${created.to.shard}:${weekOf(r.createdAt)}`, `m.received`);
    bump(weeks, `${created.to.shard}:${weekOf(r.createdAt)}`, `c.${categoryKey(r.source)}.received`);
    for (const e of r.timeline.slice(2)) {
      for (const m of e.metrics) {
        bump(weeks, `${e.to.shard}:${weekOf(e.at)}`, `m.${m}`);
        bump(weeks, `${e.to.shard}:${weekOf(e.at)}`, `c.${categoryKey(r.source)}.${m}`);
      }
    }
  }
  return { weeks, statuses };
}

const flat = (doc: { m: Record<string, number>; c: Record<string, Record<string, number>> }) => {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(doc.m)) if (v) out[`m.${k}`] = v;
  for (const [cat, m] of Object.entries(doc.c)) for (const [k, v] of Object.entries(m)) if (v) out[`c.${cat}.${k}`] = v;
  return out;
};
const nonZero = (row: Record<string, number>) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== 0));

describe('counters kept with the changes', () => {
  it('equal a recount of the requests after a random sequence of actions, some of them at once', async () => {
    host.clock.set(fromShanghai('2026-11-23 09:00'));
    await putUser(host, 'liaison-c', '物业小陈', [{ role: 'property_liaison', unitId: 'cm-xiyuan' }]);
    await host.callOk('demo-admin', 'org', 'setCategoryRules', { communityId: 'cm-xiyuan', rules: [{ category: 'property_repair', team: 'property' }] });
    const next = random(20261125);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const residents: string[] = [];
    for (let i = 0; i < 6; i++) residents.push(await newResident(host, BUILDINGS[i % BUILDINGS.length]!));
    const ids: string[] = [];

    const act = async (): Promise<void> => {
      const roll = next();
      const id = ids.length > 0 ? pick(ids) : null;
      if (roll < 0.25 || !id) {
        const res = await reportAs(host, pick(residents), { category: pick(CATEGORIES) });
        if (res.data) ids.push(res.data.request.id);
        return;
      }
      const r = (await store().get('service_requests', id))!;
      // Mostly the person whose turn it is, doing what the status allows; now and then anyone, anything.
      const holder = r.holder.openid ?? { property_liaison: 'liaison-c', community_admin: 'demo-admin', street_admin: 'demo-street-admin', grid_worker: 'demo-grid-worker' }[r.holder.role];
      const who = next() < 0.75 ? holder : pick(STAFF);
      const resident = r.residentId;
      const paused = r.pauses.some((p) => p.to === null);
      const calls: Record<string, () => Promise<unknown>> = {
        accept: () => host.call(who, 'grid', 'accept', { id, ...(next() < 0.2 ? { urgency: 'complex' as const } : {}) }),
        start: () => host.call(who, 'grid', 'start', { id }),
        resolve: () => host.call(who, 'grid', 'resolve', { id, note: '已处理完毕' }),
        transfer: () => host.call(who, 'grid', 'transfer', { id, to: next() < 0.6 ? { kind: 'grid', gridId: pick(['gd-xiyuan-1', 'gd-xiyuan-2']) } : { kind: 'community' }, reason: '重新分派' }),
        pause: () => host.call(who, 'grid', 'pause', { id, reason: '等待居民补充' }),
        resume: () => host.call(who, 'grid', 'resume', { id }),
        comment: () => host.call(resident, 'grid', 'comment', { id, text: '补充一下情况' }),
        confirm: () => host.call(resident, 'grid', 'confirm', { id }),
        rate: () => host.call(resident, 'grid', 'rate', { id, rating: pick(RATINGS) }),
        reopen: () => host.call(resident, 'grid', 'reopen', { id, reason: '还没有解决' }),
      };
      const fitting: Record<string, string[]> = {
        assigned: ['accept', 'accept', 'transfer'],
        accepted: ['start', 'resolve', 'pause', 'transfer'],
        in_progress: paused ? ['resume', 'comment'] : ['resolve', 'resolve', 'pause', 'comment'],
        reopened: paused ? ['resume'] : ['resolve', 'start'],
        resolved: ['confirm', 'rate', 'reopen'],
        confirmed: ['rate', 'reopen'],
        closed: ['comment'],
      };
      const choice = next() < 0.8 ? pick(fitting[r.status] ?? Object.keys(calls)) : pick(Object.keys(calls));
      await calls[choice]!();
    };

    for (let step = 0; step < 120; step++) {
      // Now and then two people at once, and time passing with the timers running.
      if (next() < 0.2) await Promise.all([act(), act()]);
      else await act();
      if (next() < 0.15) {
        host.clock.advance(Math.floor(next() * 3 * 86_400_000));
        await Promise.all([host.timer('grid', 'escalateOverdue'), host.timer('grid', 'escalateOverdue'), host.timer('grid', 'closeUnrated')]);
      }
    }

    const requests = await store().find('service_requests', { communityId: 'cm-xiyuan' }, { limit: 1000 });
    expect(requests.length).toBeGreaterThan(20);
    expect(requests.every((r) => r.pendingAt === null && r.appliedRev === r.rev)).toBe(true);
    const { weeks, statuses } = await recount(requests);
    const shards = await store().find('request_week_stats', { communityId: 'cm-xiyuan' }, { limit: 1000 });
    expect(Object.fromEntries(shards.map((d: WeekStatsDoc) => [d._id, flat(d)]).filter(([, v]) => Object.keys(v as object).length > 0))).toEqual(
      Object.fromEntries([...weeks.entries()].map(([k, v]) => [k, nonZero(v)])),
    );
    const counts = await store().find('request_status_counts', { communityId: 'cm-xiyuan' });
    expect(Object.fromEntries(counts.map((d: StatusCountsDoc) => [d._id, nonZero(d.n as Record<string, number>)]))).toEqual(Object.fromEntries([...statuses.entries()].map(([k, v]) => [k, nonZero(v)])));
    // The sequence went through the whole life and its detours.
    const actions = new Set(requests.flatMap((r) => r.timeline.map((e) => e.action)));
    for (const action of ['accept', 'resolve', 'transfer', 'rate', 'escalate']) expect(actions).toContain(action);
  }, 120_000);
});
