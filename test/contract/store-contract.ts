import { DuplicateKeyError, MAX_PAGE, type BaseDoc, type RawFilter, type RawFindOptions, type RawStore } from '../../cloudfunctions/core/store/port';

/**
 * The storage port's promised behaviour, run against every adapter. Each test gets a fresh store from makeStore
 * and hands it back to cleanup. Every collection the suite touches is listed here, so that an adapter over a
 * shared environment can clear them.
 */
export const CONTRACT_COLLECTIONS = ['ct_docs', 'ct_people', 'ct_pages', 'ct_seats', 'ct_counters'] as const;
const [DOCS, PEOPLE, PAGES, SEATS, COUNTERS] = CONTRACT_COLLECTIONS;

type Doc = BaseDoc & Record<string, unknown>;
const ids = (docs: BaseDoc[]) => docs.map((d) => d._id);
const sortedIds = (docs: BaseDoc[]) => ids(docs).sort();
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Inserts in small concurrent batches: fast locally, and gentle on a real environment's request limits. */
async function insertAll(store: RawStore, collection: string, docs: Doc[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 25) await Promise.all(docs.slice(i, i + 25).map((d) => store.insert(collection, d)));
}

/** `skip` lists every test of the contract as skipped, with the reason in the suite's name (an adapter that cannot run here). */
export function describeStoreContract(name: string, makeStore: () => Promise<{ store: RawStore; cleanup: () => Promise<void> }>, options: { skip?: string } = {}): void {
  const suite = options.skip === undefined ? describe : describe.skip;
  suite(`Store contract: ${name}${options.skip === undefined ? '' : ` (skipped: ${options.skip})`}`, () => {
    let store: RawStore;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ store, cleanup } = await makeStore());
    });
    afterEach(async () => {
      await cleanup();
    });

    describe('single documents', () => {
      it('get returns null for a missing document and the document as inserted', async () => {
        expect(await store.get(DOCS, 'nope')).toBeNull();
        const doc = { _id: 'a', title: '社区服务', n: 1.5, zero: 0, ok: false, none: null, tags: ['x', 'y'], nested: { k: 'v', deep: { e: 1 } } };
        await store.insert(DOCS, doc);
        expect(await store.get(DOCS, 'a')).toEqual(doc);
      });

      it('insert of a taken id throws DuplicateKeyError and leaves the stored document alone', async () => {
        await store.insert(DOCS, { _id: 'a', v: 1 });
        const err = await store.insert(DOCS, { _id: 'a', v: 2 }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(DuplicateKeyError);
        expect(err).toMatchObject({ collection: DOCS, id: 'a' });
        expect(await store.get(DOCS, 'a')).toEqual({ _id: 'a', v: 1 });
      });

      it('put creates a document, then replaces it whole (down to a bare document)', async () => {
        await store.put(DOCS, { _id: 'p', a: 1, nested: { x: 1 } });
        expect(await store.get(DOCS, 'p')).toEqual({ _id: 'p', a: 1, nested: { x: 1 } });
        await store.put(DOCS, { _id: 'p', b: 2 });
        expect(await store.get(DOCS, 'p')).toEqual({ _id: 'p', b: 2 });
        await store.put(DOCS, { _id: 'p' });
        expect(await store.get(DOCS, 'p')).toEqual({ _id: 'p' });
      });

      it('update sets dotted paths, replaces object fields whole, increments and unsets', async () => {
        await store.insert(DOCS, { _id: 'u', name: 'x', n: 1, nested: { k: 'v', deep: { e: 1 } }, tags: ['a'], gone: true });
        const ok = await store.update(DOCS, 'u', {
          set: { 'profile.city': '杭州', 'nested.k': 'w', tags: ['b', 'c'], empty: {}, obj: { only: 1 } },
          inc: { n: 2, fresh: 5 },
          unset: ['gone', 'nested.deep'],
        });
        expect(ok).toBe(true);
        expect(await store.get(DOCS, 'u')).toEqual({ _id: 'u', name: 'x', n: 3, fresh: 5, nested: { k: 'w' }, tags: ['b', 'c'], profile: { city: '杭州' }, empty: {}, obj: { only: 1 } });
        await store.update(DOCS, 'u', { set: { nested: { other: 1 } } });
        expect((await store.get<Doc>(DOCS, 'u'))?.nested).toEqual({ other: 1 });
      });

      it('update reports whether the document exists, even when nothing changes', async () => {
        await store.insert(DOCS, { _id: 'u', name: 'x' });
        expect(await store.update(DOCS, 'u', { set: { name: 'x' } })).toBe(true);
        expect(await store.update(DOCS, 'missing', { set: { name: 'y' }, inc: { n: 1 } })).toBe(false);
        expect(await store.get(DOCS, 'missing')).toBeNull();
      });

      it('remove reports whether it removed something', async () => {
        await store.insert(DOCS, { _id: 'r' });
        expect(await store.remove(DOCS, 'r')).toBe(true);
        expect(await store.remove(DOCS, 'r')).toBe(false);
        expect(await store.get(DOCS, 'r')).toBeNull();
      });
    });

    describe('find', () => {
      it('honours every operator with MongoDB semantics', async () => {
        await insertAll(store, DOCS, [
          { _id: 'a', n: 1, s: 'apple', b: true, z: null, tags: ['x', 'y', null], obj: { k: 1 }, nested: { k: 'v1', d: { e: 1 } } },
          { _id: 'b', n: 2, s: 'banana', b: false, tags: ['y'], nested: { k: 'v2' } },
          { _id: 'c', n: 3, s: 'cherry', tags: [], nested: { k: 'v1' } },
          { _id: 'd', n: '3', s: 'date', b: 1 },
          { _id: 'e', n: null, s: 'elder', b: 0 },
          { _id: 'f', s: 'fig', b: true },
        ]);
        const cases: Record<string, RawFilter> = {
          'n = 3 (number, not the string)': { n: 3 },
          'n = "3"': { n: '3' },
          'n $eq 1': { n: { $eq: 1 } },
          'b = true (not the number 1)': { b: true },
          'b = 1 (not true)': { b: 1 },
          'b = false (not 0)': { b: false },
          'b = 0 (not false)': { b: 0 },
          'b $in [1]': { b: { $in: [1] } },
          'b $in [true, 0]': { b: { $in: [true, 0] } },
          'b $ne 1': { b: { $ne: 1 } },
          'b $nin [0, 1]': { b: { $nin: [0, 1] } },
          'n $gt 1 (numbers only)': { n: { $gt: 1 } },
          'n $gte 2 $lt 3': { n: { $gte: 2, $lt: 3 } },
          'n $lte 2': { n: { $lte: 2 } },
          'n $gt "2" (strings only)': { n: { $gt: '2' } },
          'n $gt 1 $ne 2': { n: { $gt: 1, $ne: 2 } },
          's $gt "banana"': { s: { $gt: 'banana' } },
          's $lt "c"': { s: { $lt: 'c' } },
          'n = null (null or missing)': { n: null },
          'n $eq null': { n: { $eq: null } },
          'n $ne null': { n: { $ne: null } },
          'n $in [null, 1]': { n: { $in: [null, 1] } },
          'n $nin [null]': { n: { $nin: [null] } },
          'n $exists true (null exists)': { n: { $exists: true } },
          'n $exists false': { n: { $exists: false } },
          'z = null': { z: null },
          'z $exists true': { z: { $exists: true } },
          'n $in []': { n: { $in: [] } },
          'n $nin []': { n: { $nin: [] } },
          'tags $has "y"': { tags: { $has: 'y' } },
          'tags $has "x"': { tags: { $has: 'x' } },
          'tags $has "q"': { tags: { $has: 'q' } },
          'tags $has null': { tags: { $has: null } },
          'obj = a string is not an object': { obj: '{"k":1}' },
          'nested.k = "v1"': { 'nested.k': 'v1' },
          'nested.d.e = 1': { 'nested.d.e': 1 },
          'nested.d.e $exists false': { 'nested.d.e': { $exists: false } },
          's $ne "apple" and nested.k = "v1"': { s: { $ne: 'apple' }, 'nested.k': 'v1' },
          '_id $in [a, c]': { _id: { $in: ['a', 'c'] } },
          '_id = b': { _id: 'b' },
          'empty filter': {},
        };
        const expected: Record<string, string[]> = {
          'n = 3 (number, not the string)': ['c'],
          'n = "3"': ['d'],
          'n $eq 1': ['a'],
          'b = true (not the number 1)': ['a', 'f'],
          'b = 1 (not true)': ['d'],
          'b = false (not 0)': ['b'],
          'b = 0 (not false)': ['e'],
          'b $in [1]': ['d'],
          'b $in [true, 0]': ['a', 'e', 'f'],
          'b $ne 1': ['a', 'b', 'c', 'e', 'f'],
          'b $nin [0, 1]': ['a', 'b', 'c', 'f'],
          'n $gt 1 (numbers only)': ['b', 'c'],
          'n $gte 2 $lt 3': ['b'],
          'n $lte 2': ['a', 'b'],
          'n $gt "2" (strings only)': ['d'],
          'n $gt 1 $ne 2': ['c'],
          's $gt "banana"': ['c', 'd', 'e', 'f'],
          's $lt "c"': ['a', 'b'],
          'n = null (null or missing)': ['e', 'f'],
          'n $eq null': ['e', 'f'],
          'n $ne null': ['a', 'b', 'c', 'd'],
          'n $in [null, 1]': ['a', 'e', 'f'],
          'n $nin [null]': ['a', 'b', 'c', 'd'],
          'n $exists true (null exists)': ['a', 'b', 'c', 'd', 'e'],
          'n $exists false': ['f'],
          'z = null': ['a', 'b', 'c', 'd', 'e', 'f'],
          'z $exists true': ['a'],
          'n $in []': [],
          'n $nin []': ['a', 'b', 'c', 'd', 'e', 'f'],
          'tags $has "y"': ['a', 'b'],
          'tags $has "x"': ['a'],
          'tags $has "q"': [],
          'tags $has null': ['a'],
          'obj = a string is not an object': [],
          'nested.k = "v1"': ['a', 'c'],
          'nested.d.e = 1': ['a'],
          'nested.d.e $exists false': ['b', 'c', 'd', 'e', 'f'],
          's $ne "apple" and nested.k = "v1"': ['c'],
          '_id $in [a, c]': ['a', 'c'],
          '_id = b': ['b'],
          'empty filter': ['a', 'b', 'c', 'd', 'e', 'f'],
        };
        const actual: Record<string, string[]> = {};
        const counted: Record<string, number> = {};
        for (const [label, filter] of Object.entries(cases)) {
          actual[label] = sortedIds(await store.find(DOCS, filter));
          counted[label] = await store.count(DOCS, filter);
        }
        expect(actual).toEqual(expected);
        expect(counted).toEqual(Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, v.length])));
      });

      it('orders by several keys, asc and desc, missing first ascending, ties broken by _id', async () => {
        await insertAll(store, PEOPLE, [
          { _id: 'p5', grp: 'a', score: 10, name: 'y', meta: { rank: 1 } },
          { _id: 'p1', grp: 'b', score: 10, name: 'x', meta: { rank: 2 } },
          { _id: 'p6', grp: 'c', name: 'v' },
          { _id: 'p3', grp: 'a', score: 20, name: 'z', meta: { rank: 3 } },
          { _id: 'p2', grp: 'a', score: 10, name: 'y', meta: { rank: 1 } },
          { _id: 'p4', grp: 'b', score: 5, name: 'w', meta: { rank: 2 } },
        ]);
        const order = async (orderBy: RawFindOptions['orderBy']) => ids(await store.find(PEOPLE, {}, { orderBy }));
        expect(await order([['grp', 'asc'], ['score', 'desc']])).toEqual(['p3', 'p2', 'p5', 'p1', 'p4', 'p6']);
        expect(await order([['score', 'asc']])).toEqual(['p6', 'p4', 'p1', 'p2', 'p5', 'p3']);
        expect(await order([['score', 'desc'], ['name', 'asc']])).toEqual(['p3', 'p1', 'p2', 'p5', 'p4', 'p6']);
        expect(await order([['meta.rank', 'desc']])).toEqual(['p3', 'p1', 'p4', 'p2', 'p5', 'p6']);
        expect(await order([['_id', 'desc']])).toEqual(['p6', 'p5', 'p4', 'p3', 'p2', 'p1']);
        expect(ids(await store.find(PEOPLE, { grp: 'a' }, { orderBy: [['name', 'desc']] }))).toEqual(['p3', 'p2', 'p5']);
      });

      it('pages with limit and skip, without repeating or losing tied documents', async () => {
        const docs = Array.from({ length: 25 }, (_, i) => ({ _id: `k${String((i * 7) % 25).padStart(2, '0')}`, same: 'x', n: (i * 7) % 25 }));
        await insertAll(store, PAGES, docs);
        const byN = (skip: number, limit: number) => store.find<Doc>(PAGES, {}, { orderBy: [['n', 'asc']], skip, limit });
        const pages = [await byN(0, 10), await byN(10, 10), await byN(20, 10)];
        expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
        expect(pages.flat().map((d) => d.n)).toEqual(Array.from({ length: 25 }, (_, i) => i));
        expect(await byN(25, 10)).toEqual([]);
        expect(await store.find(PAGES, {}, { limit: 0 })).toEqual([]);
        const tied: string[] = [];
        for (let skip = 0; skip < 25; skip += 7) tied.push(...ids(await store.find(PAGES, { same: 'x' }, { orderBy: [['same', 'desc']], skip, limit: 7 })));
        expect(tied).toEqual(ids(docs).sort());
      });

      it(`returns every match up to MAX_PAGE (${MAX_PAGE}) and never more`, async () => {
        const docs = Array.from({ length: MAX_PAGE + 5 }, (_, i) => ({ _id: `m${String(i).padStart(4, '0')}`, i, even: i % 2 === 0 }));
        await insertAll(store, PAGES, docs);
        expect(await store.count(PAGES)).toBe(MAX_PAGE + 5);
        expect(await store.count(PAGES, { even: true })).toBe(Math.ceil((MAX_PAGE + 5) / 2));
        expect((await store.find(PAGES, { i: { $lt: 150 } })).length).toBe(150);
        expect((await store.find(PAGES, {}, { limit: 120 })).length).toBe(120);
        const all = await store.find(PAGES);
        expect(all.length).toBe(MAX_PAGE);
        expect(new Set(ids(all)).size).toBe(MAX_PAGE);
        expect((await store.find(PAGES, {}, { limit: MAX_PAGE * 3 })).length).toBe(MAX_PAGE);
        const byId: RawFindOptions = { orderBy: [['_id', 'asc']] };
        expect(ids(await store.find(PAGES, {}, byId))).toEqual(ids(docs).slice(0, MAX_PAGE));
        expect(ids(await store.find(PAGES, {}, { ...byId, skip: MAX_PAGE }))).toEqual(ids(docs).slice(MAX_PAGE));
      });
    });

    describe('conditional and bulk writes', () => {
      it('updateWhere updates every match and returns how many', async () => {
        await insertAll(store, DOCS, [
          { _id: 's1', status: 'open', n: 1 },
          { _id: 's2', status: 'open', n: 2 },
          { _id: 's3', status: 'open', n: 3 },
          { _id: 's4', status: 'open', n: 4 },
          { _id: 's5', status: 'closed', n: 5 },
        ]);
        expect(await store.updateWhere(DOCS, { status: 'open', n: { $gte: 2 } }, { set: { status: 'closed', 'meta.by': 'ops' }, inc: { hits: 1 }, unset: ['n'] })).toBe(3);
        expect(await store.get(DOCS, 's2')).toEqual({ _id: 's2', status: 'closed', meta: { by: 'ops' }, hits: 1 });
        expect(await store.get(DOCS, 's1')).toEqual({ _id: 's1', status: 'open', n: 1 });
        expect(await store.count(DOCS, { status: 'closed' })).toBe(4);
        expect(await store.updateWhere(DOCS, { status: 'nobody' }, { set: { x: 1 } })).toBe(0);
      });

      it('updateWhere is an atomic conditional update: 20 racing takers of 5 seats, exactly 5 win', async () => {
        await store.insert(SEATS, { _id: 'event1', seatsLeft: 5 });
        const taken = await Promise.all(Array.from({ length: 20 }, () => store.updateWhere(SEATS, { _id: 'event1', seatsLeft: { $gt: 0 } }, { inc: { seatsLeft: -1 } })));
        expect(taken.filter((n) => n === 1)).toHaveLength(5);
        expect(taken.filter((n) => n !== 0 && n !== 1)).toEqual([]);
        expect(await store.get(SEATS, 'event1')).toEqual({ _id: 'event1', seatsLeft: 0 });
      });

      it('push appends values to an array (creating it), pull removes every equal element, in one atomic update', async () => {
        await store.insert(DOCS, { _id: 'a', list: ['x', 'y', 'x'], n: 0 });
        await store.insert(DOCS, { _id: 'b', n: 0 });
        expect(await store.updateWhere(DOCS, { _id: 'a' }, { push: { list: ['z', 'w'] }, pull: { other: 'q' }, inc: { n: 1 } })).toBe(1);
        expect(await store.get(DOCS, 'a')).toMatchObject({ list: ['x', 'y', 'x', 'z', 'w'], n: 1 });
        expect(await store.update(DOCS, 'a', { pull: { list: 'x' } })).toBe(true);
        expect(await store.get(DOCS, 'a')).toMatchObject({ list: ['y', 'z', 'w'] });
        await store.update(DOCS, 'b', { push: { list: ['first'] } });
        expect(await store.get(DOCS, 'b')).toEqual({ _id: 'b', n: 0, list: ['first'] });
        await store.transaction((tx) => tx.update(DOCS, 'b', { push: { list: ['second'] } }));
        expect(await store.get(DOCS, 'b')).toEqual({ _id: 'b', n: 0, list: ['first', 'second'] });
      });

      it('$hasNot and $hasAny select by array membership; a missing field lacks every value', async () => {
        await insertAll(store, DOCS, [
          { _id: 'h1', tags: ['a', 'b'] },
          { _id: 'h2', tags: ['c'] },
          { _id: 'h3', tags: [] },
          { _id: 'h4' },
          { _id: 'h5', tags: [1, 2] },
        ]);
        expect(sortedIds(await store.find(DOCS, { tags: { $hasNot: 'a' } }))).toEqual(['h2', 'h3', 'h4', 'h5']);
        expect(sortedIds(await store.find(DOCS, { tags: { $hasAny: ['a', 'c'] } }))).toEqual(['h1', 'h2']);
        expect(sortedIds(await store.find(DOCS, { tags: { $hasAny: [2, 'zz'] } }))).toEqual(['h5']);
        expect(sortedIds(await store.find(DOCS, { tags: { $hasAny: ['1'] } }))).toEqual([]);
        expect(await store.count(DOCS, { tags: { $hasAny: [] } })).toBe(0);
      });

      it('a seat and its holder in one step: 30 racing people for 5 seats, nobody twice, the holders recorded in order', async () => {
        await store.insert(SEATS, { _id: 'event2', free: 5, holders: [] });
        const people = Array.from({ length: 30 }, (_, i) => `p${i % 20}`);
        const taken = await Promise.all(
          people.map((p) => store.updateWhere(SEATS, { _id: 'event2', free: { $gt: 0 }, holders: { $hasNot: p } }, { inc: { free: -1 }, push: { holders: [p] } })),
        );
        const doc = await store.get<{ _id: string; free: number; holders: string[] }>(SEATS, 'event2');
        expect(taken.filter((n) => n === 1)).toHaveLength(5);
        expect(doc?.free).toBe(0);
        expect(new Set(doc?.holders).size).toBe(5);
        expect(doc?.holders).toEqual(people.filter((_, i) => taken[i] === 1));
      });

      it('updateEach applies each conditional update on its own and returns each count in order', async () => {
        await insertAll(store, DOCS, Array.from({ length: 45 }, (_, i) => ({ _id: `e${String(i).padStart(2, '0')}`, rev: 1, level: 0 })));
        // More items than the CloudBase adapter sends at once; every third one is conditioned on a rev it does not have.
        const items = Array.from({ length: 45 }, (_, i) => ({
          filter: { _id: `e${String(i).padStart(2, '0')}`, rev: i % 3 === 0 ? 9 : 1 },
          update: { set: { rev: 2 }, inc: { level: 1 }, push: { log: [`step ${i}`] } },
        }));
        const counts = await store.updateEach(DOCS, items);
        expect(counts).toEqual(items.map((_, i) => (i % 3 === 0 ? 0 : 1)));
        expect(await store.get(DOCS, 'e01')).toEqual({ _id: 'e01', rev: 2, level: 1, log: ['step 1'] });
        expect(await store.get(DOCS, 'e03')).toEqual({ _id: 'e03', rev: 1, level: 0 });
        expect(await store.count(DOCS, { rev: 2 })).toBe(30);
        // A repeat of the same batch finds nothing left at rev 1: each update was conditional.
        expect(await store.updateEach(DOCS, items)).toEqual(items.map(() => 0));
        expect(await store.updateEach(DOCS, [])).toEqual([]);
      });

      it('updateEach racing another updateEach over the same documents: each document moves once', async () => {
        await insertAll(store, DOCS, Array.from({ length: 10 }, (_, i) => ({ _id: `u${i}`, rev: 1 })));
        const batch = () => store.updateEach(DOCS, Array.from({ length: 10 }, (_, i) => ({ filter: { _id: `u${i}`, rev: 1 }, update: { inc: { rev: 1, moves: 1 } } })));
        const [a, b] = await Promise.all([batch(), batch()]);
        expect(a.map((n, i) => n + b[i]!)).toEqual(Array.from({ length: 10 }, () => 1));
        expect(await store.count(DOCS, { rev: 2, moves: 1 })).toBe(10);
      });

      it('removeWhere removes every match and returns how many', async () => {
        await insertAll(store, DOCS, Array.from({ length: 5 }, (_, i) => ({ _id: `r${i}`, n: i })));
        expect(await store.removeWhere(DOCS, { n: { $lt: 3 } })).toBe(3);
        expect(sortedIds(await store.find(DOCS))).toEqual(['r3', 'r4']);
        expect(await store.removeWhere(DOCS, { n: { $lt: 3 } })).toBe(0);
      });
    });

    describe('transactions', () => {
      it('commit every write and return the function result; reads see the transaction own writes', async () => {
        const result = await store.transaction(async (tx) => {
          await tx.insert(DOCS, { _id: 't1', v: 1 });
          await tx.put(COUNTERS, { _id: 'c', n: 1 });
          const updated = await tx.update(DOCS, 't1', { inc: { v: 1 } });
          return { updated, seen: await tx.get<Doc>(DOCS, 't1'), missing: await tx.get(DOCS, 'nope') };
        });
        expect(result).toEqual({ updated: true, seen: { _id: 't1', v: 2 }, missing: null });
        expect(await store.get(DOCS, 't1')).toEqual({ _id: 't1', v: 2 });
        expect(await store.get(COUNTERS, 'c')).toEqual({ _id: 'c', n: 1 });
      });

      it('roll every write back on a throw and rethrow the error itself', async () => {
        await store.insert(DOCS, { _id: 'keep', v: 1 });
        await store.insert(DOCS, { _id: 'gone', v: 1 });
        const boom = new Error('boom');
        await expect(
          store.transaction(async (tx) => {
            await tx.insert(DOCS, { _id: 'new', v: 1 });
            await tx.put(DOCS, { _id: 'keep', v: 99 });
            await tx.update(DOCS, 'gone', { set: { v: 2 } });
            await tx.remove(DOCS, 'gone');
            await tx.put(COUNTERS, { _id: 'c', n: 1 });
            throw boom;
          }),
        ).rejects.toBe(boom);
        expect(await store.get(DOCS, 'new')).toBeNull();
        expect(await store.get(DOCS, 'keep')).toEqual({ _id: 'keep', v: 1 });
        expect(await store.get(DOCS, 'gone')).toEqual({ _id: 'gone', v: 1 });
        expect(await store.get(COUNTERS, 'c')).toBeNull();
      });

      it('report missing documents to update and remove, and put a bare document', async () => {
        await store.transaction(async (tx) => {
          expect(await tx.update(DOCS, 'missing', { set: { v: 1 } })).toBe(false);
          expect(await tx.remove(DOCS, 'missing')).toBe(false);
          await tx.put(DOCS, { _id: 'bare', v: 1 });
          await tx.put(DOCS, { _id: 'bare' });
        });
        expect(await store.get(DOCS, 'missing')).toBeNull();
        expect(await store.get(DOCS, 'bare')).toEqual({ _id: 'bare' });
      });

      it('do not interleave: 10 racing read-modify-write transactions on one counter count to 10', async () => {
        await store.put(COUNTERS, { _id: 'counter', n: 0 });
        await Promise.all(
          Array.from({ length: 10 }, () =>
            store.transaction(async (tx) => {
              const counter = await tx.get<{ _id: string; n: number }>(COUNTERS, 'counter');
              await tx.put(COUNTERS, { _id: 'counter', n: (counter?.n ?? 0) + 1 });
            }),
          ),
        );
        expect(await store.get(COUNTERS, 'counter')).toEqual({ _id: 'counter', n: 10 });
      });

      it('neither lose nor roll back a write made outside while a transaction is open', async () => {
        const boom = new Error('boom');
        const failing = store.transaction(async (tx) => {
          await tx.put(DOCS, { _id: 'inside', v: 1 });
          await sleep(30);
          throw boom;
        });
        const outside = store.insert(DOCS, { _id: 'outside', v: 1 });
        await expect(failing).rejects.toBe(boom);
        await outside;
        expect(await store.get(DOCS, 'outside')).toEqual({ _id: 'outside', v: 1 });
        expect(await store.get(DOCS, 'inside')).toBeNull();
      });

      it('keep a point read made while a transaction is open out of it: it sees neither the open writes nor the rolled-back ones', async () => {
        await store.insert(DOCS, { _id: 'seen', v: 1 });
        const boom = new Error('boom');
        let wrote!: () => void;
        const written = new Promise<void>((resolve) => (wrote = resolve));
        const failing = store.transaction(async (tx) => {
          await tx.put(DOCS, { _id: 'seen', v: 2 });
          await tx.put(DOCS, { _id: 'uncommitted', v: 1 });
          wrote();
          await sleep(30);
          throw boom;
        });
        await written;
        const [seen, uncommitted] = await Promise.all([store.get(DOCS, 'seen'), store.get(DOCS, 'uncommitted')]);
        await expect(failing).rejects.toBe(boom);
        expect(seen).toEqual({ _id: 'seen', v: 1 });
        expect(uncommitted).toBeNull();
      });

      it('read a collection first touched by a point read inside a rolled-back transaction', async () => {
        const boom = new Error('boom');
        await expect(
          store.transaction(async (tx) => {
            expect(await tx.get(COUNTERS, 'first')).toBeNull();
            await tx.put(COUNTERS, { _id: 'first', n: 1 });
            throw boom;
          }),
        ).rejects.toBe(boom);
        expect(await store.get(COUNTERS, 'first')).toBeNull();
        await store.put(COUNTERS, { _id: 'first', n: 2 });
        expect(await store.get(COUNTERS, 'first')).toEqual({ _id: 'first', n: 2 });
      });

      it('roll back entirely when an insert inside meets a taken id', async () => {
        await store.insert(DOCS, { _id: 'dup', v: 1 });
        const err = await store
          .transaction(async (tx) => {
            await tx.put(DOCS, { _id: 'before', v: 1 });
            await tx.update(DOCS, 'dup', { set: { touched: true } });
            await tx.insert(DOCS, { _id: 'dup', v: 2 });
          })
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(DuplicateKeyError);
        expect(await store.get(DOCS, 'before')).toBeNull();
        expect(await store.get(DOCS, 'dup')).toEqual({ _id: 'dup', v: 1 });
      });

      it('lose the whole transaction when create meets a taken id, even if the caller catches it', async () => {
        await store.insert(DOCS, { _id: 'taken', v: 1 });
        const err = await store
          .transaction(async (tx) => {
            await tx.put(DOCS, { _id: 'with-it', v: 1 });
            await tx.create(DOCS, { _id: 'taken', v: 2 }).catch(() => undefined);
          })
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(DuplicateKeyError);
        expect(await store.get(DOCS, 'with-it')).toBeNull();
        expect(await store.get(DOCS, 'taken')).toEqual({ _id: 'taken', v: 1 });
        await store.transaction(async (tx) => tx.create(DOCS, { _id: 'fresh', v: 3 }));
        expect(await store.get(DOCS, 'fresh')).toEqual({ _id: 'fresh', v: 3 });
        await expect(store.create(DOCS, { _id: 'fresh', v: 4 })).rejects.toBeInstanceOf(DuplicateKeyError);
      });

      it('stay usable after a caught DuplicateKeyError', async () => {
        await store.insert(DOCS, { _id: 'dup', v: 1 });
        await store.transaction(async (tx) => {
          await tx.put(DOCS, { _id: 'x1', v: 1 });
          await expect(tx.insert(DOCS, { _id: 'dup', v: 2 })).rejects.toBeInstanceOf(DuplicateKeyError);
          await tx.put(DOCS, { _id: 'x2', v: 1 });
        });
        expect(sortedIds(await store.find(DOCS))).toEqual(['dup', 'x1', 'x2']);
        expect(await store.get(DOCS, 'dup')).toEqual({ _id: 'dup', v: 1 });
      });
    });
  });
}
