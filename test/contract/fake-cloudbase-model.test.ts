import { FakeCloudBaseDb } from '../../scripts/harness/fake-cloudbase-db';

/**
 * The CloudBase stand-in's model of transactions and latency (bench/CLOUDBASE-MODEL.md), which the latency benchmark
 * and the latency-model race rest on: a written document is locked until its transaction ends; another transaction
 * writing it fails at once with the conflict error, a plain write waits; transactions read their snapshot; every
 * request costs the latency; a transaction past its time limit is rolled back.
 */
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const errCode = (err: unknown) => (err as { errCode?: number }).errCode;

async function dbWith(options: ConstructorParameters<typeof FakeCloudBaseDb>[0] = {}): Promise<FakeCloudBaseDb> {
  const db = new FakeCloudBaseDb({ collections: ['seats'], ...options });
  await db.collection('seats').add({ data: { _id: 's1', free: 3 } });
  db.resetStats();
  return db;
}

const free = async (db: FakeCloudBaseDb) => (await db.collection('seats').doc('s1').get()).data.free;

it('locks a document a transaction wrote: a second transaction fails at once, a plain update waits for the commit', async () => {
  const db = await dbWith();
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const first = db.runTransaction(async (t) => {
    await t.collection('seats').doc('s1').update({ data: { free: 2 } });
    await held;
  });
  await sleep(5);
  const second = db.runTransaction((t) => t.collection('seats').doc('s1').update({ data: { free: 1 } })).catch((err: unknown) => err);
  expect(errCode(await second)).toBe(-501001);
  expect(db.stats.conflicts).toBe(1);

  let plainDone = false;
  const plain = db.collection('seats').doc('s1').update({ data: { free: db.command.inc(-1) } }).then(() => (plainDone = true));
  await sleep(5);
  expect(plainDone).toBe(false);
  release();
  await Promise.all([first, plain]);
  expect(await free(db)).toBe(1);
  expect(db.stats.lockWaits).toBe(1);
  expect(db.stats.transactions).toMatchObject({ begun: 2, committed: 1, rolledBack: 1 });
});

it('reads the snapshot of the transaction start, and refuses to write over a change committed since', async () => {
  const db = await dbWith();
  let step!: () => void;
  const changed = new Promise<void>((resolve) => (step = resolve));
  const tx = db
    .runTransaction(async (t) => {
      const before = (await t.collection('seats').doc('s1').get()).data.free as number;
      await changed;
      const after = (await t.collection('seats').doc('s1').get()).data.free as number;
      expect([before, after]).toEqual([3, 3]);
      await t.collection('seats').doc('s1').update({ data: { free: after - 1 } });
    })
    .catch((err: unknown) => err);
  await sleep(5);
  await db.collection('seats').doc('s1').update({ data: { free: 0 } });
  step();
  expect(errCode(await tx)).toBe(-501001);
  expect(await free(db)).toBe(0);
});

it('costs the latency per request: a transaction of one write is three requests (begin, the write, commit)', async () => {
  const db = await dbWith({ latencyMs: 20 });
  const started = performance.now();
  await db.collection('seats').doc('s1').get();
  expect(performance.now() - started).toBeGreaterThanOrEqual(18);
  db.resetStats();
  const txStarted = performance.now();
  await db.runTransaction((t) => t.collection('seats').doc('s1').update({ data: { free: 2 } }));
  expect(performance.now() - txStarted).toBeGreaterThanOrEqual(55);
  expect(db.stats.requests).toBe(3);
});

it('rolls back a transaction that outlives its time limit, and releases its lock', async () => {
  const db = await dbWith({ transactionLimitMs: 30 });
  const late = db
    .runTransaction(async (t) => {
      await t.collection('seats').doc('s1').update({ data: { free: 0 } });
      await sleep(60);
    })
    .catch((err: unknown) => err);
  expect(await late).toMatchObject({ code: 'DATABASE_REQUEST_FAILED' });
  expect(db.stats.transactions.expired).toBe(1);
  expect(await free(db)).toBe(3);
  await db.runTransaction((t) => t.collection('seats').doc('s1').update({ data: { free: 1 } }));
  expect(await free(db)).toBe(1);
});
