import { find as mingoFind, update as mingoUpdate } from 'mingo';

/**
 * An in-memory stand-in for wx-server-sdk's `cloud.database()`, with its call shape and CloudBase's semantics
 * (not the port's): queries are encoded the way @cloudbase/database encodes them and evaluated by mingo with
 * MongoDB rules; errors look like the ones wx-server-sdk raises. Modelled on wx-server-sdk 4.0.2 and
 * @cloudbase/database 1.4.3:
 * - nested plain objects in where() and update() data are flattened to dotted paths (so update merges them);
 *   command.set(obj) keeps an object whole; an empty object vanishes;
 * - get() returns 100 documents without limit() and never more than 1000;
 * - collections must exist (createCollection) before use, else errCode -502005;
 * - add() of an existing _id rejects with E11000 inside errCode -502001;
 * - doc().get() of a missing document rejects with errCode -1 "document with _id … does not exist";
 * - set()/update() refuse empty data and data holding _id; stats.updated counts documents changed;
 * - transactions read a snapshot and buffer their writes; the first writer of a document wins and any other
 *   writer (transaction begun earlier, or holding no lock) gets a write conflict which, as in MongoDB, aborts its
 *   transaction; any failed write aborts the transaction. wx-server-sdk turns the conflict's code into errCode
 *   -501001, so runTransaction's built-in retry (on code DATABASE_TRANSACTION_CONFLICT) never fires for it.
 *   Writes outside a transaction wait for a transaction holding the document to finish, as MongoDB's do.
 */

type Data = Record<string, unknown>;
type Doc = Data & { _id: string };
type Mod = { $set?: Data; $inc?: Record<string, number>; $unset?: Record<string, ''>; $push?: Data; $pull?: Data };

class QueryCommand {
  constructor(readonly op: string, readonly operand: unknown) {}
}
class LogicCommand {
  constructor(readonly operands: unknown[]) {}
}
class UpdateCommand {
  constructor(readonly op: '$set' | '$inc' | '$unset' | '$push' | '$pull', readonly operand: unknown) {}
}
const isCommand = (v: unknown) => v instanceof QueryCommand || v instanceof LogicCommand || v instanceof UpdateCommand;
const q = (op: string) => (value: unknown) => new QueryCommand(op, value);

export const fakeCommand = {
  eq: q('$eq'), neq: q('$ne'), gt: q('$gt'), gte: q('$gte'), lt: q('$lt'), lte: q('$lte'), exists: q('$exists'),
  in: (values: unknown[]) => new QueryCommand('$in', values),
  nin: (values: unknown[]) => new QueryCommand('$nin', values),
  and: (...args: unknown[]) => new LogicCommand(Array.isArray(args[0]) ? (args[0] as unknown[]) : args),
  inc: (by: number) => new UpdateCommand('$inc', by),
  push: (values: unknown) => new UpdateCommand('$push', Array.isArray(values) ? { $each: values } : values),
  pull: (value: unknown) => new UpdateCommand('$pull', value),
  remove: () => new UpdateCommand('$unset', ''),
  set: (value: unknown) => new UpdateCommand('$set', value),
};

const MEANING: Record<number, string> = {
  [-501001]: 'resource system error', [-501007]: 'invalid parameters',
  [-502001]: 'database request fail', [-502005]: 'database collection not exists',
};
export type FakeSdkError = Error & { errCode: number; errMsg: string };
/** The shape of wx-server-sdk's toSDKError for a server error: "<api>:fail <errCode> <meaning>. <message>". */
function sdkError(api: string, errCode: number, message: string): FakeSdkError {
  const text = errCode === -1 ? `${api}:fail ${message}` : `${api}:fail ${errCode} ${MEANING[errCode] ?? ''}. ${message}`;
  return Object.assign(new Error(text), { errCode, errMsg: text });
}
const conflictError = (api: string) => sdkError(api, -501001, '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.');
const invalid = (api: string, message: string) => sdkError(api, -501007, message);

