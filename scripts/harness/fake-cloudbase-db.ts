import { applyMod, copy, encodeQuery, encodeUpdate, fakeCommand, invalid, isCommand, isPlain, sdkError, type Data, type Doc } from './fake-cloudbase-wire';
import { duplicate, FakeCloudBaseServer, missingCollection, noStats, type FakeCloudBaseOptions, type FakeCloudBaseStats, type QueryState, type Tx } from './fake-cloudbase-server';

/**
 * An in-memory stand-in for wx-server-sdk's `cloud.database()`, with its call shape and CloudBase's semantics
 * (not the port's): queries are encoded the way @cloudbase/database encodes them and evaluated by mingo with
 * MongoDB rules; errors look like the ones wx-server-sdk raises (fake-cloudbase-wire.ts). Modelled on wx-server-sdk
 * 4.0.2 and @cloudbase/database 1.4.3:
 * - nested plain objects in where() and update() data are flattened to dotted paths (so update merges them);
 *   command.set(obj) keeps an object whole; an empty object vanishes;
 * - get() returns 100 documents without limit() and never more than 1000;
 * - collections must exist (createCollection) before use, else errCode -502005;
 * - add() of an existing _id rejects with E11000 inside errCode -502001;
 * - doc().get() of a missing document rejects with errCode -1 "document with _id … does not exist";
 * - set()/update() refuse empty data and data holding _id; stats.updated counts documents changed;
 * - transactions read the snapshot of their start and buffer their writes; a document written in a transaction is
 *   locked until it ends: another transaction writing it, or one writing a document committed since it began, gets
 *   a write conflict at once which, as in MongoDB, aborts it; any failed write aborts the transaction. wx-server-sdk
 *   turns the conflict's code into errCode -501001, so runTransaction's built-in retry (on code
 *   DATABASE_TRANSACTION_CONFLICT) never fires for it. Writes outside a transaction wait for a transaction holding
 *   the document to end, as MongoDB's do. A transaction not committed within its time limit is rolled back.
 *
 * The latency model (fake-cloudbase-server.ts, bench/CLOUDBASE-MODEL.md): with `latencyMs`, every request takes that
 * long, half on the way there and half back, and the server acts in between, atomically. A transaction is a request
 * to begin, one per operation and one to commit (or to roll back, after a failure). `stats` counts requests,
 * conflicts, writes that waited for a lock, and transactions.
 */

let idCounter = 0;
const newId = () => (Date.now().toString(16) + (++idCounter).toString(16).padStart(8, '0')).padEnd(32, '0');

export interface FakeDocument {
  get(): Promise<{ data: Doc }>;
  set(options: { data: Data }): Promise<unknown>;
  update(options: { data: Data }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}
export interface FakeTransaction {
  collection(name: string): { add(options: { data: Data }): Promise<{ _id: string }>; doc(id: string): FakeDocument };
}

export class FakeCloudBaseDb {
  readonly command = fakeCommand;
  private readonly server: FakeCloudBaseServer;

  constructor(options: FakeCloudBaseOptions = {}) {
    this.server = new FakeCloudBaseServer(options);
  }

  get stats(): FakeCloudBaseStats {
    return this.server.stats;
  }

  /** The latency of every request from now on (e.g. none while seeding, then the model's). */
  setLatency(ms: number): void {
    this.server.latencyMs = ms;
  }

  resetStats(): void {
    this.server.stats = noStats();
  }

  async createCollection(name: string): Promise<{ errMsg: string }> {
    return this.server.request(() => {
      if (this.server.colls.has(name)) throw sdkError('createCollection', -501001, '[ResourceInUse] Table exist.');
      this.server.colls.set(name, new Map());
      return { errMsg: 'createCollection:ok' };
    });
  }

  collection(name: string) {
    const server = this.server;
    const call = this.call.bind(this);
    const query = (state: QueryState) => ({
      where(cond: Data) {
        if (!isPlain(cond)) throw new Error('查询参数必须为对象');
        if (Object.keys(cond).length > 0 && Object.values(cond).every((v) => v === undefined)) throw new Error('查询参数对象值不能均为undefined');
        return query({ ...state, filter: encodeQuery(cond) });
      },
      orderBy(field: string, order: 'asc' | 'desc') {
        if (order !== 'asc' && order !== 'desc') throw new Error('排序字符不合法');
        return query({ ...state, order: { ...state.order, [field]: order === 'desc' ? -1 : 1 } });
      },
      skip: (n: number) => query({ ...state, skip: integer(n) }),
      limit: (n: number) => query({ ...state, limit: integer(n) }),
      get: () => call('collection.get', name, () => ({ data: server.select(name, state).map((d) => copy(d)) })),
      count: () => call('collection.count', name, () => ({ total: server.select(name, state, true).length })),
      update: ({ data }: { data: Data }) =>
        call('collection.update', name, async () => {
          const mod = encodeUpdate('collection.update', data);
          // Each matching document is re-checked and changed in one step: a conditional update is atomic.
          return server.lockFree(name, () => server.select(name, state, true), (docs) => {
            let updated = 0;
            for (const doc of docs) {
              const next = applyMod('collection.update', doc, mod);
              if (next) (server.commit(name, doc._id, next), updated++);
            }
            return { stats: { updated } };
          });
        }),
      remove: () =>
        call('collection.remove', name, () =>
          server.lockFree(name, () => server.select(name, state, true), (docs) => {
            for (const doc of docs) server.commit(name, doc._id, null);
            return { stats: { removed: docs.length } };
          }),
        ),
    });
    return {
      ...query({ filter: {}, order: {} }),
      doc: (id: string) => this.doc(name, id),
      add: ({ data }: { data: Data }) =>
        call('collection.add', name, () => {
          const id = String(data._id ?? newId());
          return server.lockFree(name, () => [{ _id: id }], () => {
            if (server.table(name).has(id)) throw duplicate(name, id);
            server.commit(name, id, { ...copy(data), _id: id });
            return { _id: id };
          });
        }),
    };
  }

