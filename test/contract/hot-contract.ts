import fc from 'fast-check';
import { claimKeys, moveClaim, releaseKeys } from '../../cloudfunctions/core/hot/claims';
import { holderKey, leavePlace, newPool, promoteHead, readPool, reconcilePlaces, takePlace, type Pool } from '../../cloudfunctions/core/hot/places';
import type { RawStore, Store } from '../../cloudfunctions/core/store/port';

/**
 * The hot-path module's promises, run against every adapter: places taken by one conditional update never exceed
 * the pool, a queue keeps its order and is never jumped, claims of several keys are all or nothing.
 */
export const HOT_COLLECTIONS = ['ct_hot'] as const;
const HOT = HOT_COLLECTIONS[0];
const ref = (id: string) => ({ collection: HOT, id, path: 'seats' });
const claims = (id: string) => ({ collection: HOT, id, path: 'ticks' });
const typed = (store: RawStore) => store as unknown as Store;

/** The invariants every pool keeps, whatever happened to it. */
export function expectPoolInvariants(pool: Pool, capacity: number, waitingLimit: number): void {
  expect(pool.holders.length + pool.free).toBe(capacity);
  expect(pool.waiting.length).toBe(pool.queued);
  expect(pool.queued + pool.waitFree).toBe(waitingLimit);
  expect(new Set([...pool.holders, ...pool.waiting]).size).toBe(pool.holders.length + pool.waiting.length);
  expect(Object.keys(pool.since).sort()).toEqual([...pool.holders, ...pool.waiting].map(holderKey).sort());
}