const isPlain = (v: unknown): v is Data => Object.prototype.toString.call(v) === '[object Object]' && !isCommand(v);
/** @cloudbase/database's flatten: nested plain objects become dotted keys; undefined and empty objects vanish. */
function flatten(obj: Data, prefix = '', out: Data = {}): Data {
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined) continue;
    if (isPlain(value)) flatten(value, `${prefix}${key}.`, out);
    else out[prefix + key] = value;
  }
  return out;
}
function encodeField(key: string, v: unknown): Data {
  if (v instanceof QueryCommand) return { [key]: { [v.op]: v.operand } };
  if (v instanceof LogicCommand) return { $and: v.operands.map((o) => encodeField(key, o)) };
  if (v instanceof UpdateCommand) throw new Error('an update command cannot be used in a query');
  return { [key]: v };
}
function encodeQuery(where: Data): Data {
  const out: Data = {};
  const and: unknown[] = [];
  for (const [key, v] of Object.entries(flatten(where))) {
    const encoded = encodeField(key, v);
    if (Array.isArray(encoded.$and)) and.push(...encoded.$and);
    else Object.assign(out, encoded);
  }
  if (and.length > 0) out.$and = and;
  return out;
}
function encodeUpdate(api: string, data: unknown): Mod {
  if (!isPlain(data) || Object.keys(data).length === 0) throw sdkError(api, -1, 'options.data must not be empty');
  if ('_id' in data) throw invalid(api, '不能更新_id的值');
  const mod: Record<string, Data> = {};
  for (const [key, v] of Object.entries(flatten(data))) {
    if (v instanceof QueryCommand || v instanceof LogicCommand) throw invalid(api, 'a query command cannot be used in an update');
    const [op, value] = v instanceof UpdateCommand ? [v.op, v.operand] : ['$set', v];
    (mod[op] ??= {})[key] = value;
  }
  if (Object.keys(mod).length === 0) throw invalid(api, 'update has no effect');
  return mod as Mod;
}
const getPath = (doc: unknown, path: string) =>
  path.split('.').reduce<unknown>((node, k) => (node !== null && typeof node === 'object' ? (node as Data)[k] : undefined), doc);