  /**
   * As @cloudbase/database's runTransaction: a request to begin, the callback, a request to commit; after a failure,
   * a request to roll back, then the error. `times` is not modelled: see the class comment.
   */
  async runTransaction<R>(callback: (transaction: FakeTransaction) => Promise<R>, times = 3): Promise<R> {
    void times;
    const server = this.server;
    const tx = await server.request(() => server.begin());
    try {
      const result = await callback(this.txHandle(tx));
      await server.request(() => {
        server.expireIfLate(tx);
        // commitTransaction answers with a raw `{code, message}` that no wrapper converts.
        if (tx.state !== 'open') throw { code: 'DATABASE_REQUEST_FAILED', message: '[FailedOperation] Transaction has been aborted.' };
        server.commitTx(tx);
      });
      return result;
    } catch (err) {
      if (tx.state !== 'finished') await server.request(() => server.endTx(tx, 'aborted'));
      throw err;
    }
  }

  private txHandle(tx: Tx): FakeTransaction {
    const server = this.server;
    const read = (coll: string, id: string) => server.readInTx(tx, coll, id);
    const write = (api: string, coll: string, id: string, doc: Doc | null) => server.writeInTx(tx, api, coll, id, doc);
    // Any server-side failure aborts the transaction, as in MongoDB; later calls then fail too.
    const op = <R>(api: string, fn: () => R): Promise<R> =>
      server.request(() => {
        server.expireIfLate(tx);
        if (tx.state !== 'open') throw sdkError(api, -501001, '[FailedOperation] Transaction has been aborted.');
        try {
          return fn();
        } catch (err) {
          server.endTx(tx, 'aborted');
          throw err;
        }
      });
    return {
      collection: (coll: string) => ({
        add: ({ data }: { data: Data }) =>
          op('collection.add', () => {
            const id = String(data._id ?? newId());
            if (read(coll, id)) throw duplicate(coll, id);
            write('collection.add', coll, id, { ...copy(data), _id: id });
            return { _id: id };
          }),
        doc: (id: string) => ({
          get: () =>
            op('document.get', () => read(coll, id)).then((doc) => {
              if (!doc) throw sdkError('document.get', -1, `document with _id ${id} does not exist`);
              return { data: copy(doc) };
            }),
          set: ({ data }: { data: Data }) =>
            op('document.set', () => {
              checkSetData(data);
              read(coll, id);
              write('document.set', coll, id, { ...copy(data), _id: id });
              return { _id: id, stats: { updated: 1, created: 0 } };
            }),
          update: ({ data }: { data: Data }) =>
            op('document.update', () => {
              const mod = encodeUpdate('document.update', data);
              const doc = read(coll, id);
              const next = doc && applyMod('document.update', doc, mod);
              if (next) write('document.update', coll, id, next);
              return { stats: { updated: next ? 1 : 0 } };
            }),
          remove: () =>
            op('document.remove', () => {
              const doc = read(coll, id);
              if (doc) write('document.remove', coll, id, null);
              return { stats: { removed: doc ? 1 : 0 } };
            }),
        }),
      }),
    };
  }

  private doc(name: string, id: string) {
    const server = this.server;
    return {
      get: () =>
        this.call('document.get', name, () => {
          const doc = server.table(name).get(id);
          if (!doc) throw sdkError('document.get', -1, `document with _id ${id} does not exist`);
          return { data: copy(doc) };
        }),
      set: ({ data }: { data: Data }) =>
        this.call('document.set', name, () => {
          checkSetData(data);
          return server.lockFree(name, () => [{ _id: id }], () => {
            const existed = server.table(name).has(id);
            server.commit(name, id, { ...copy(data), _id: id });
            return { _id: id, stats: { updated: existed ? 1 : 0, created: existed ? 0 : 1 } };
          });
        }),
      update: ({ data }: { data: Data }) =>
        this.call('document.update', name, () => {
          const mod = encodeUpdate('document.update', data);
          return server.lockFree(name, () => [{ _id: id }], () => {
            const doc = server.table(name).get(id);
            const next = doc && applyMod('document.update', doc, mod);
            if (next) server.commit(name, id, next);
            return { stats: { updated: next ? 1 : 0 } };
          });
        }),
      remove: () =>
        this.call('document.remove', name, () =>
          server.lockFree(name, () => [{ _id: id }], () => {
            const existed = server.table(name).has(id);
            if (existed) server.commit(name, id, null);
            return { stats: { removed: existed ? 1 : 0 } };
          }),
        ),
    };
  }

  /** One request on a collection, answered as the SDK answers. */
  private call<R>(api: string, name: string, fn: () => R | Promise<R>): Promise<R & { errMsg: string }> {
    return this.server.request(async () => {
      if (!this.server.colls.has(name)) throw missingCollection(api);
      return { ...(await fn()), errMsg: `${api}:ok` };
    });
  }
}

function checkSetData(data: unknown): void {
  if (!isPlain(data) || Object.keys(data).length === 0) throw sdkError('document.set', -1, 'options.data must not be empty');
  if ('_id' in data) throw invalid('document.set', '不能更新_id的值');
  if (JSON.stringify(data, (_k, v: unknown) => (isCommand(v) ? '\u0000cmd' : v)).includes('\u0000cmd')) throw sdkError('document.set', -502001, 'update operator complicit');
}

function integer(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new Error(`${n} is not a non-negative integer`);
  return n;
}
