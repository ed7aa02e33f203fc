import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CloudBaseStore } from '../../cloudfunctions/core/store/cloudbase/cloudbase-store';
import { FakeCloudBaseDb } from '../../scripts/harness/fake-cloudbase-db';
import type { FakeSdkError } from '../../scripts/harness/fake-cloudbase-wire';
import { describeStoreContract } from './store-contract';

describeStoreContract('CloudBaseStore over the fake wx-server-sdk database', async () => ({
  // No collections exist yet: the adapter must create them on first write, as a fresh CloudBase environment needs.
  store: new CloudBaseStore(new FakeCloudBaseDb()),
  cleanup: async () => {},
}));

describe('the fake wx-server-sdk database behaves as CloudBase does', () => {
  const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as FakeSdkError);

  it('rejects a duplicate _id on add with E11000 inside errCode -502001', async () => {
    const db = new FakeCloudBaseDb({ collections: ['c'] });
    expect(await db.collection('c').add({ data: { _id: 'a', v: 1 } })).toMatchObject({ _id: 'a', errMsg: 'collection.add:ok' });
    const err = await failure(db.collection('c').add({ data: { _id: 'a', v: 2 } }));
    expect(err).toMatchObject({ errCode: -502001 });
    expect(err?.message).toMatch(/^collection\.add:fail -502001 database request fail\. .*E11000 duplicate key error/);
    expect((await db.collection('c').doc('a').get()).data).toEqual({ _id: 'a', v: 1 });
  });

  it('rejects doc().get() of a missing document with errCode -1, in and out of transactions', async () => {
    const db = new FakeCloudBaseDb({ collections: ['c'] });
    const err = await failure(db.collection('c').doc('nope').get());
    expect(err).toMatchObject({ errCode: -1, errMsg: 'document.get:fail document with _id nope does not exist' });
    const inTx = await failure(db.runTransaction((t) => t.collection('c').doc('nope').get()));
    expect(inTx).toMatchObject({ errCode: -1 });
  });

  it('refuses collections that were not created (-502005)', async () => {
    const db = new FakeCloudBaseDb();
    expect(await failure(db.collection('c').where({}).get())).toMatchObject({ errCode: -502005 });
    expect(await failure(db.collection('c').add({ data: { v: 1 } }))).toMatchObject({ errCode: -502005 });
    await db.createCollection('c');
    expect(await failure(db.createCollection('c'))).toBeInstanceOf(Error);
    expect((await db.collection('c').add({ data: { v: 1 } }))._id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('returns 100 documents from get() without limit(), never more than 1000, and counts them all', async () => {
    const db = new FakeCloudBaseDb({ collections: ['c'] });
    for (let i = 0; i < 1100; i++) await db.collection('c').add({ data: { _id: `d${i}`, i } });
    expect((await db.collection('c').get()).data).toHaveLength(100);
    expect((await db.collection('c').limit(5000).get()).data).toHaveLength(1000);
    expect((await db.collection('c').count()).total).toBe(1100);
  });

  it('flattens nested objects in update data (merging them) unless wrapped in command.set, and refuses empty data', async () => {
    const db = new FakeCloudBaseDb({ collections: ['c'] });
    const _ = db.command;
    await db.collection('c').add({ data: { _id: 'a', o: { x: 1, y: 1 }, n: 1 } });
    await db.collection('c').doc('a').update({ data: { o: { x: 2 }, e: {} } });
    expect((await db.collection('c').doc('a').get()).data).toEqual({ _id: 'a', o: { x: 2, y: 1 }, n: 1 });
    await db.collection('c').doc('a').update({ data: { o: _.set({ z: 3 }), e: _.set({}), n: _.inc(2) } });
    expect((await db.collection('c').doc('a').get()).data).toEqual({ _id: 'a', o: { z: 3 }, e: {}, n: 3 });
    expect(await failure(db.collection('c').doc('a').update({ data: {} }))).toBeInstanceOf(Error);
    expect(await failure(db.collection('c').doc('a').set({ data: {} }))).toBeInstanceOf(Error);
    expect(await failure(db.collection('c').doc('a').update({ data: { _id: 'b' } }))).toBeInstanceOf(Error);
  });

  it('counts documents changed in stats.updated, and matches queries as MongoDB does', async () => {
    const db = new FakeCloudBaseDb({ collections: ['c'] });
    const _ = db.command;
    await db.collection('c').add({ data: { _id: 'a', n: 1, tags: ['x', 'y'] } });
    await db.collection('c').add({ data: { _id: 'b', n: true, tags: ['y'] } });
    expect((await db.collection('c').doc('a').update({ data: { n: 1 } })).stats.updated).toBe(0);
    expect((await db.collection('c').where({ n: _.gte(1) }).update({ data: { m: 1 } })).stats.updated).toBe(1);
    expect((await db.collection('c').doc('missing').update({ data: { m: 1 } })).stats.updated).toBe(0);
    const found = async (where: Record<string, unknown>) => (await db.collection('c').where(where).get()).data.map((d) => d._id);
    expect(await found({ tags: 'x' })).toEqual(['a']);
    expect(await found({ n: 1 })).toEqual(['a']);
    expect(await found({ n: _.and(_.exists(true), _.neq(1)) })).toEqual(['b']);
  });

  it('aborts a transaction on a write conflict and hands the error to the caller without retrying', async () => {
    const db = new FakeCloudBaseDb({ collections: ['c'] });
    await db.collection('c').add({ data: { _id: 'k', n: 0 } });
    let runs = 0;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = db.runTransaction(async (t) => {
      await t.collection('c').doc('k').update({ data: { n: 1 } });
      await held;
    });
    const second = failure(
      db.runTransaction(async (t) => {
        runs++;
        await t.collection('c').doc('k').get();
        await new Promise((resolve) => setTimeout(resolve, 10));
        await t.collection('c').doc('k').update({ data: { n: 2 } });
      }),
    );
    const err = await second;
    release();
    await first;
    expect(err?.message).toMatch(/TransactionConflict/);
    expect(runs).toBe(1);
    expect((await db.collection('c').doc('k').get()).data).toEqual({ _id: 'k', n: 1 });
  });

  it('keeps transaction writes invisible until commit, and makes writes outside wait for the transaction', async () => {
    const db = new FakeCloudBaseDb({ collections: ['c'] });
    const _ = db.command;
    await db.collection('c').add({ data: { _id: 'k', n: 0 } });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let written!: () => void;
    const wrote = new Promise<void>((resolve) => (written = resolve));
    const tx = db.runTransaction(async (t) => {
      await t.collection('c').doc('k').update({ data: { n: _.inc(10) } });
      written();
      await held;
    });
    await wrote;
    expect((await db.collection('c').doc('k').get()).data).toEqual({ _id: 'k', n: 0 });
    let outsideDone = false;
    const outside = db.collection('c').where({ _id: 'k' }).update({ data: { n: _.inc(1) } }).then((r) => ((outsideDone = true), r));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(outsideDone).toBe(false);
    release();
    await tx;
    expect((await outside).stats.updated).toBe(1);
    expect((await db.collection('c').doc('k').get()).data).toEqual({ _id: 'k', n: 11 });
  });
});

describe('CloudBaseStore', () => {
  it('imports nothing from wx-server-sdk at run time', () => {
    const source = readFileSync(join(__dirname, '../../cloudfunctions/core/store/cloudbase/cloudbase-store.ts'), 'utf8');
    const runtimeImports = source.split('\n').filter((line) => /^\s*import\s+(?!type\b)/.test(line) || /require\(/.test(line));
    expect(runtimeImports.filter((line) => line.includes('wx-server-sdk'))).toEqual([]);
  });
});