export function describeHotContract(name: string, makeStore: () => Promise<{ store: RawStore; cleanup: () => Promise<void> }>): void {
  describe(`Hot-path contract: ${name}`, () => {
    let raw: RawStore;
    let store: Store;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ store: raw, cleanup } = await makeStore());
      store = typed(raw);
    });
    afterEach(() => cleanup());

    const open = (id: string, capacity: number, waitingLimit: number) => raw.insert(HOT, { _id: id, status: 'open', seats: newPool(capacity, waitingLimit) });

    it('takes places, then queue places, then misses; nobody twice; conditions hold', async () => {
      await open('a', 2, 2);
      expect(await takePlace(store, ref('a'), 'u1', 10)).toEqual({ outcome: 'held', since: 10 });
      expect(await takePlace(store, ref('a'), 'u1', 11)).toEqual({ outcome: 'missed' });
      expect((await takePlace(store, ref('a'), 'u2', 12)).outcome).toBe('held');
      expect(await takePlace(store, ref('a'), 'u3', 13)).toEqual({ outcome: 'waiting', since: 13 });
      expect(await takePlace(store, ref('a'), 'u3', 14)).toEqual({ outcome: 'missed' });
      expect((await takePlace(store, ref('a'), 'u4', 15)).outcome).toBe('waiting');
      expect((await takePlace(store, ref('a'), 'u5', 16)).outcome).toBe('missed');
      expect((await takePlace(store, ref('a'), 'u6', 17, { status: 'closed' })).outcome).toBe('missed');
      const pool = (await readPool(store, ref('a')))!;
      expect(pool).toMatchObject({ free: 0, holders: ['u1', 'u2'], waiting: ['u3', 'u4'], queued: 2, waitFree: 0 });
      expect(pool.since[holderKey('u3')]).toBe(13);
      expectPoolInvariants(pool, 2, 2);
    });

    it('leaving frees a place that goes to the head of the queue, never to a newcomer', async () => {
      await open('b', 1, 3);
      await takePlace(store, ref('b'), 'u1', 1);
      await takePlace(store, ref('b'), 'u2', 2);
      await takePlace(store, ref('b'), 'u3', 3);
      expect(await leavePlace(store, ref('b'), 'u1', 0)).toBe('left-place');
      // A newcomer arriving before the promotion joins the queue behind those already waiting.
      expect((await takePlace(store, ref('b'), 'u4', 4)).outcome).toBe('waiting');
      expect(await promoteHead(store, ref('b'), 5)).toEqual({ who: 'u2', since: 5 });
      expect(await promoteHead(store, ref('b'), 6)).toBeNull();
      expect(await leavePlace(store, ref('b'), 'u3', 0)).toBe('left-queue');
      expect(await leavePlace(store, ref('b'), 'u3', 0)).toBe('none');
      expect(await leavePlace(store, ref('b'), 'u2', 0, { place: { status: 'closed' } })).toBe('none');
      const pool = (await readPool(store, ref('b')))!;
      expect(pool).toMatchObject({ holders: ['u2'], waiting: ['u4'] });
      expectPoolInvariants(pool, 1, 3);
    });

    it('40 racing takers of 5 places with a queue of 10: exactly 5 hold, 10 wait in the order they were queued, the rest miss', async () => {
      await open('c', 5, 10);
      const people = Array.from({ length: 40 }, (_, i) => `p${i}`);
      const outcomes = await Promise.all(people.map((p, i) => takePlace(store, ref('c'), p, 100 + i)));
      const pool = (await readPool(store, ref('c')))!;
      expect(outcomes.filter((o) => o.outcome === 'held')).toHaveLength(5);
      expect(outcomes.filter((o) => o.outcome === 'waiting')).toHaveLength(10);
      expect(outcomes.filter((o) => o.outcome === 'missed')).toHaveLength(25);
      expect(pool.waiting.map((w) => pool.since[holderKey(w)])).toEqual([...pool.waiting.map((w) => pool.since[holderKey(w)])].sort((x, y) => x! - y!));
      expectPoolInvariants(pool, 5, 10);
    });

    it('keeps every invariant through any interleaving of takes, leaves and promotions', async () => {
      let round = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.record({ op: fc.constantFrom('take', 'leave', 'promote'), who: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 30 }),
          async (steps) => {
            const id = `prop${round++}`;
            await open(id, 3, 2);
            await Promise.all(
              steps.map(({ op, who }, i) =>
                op === 'take' ? takePlace(store, ref(id), `w${who}`, i) : op === 'leave' ? leavePlace(store, ref(id), `w${who}`, i) : promoteHead(store, ref(id), i),
              ),
            );
            const pool = (await readPool(store, ref(id)))!;
            expectPoolInvariants(pool, 3, 2);
            // Nobody waits while a place is free, once every promotion has had its turn.
            while (await promoteHead(store, ref(id), 999));
            const settled = (await readPool(store, ref(id)))!;
            expect(settled.free === 0 || settled.waiting.length === 0).toBe(true);
          },
        ),
        { numRuns: 25 },
      );
    });

    it('reconciles records with the pool: missing or stale records are completed, orphaned ones released', () => {
      const pool: Pool = { ...newPool(3, 2), free: 1, holders: ['a', 'b'], waiting: ['c'], queued: 1, waitFree: 1, since: { [holderKey('a')]: 1, [holderKey('b')]: 2, [holderKey('c')]: 3 } };
      const plan = reconcilePlaces(pool, [
        { who: 'a', state: 'held', since: 1 },
        { who: 'b', state: 'waiting', since: 0 },
        { who: 'd', state: 'held', since: 4 },
        { who: 'e', state: 'none', since: null },
      ]);
      expect(plan.complete).toEqual([
        { who: 'b', state: 'held', since: 2 },
        { who: 'c', state: 'waiting', since: 3 },
      ]);
      expect(plan.release).toEqual(['d']);
    });

    it('claims several keys all or nothing; frees only the claimant\'s; moves a claim atomically', async () => {
      await raw.insert(HOT, { _id: 'day', ticks: {} });
      expect(await claimKeys(store, claims('day'), ['t0900', 't0915'], 'b1')).toBe(true);
      expect(await claimKeys(store, claims('day'), ['t0915', 't0930'], 'b2')).toBe(false);
      expect(await claimKeys(store, claims('day'), ['t0930', 't0945'], 'b2')).toBe(true);
      expect(await releaseKeys(store, claims('day'), ['t0900'], 'b2')).toBe(false);
      expect(await moveClaim(store, claims('day'), ['t0900', 't0915'], ['t0915', 't0930'], 'b1')).toBe(false);
      expect(await moveClaim(store, claims('day'), ['t0900', 't0915'], ['t1000', 't1015'], 'b1')).toBe(true);
      expect((await raw.get<{ _id: string; ticks: Record<string, string> }>(HOT, 'day'))?.ticks).toEqual({ t0930: 'b2', t0945: 'b2', t1000: 'b1', t1015: 'b1' });
      expect(await releaseKeys(store, claims('day'), ['t1000', 't1015'], 'b1')).toBe(true);
      await expect(claimKeys(store, claims('day'), ['bad key'], 'b3')).rejects.toThrow(/invalid claim key/);
    });

    it('changes other fields in the same update as a claim, and a condition on them guards it (a daily cap)', async () => {
      await raw.insert(HOT, { _id: 'cap', ticks: {}, active: 0 });
      const take = (keys: string[], who: string) => claimKeys(store, claims('cap'), keys, who, { active: { $lt: 2 } }, { inc: { active: 1 }, set: { [`at.${who}`]: 5 } });
      const won = await Promise.all([take(['t1'], 'b1'), take(['t2'], 'b2'), take(['t3'], 'b3'), take(['t4'], 'b4')]);
      expect(won.filter(Boolean)).toHaveLength(2);
      const doc = (await raw.get<{ _id: string; ticks: Record<string, string>; active: number; at: Record<string, number> }>(HOT, 'cap'))!;
      expect(doc.active).toBe(2);
      expect(Object.keys(doc.at).sort()).toEqual(Object.values(doc.ticks).sort());
      const holder = Object.values(doc.ticks)[0]!;
      const key = Object.keys(doc.ticks).find((k) => doc.ticks[k] === holder)!;
      expect(await releaseKeys(store, claims('cap'), [key], holder, {}, { inc: { active: -1 }, unset: [`at.${holder}`] })).toBe(true);
      expect(await moveClaim(store, claims('cap'), Object.keys(doc.ticks).filter((k) => k !== key), ['t9'], Object.values(doc.ticks).find((v) => v !== holder)!, {}, { set: { moved: true } })).toBe(true);
      const after = (await raw.get<{ _id: string; ticks: Record<string, string>; active: number; at: Record<string, number>; moved?: boolean }>(HOT, 'cap'))!;
      expect(after).toMatchObject({ active: 1, moved: true });
      expect(Object.keys(after.ticks)).toEqual(['t9']);
      expect(Object.keys(after.at)).toEqual([after.ticks.t9]);
      expect(await take(['t1'], 'b5')).toBe(true);
    });

    it('20 racing claimants of overlapping intervals: the claimed ticks never overlap', async () => {
      await raw.insert(HOT, { _id: 'race', ticks: {} });
      const ticks = (start: number) => [0, 1, 2].map((k) => `t${start + k}`);
      const won = await Promise.all(Array.from({ length: 20 }, (_, i) => claimKeys(store, claims('race'), ticks(i % 6), `c${i}`)));
      const held = (await raw.get<{ _id: string; ticks: Record<string, string> }>(HOT, 'race'))!.ticks;
      const winners = won.flatMap((w, i) => (w ? [i] : []));
      expect(winners.length).toBeGreaterThanOrEqual(1);
      for (const i of winners) for (const t of ticks(i % 6)) expect(held[t]).toBe(`c${i}`);
      expect(Object.keys(held)).toHaveLength(winners.length * 3);
    });
  });
}