/** Applies a modifier as MongoDB does, refusing what MongoDB refuses; returns the new document, or null if unchanged. */
function applyMod(api: string, doc: Doc, mod: Mod): Doc | null {
  const paths = [mod.$set, mod.$inc, mod.$unset, mod.$push, mod.$pull].flatMap((m) => Object.keys(m ?? {})).sort();
  for (let i = 1; i < paths.length; i++) {
    const [a, b] = [paths[i - 1] as string, paths[i] as string];
    if (a === b || b.startsWith(`${a}.`)) throw sdkError(api, -502001, `Updating the path '${b}' would create a conflict at '${a}'`);
  }
  for (const path of [...Object.keys(mod.$set ?? {}), ...Object.keys(mod.$inc ?? {})]) {
    const parts = path.split('.');
    for (let i = 1; i < parts.length; i++) {
      const parent = getPath(doc, parts.slice(0, i).join('.'));
      if (parent === null || (parent !== undefined && typeof parent !== 'object')) throw sdkError(api, -502001, `Cannot create field '${parts[i]}' in element {${parts[i - 1]}: ${JSON.stringify(parent)}}`);
    }
  }
  for (const path of [...Object.keys(mod.$push ?? {}), ...Object.keys(mod.$pull ?? {})]) {
    const current = getPath(doc, path);
    if (current !== undefined && !Array.isArray(current)) throw sdkError(api, -502001, `The field '${path}' must be an array but is of type ${typeof current}`);
  }
  for (const [path, by] of Object.entries(mod.$inc ?? {})) {
    const current = getPath(doc, path);
    if (typeof by !== 'number' || (current !== undefined && typeof current !== 'number')) throw sdkError(api, -502001, `Cannot apply $inc to a value of non-numeric type`);
  }
  const next = structuredClone(doc);
  return mingoUpdate(next, mod as never, undefined, undefined, { cloneMode: 'deep' }).length > 0 ? next : null;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const keyOf = (coll: string, id: string) => `${coll}\u0000${id}`;
let idCounter = 0;
const newId = () => (Date.now().toString(16) + (++idCounter).toString(16).padStart(8, '0')).padEnd(32, '0');

interface Tx {
  snapshot: Map<string, Map<string, Doc>>;
  startSeq: number;
  writes: Map<string, { coll: string; id: string; doc: Doc | null }>;
  state: 'open' | 'aborted' | 'finished';
  finished: Promise<void>;
  finish: () => void;
}

interface QueryState { filter: Data; order: Record<string, 1 | -1>; skip?: number; limit?: number }

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
  private readonly colls = new Map<string, Map<string, Doc>>();
  private readonly versions = new Map<string, number>();
  private readonly locks = new Map<string, Tx>();
  private seq = 0;

  constructor(options: { collections?: string[] } = {}) {
    for (const name of options.collections ?? []) this.colls.set(name, new Map());
  }

  async createCollection(name: string): Promise<{ errMsg: string }> {
    await tick();
    if (this.colls.has(name)) throw sdkError('createCollection', -501001, '[ResourceInUse] Table exist.');
    this.colls.set(name, new Map());
    return { errMsg: 'createCollection:ok' };
  }

  collection(name: string) {
    const db = this;
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
      skip: (n: number) => query({ ...state, skip: db.integer(n) }),
      limit: (n: number) => query({ ...state, limit: db.integer(n) }),
      get: () => db.call('collection.get', name, () => ({ data: db.select(name, state).map((d) => structuredClone(d)) })),
      count: () => db.call('collection.count', name, () => ({ total: db.select(name, state, true).length })),
      update: ({ data }: { data: Data }) =>
        db.call('collection.update', name, async () => {
          const mod = encodeUpdate('collection.update', data);
          // Each matching document is re-checked and changed in one step: a conditional update is atomic.
          return db.lockFree(name, () => db.select(name, state, true), (docs) => {
            let updated = 0;
            for (const doc of docs) {
              const next = applyMod('collection.update', doc, mod);
              if (next) (db.commit(name, doc._id, next), updated++);
            }
            return { stats: { updated } };
          });
        }),
      remove: () =>
        db.call('collection.remove', name, () =>
          db.lockFree(name, () => db.select(name, state, true), (docs) => {
            for (const doc of docs) db.commit(name, doc._id, null);
            return { stats: { removed: docs.length } };
          }),
        ),
    });
    return {
      ...query({ filter: {}, order: {} }),
      doc: (id: string) => this.doc(name, id),
      add: ({ data }: { data: Data }) =>
        this.call('collection.add', name, () => {
          const id = String(data._id ?? newId());
          return this.lockFree(name, () => [{ _id: id }], () => {
            if (this.table(name).has(id)) throw this.duplicate(name, id);
            this.commit(name, id, { ...structuredClone(data), _id: id });
            return { _id: id };
          });
        }),
    };
  }

  async runTransaction<R>(callback: (transaction: FakeTransaction) => Promise<R>, times = 3): Promise<R> {
    void times; // see the class comment: conflicts reach the caller with errCode -501001, never retried here
    await tick();
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const tx: Tx = { snapshot: structuredClone(this.colls), startSeq: this.seq, writes: new Map(), state: 'open', finished, finish };
    try {
      const result = await callback(this.txHandle(tx));
      await tick();
      // commitTransaction answers with a raw `{code, message}` that no wrapper converts.
      if (tx.state !== 'open') throw { code: 'DATABASE_REQUEST_FAILED', message: '[FailedOperation] Transaction has been aborted.' };
      for (const w of tx.writes.values()) this.commit(w.coll, w.id, w.doc);
      return result;
    } finally {
      this.endTx(tx, 'finished');
    }
  }

  private txHandle(tx: Tx): FakeTransaction {
    const read = (coll: string, id: string) => {
      const table = tx.snapshot.get(coll);
      if (!table) throw this.missingCollection('document.get');
      const w = tx.writes.get(keyOf(coll, id));
      return w ? w.doc : (table.get(id) ?? null);
    };
    // Any server-side failure aborts the transaction, as in MongoDB; later calls then fail too.
    const op = <R>(api: string, fn: () => R): Promise<R> =>
      tick().then(() => {
        if (tx.state !== 'open') throw sdkError(api, -501001, '[FailedOperation] Transaction has been aborted.');
        try {
          return fn();
        } catch (err) {
          this.endTx(tx, 'aborted');
          throw err;
        }
      });
    const write = (api: string, coll: string, id: string, doc: Doc | null) => {
      const key = keyOf(coll, id);
      const holder = this.locks.get(key);
      if ((holder && holder !== tx) || (this.versions.get(key) ?? 0) > tx.startSeq) throw conflictError(api);
      this.locks.set(key, tx);
      tx.writes.set(key, { coll, id, doc });
    };
    return {
      collection: (coll: string) => ({
        add: ({ data }: { data: Data }) =>
          op('collection.add', () => {
            const id = String(data._id ?? newId());
            if (read(coll, id)) throw this.duplicate(coll, id);
            write('collection.add', coll, id, { ...structuredClone(data), _id: id });
            return { _id: id };
          }),
        doc: (id: string) => ({
          get: () =>
            op('document.get', () => read(coll, id)).then((doc) => {
              if (!doc) throw sdkError('document.get', -1, `document with _id ${id} does not exist`);
              return { data: structuredClone(doc) };
            }),
          set: ({ data }: { data: Data }) =>
            op('document.set', () => {
              this.checkSetData(data);
              read(coll, id);
              write('document.set', coll, id, { ...structuredClone(data), _id: id });
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
    return {
      get: () =>
        this.call('document.get', name, () => {
          const doc = this.table(name).get(id);
          if (!doc) throw sdkError('document.get', -1, `document with _id ${id} does not exist`);
          return { data: structuredClone(doc) };
        }),
      set: ({ data }: { data: Data }) =>
        this.call('document.set', name, () => {
          this.checkSetData(data);
          return this.lockFree(name, () => [{ _id: id }], () => {
            const existed = this.table(name).has(id);
            this.commit(name, id, { ...structuredClone(data), _id: id });
            return { _id: id, stats: { updated: existed ? 1 : 0, created: existed ? 0 : 1 } };
          });
        }),
      update: ({ data }: { data: Data }) =>
        this.call('document.update', name, () => {
          const mod = encodeUpdate('document.update', data);
          return this.lockFree(name, () => [{ _id: id }], () => {
            const doc = this.table(name).get(id);
            const next = doc && applyMod('document.update', doc, mod);
            if (next) this.commit(name, id, next);
            return { stats: { updated: next ? 1 : 0 } };
          });
        }),
      remove: () =>
        this.call('document.remove', name, () =>
          this.lockFree(name, () => [{ _id: id }], () => {
            const existed = this.table(name).has(id);
            if (existed) this.commit(name, id, null);
            return { stats: { removed: existed ? 1 : 0 } };
          }),
        ),
    };
  }

  /** One request: a network round trip, then the server's work, with errors shaped by the SDK. */
  private async call<R>(api: string, name: string, fn: () => R | Promise<R>): Promise<R & { errMsg: string }> {
    await tick();
    if (!this.colls.has(name)) throw this.missingCollection(api);
    return { ...(await fn()), errMsg: `${api}:ok` };
  }

  /** Matching documents; a get() pages (100 by default, 1000 at most), count/update/remove see them all. */
  private select(name: string, state: QueryState, all = false): Doc[] {
    let cursor = mingoFind([...this.table(name).values()], state.filter);
    if (all) return cursor.all() as Doc[];
    if (Object.keys(state.order).length > 0) cursor = cursor.sort(state.order);
    if (state.skip) cursor = cursor.skip(state.skip);
    return cursor.limit(Math.min(state.limit ?? 100, 1000)).all() as Doc[];
  }

  /**
   * Runs act on the documents targets picks once no open transaction holds any of them; the check and act run in
   * one synchronous step, so nothing can slip in between.
   */
  private async lockFree<T extends { _id: string }, R>(name: string, targets: () => T[], act: (picked: T[]) => R): Promise<R> {
    for (;;) {
      const picked = targets();
      const holder = picked.map((d) => this.locks.get(keyOf(name, d._id))).find((tx) => tx !== undefined);
      if (!holder) return act(picked);
      await holder.finished;
    }
  }

  private commit(name: string, id: string, doc: Doc | null): void {
    if (doc) this.table(name).set(id, doc);
    else this.table(name).delete(id);
    this.versions.set(keyOf(name, id), ++this.seq);
  }

  private endTx(tx: Tx, state: 'aborted' | 'finished'): void {
    if (tx.state === 'finished') return;
    tx.state = state;
    for (const [key, holder] of this.locks) if (holder === tx) this.locks.delete(key);
    tx.finish();
  }

  private table(name: string): Map<string, Doc> {
    const table = this.colls.get(name);
    if (!table) throw this.missingCollection('database');
    return table;
  }

  private checkSetData(data: unknown): void {
    if (!isPlain(data) || Object.keys(data).length === 0) throw sdkError('document.set', -1, 'options.data must not be empty');
    if ('_id' in data) throw invalid('document.set', '不能更新_id的值');
    if (JSON.stringify(data, (_k, v: unknown) => (isCommand(v) ? '\u0000cmd' : v)).includes('\u0000cmd')) throw sdkError('document.set', -502001, 'update operator complicit');
  }

  private integer(n: number): number {
    if (!Number.isInteger(n) || n < 0) throw new Error(`${n} is not a non-negative integer`);
    return n;
  }

  private duplicate(name: string, id: string): FakeSdkError {
    return sdkError('collection.add', -502001, `[FailedOperation.Insert] bulk write error: [{E11000 duplicate key error collection: tnt-fake.${name} index: _id_ dup key: { _id: "${id}" }}]`);
  }

  private missingCollection(api: string): FakeSdkError {
    return sdkError(api, -502005, '[ResourceNotFound] Db or Table not exist. Please check your request, but if the problem persists, contact us.');
  }
}
