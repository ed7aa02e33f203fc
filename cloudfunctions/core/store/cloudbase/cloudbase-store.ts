import { assertFieldPath } from '../apply-update';
import { DuplicateKeyError, MAX_PAGE, UPDATE_EACH_PARALLEL, type BaseDoc, type Condition, type FieldOps, type RawFilter, type RawFindOptions, type Store, type RawStore, type RawTxOps, type RawUpdate } from '../port';

/*
 * The subset of wx-server-sdk's `cloud.database()` this adapter calls, typed structurally so that the core never
 * depends on the SDK: `new CloudBaseStore(cloud.database())` type-checks as it is. Results are `unknown` because
 * the SDK's own typings are loose (`Promise<T> | void | string`); `settle` narrows each one in a single place.
 */
type Data = Record<string, unknown>;
type Command = (value: unknown) => unknown;
export interface CloudBaseCommand {
  eq: Command; neq: Command; gt: Command; gte: Command; lt: Command; lte: Command; set: Command;
  in(values: unknown[]): unknown;
  nin(values: unknown[]): unknown;
  exists(value: boolean): unknown;
  and(...commands: unknown[]): unknown;
  inc(by: number): unknown;
  remove(): unknown;
  push(values: unknown[]): unknown;
  pull(value: unknown): unknown;
}
export interface CloudBaseQuery {
  where(query: Data): CloudBaseQuery;
  orderBy(field: string, order: 'asc' | 'desc'): CloudBaseQuery;
  skip(offset: number): CloudBaseQuery;
  limit(max: number): CloudBaseQuery;
  get(): unknown;
  count(): unknown;
  update(options: { data: Data }): unknown;
  remove(): unknown;
}
export interface CloudBaseDocument {
  get(): unknown; set(options: { data: Data }): unknown; update(options: { data: Data }): unknown; remove(): unknown;
}
export interface CloudBaseCollection extends CloudBaseQuery {
  doc(id: string): CloudBaseDocument;
  add(options: { data: Data }): unknown;
}
export interface CloudBaseTransaction {
  collection(name: string): { doc(id: string): CloudBaseDocument; add(options: { data: Data }): unknown };
}
export interface CloudBaseDb {
  readonly command: CloudBaseCommand;
  collection(name: string): CloudBaseCollection;
  runTransaction(run: (transaction: CloudBaseTransaction) => Promise<unknown>, times?: number): Promise<unknown>;
  createCollection?(name: string): Promise<unknown>;
}
/** collectionPrefix is prepended to every collection name, e.g. to keep test runs apart in one environment. */
export type CloudBaseStoreOptions = { collectionPrefix?: string };

/** CloudBase's server SDK returns at most this many documents per get(), and 100 when no limit is given. */
const SERVER_PAGE = 1000;
/** Conflicting transactions are retried this many times in all, with jittered exponential backoff. */
const TX_ATTEMPTS = 12;
const COLLECTION_NAME = /^[a-z][a-z0-9_]{0,40}$/;

type Stats = { stats: { updated?: number; removed?: number } };
const updated = (r: Stats) => r.stats.updated ?? 0;
const removed = (r: Stats) => r.stats.removed ?? 0;
const settle = async <T>(result: unknown): Promise<T> => (await result) as T;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const isOps = (c: Condition): c is FieldOps => c !== null && typeof c === 'object' && !Array.isArray(c);
/** A copy to send: the SDK may write into the object it is given. */
const plain = (doc: BaseDoc): Data => ({ ...doc });
const isPlainObject = (v: unknown): v is Data => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Errors arrive as the SDK's Error with errCode/errMsg, or as raw `{code, message}` objects from a commit. */
function errorText(err: unknown): string {
  if (err === null || typeof err !== 'object') return String(err);
  const e = err as Record<string, unknown>;
  return [e.code, e.errCode, e.errMsg, e.message].filter((x) => x !== undefined).join(' ');
}
// doc().get() of a missing document rejects (errCode -1) rather than resolving with null.
const isMissingDoc = (e: unknown) => /document with _id .* does not exist/.test(errorText(e));
// A duplicate _id on add surfaces as MongoDB's E11000 inside a -502001 "database request fail".
const isDuplicate = (e: unknown) => /E11000|duplicate key/i.test(errorText(e));
// The SDK replaces the server's code DATABASE_TRANSACTION_CONFLICT by errCode -501001, so match the text.
const isConflict = (e: unknown) => /TransactionConflict|transaction conflict|WriteConflict/i.test(errorText(e));
// CloudBase collections must be created before use; SQLite creates its tables on first touch, so we do too.
const isMissingCollection = (e: unknown) => /-502005|COLLECTION_NOT_EXIST|collection not exist|Table not exist/i.test(errorText(e));

export class CloudBaseStore implements Store, RawStore {
  private readonly cmd: CloudBaseCommand;
  private readonly prefix: string;

  constructor(
    private readonly db: CloudBaseDb,
    options: CloudBaseStoreOptions = {},
  ) {
    this.cmd = db.command;
    this.prefix = options.collectionPrefix ?? '';
  }

  async get<T extends BaseDoc>(collection: string, id: string): Promise<T | null> {
    return this.readOr(null, () => this.docGet<T>(this.coll(collection).doc(id)));
  }

  async find<T extends BaseDoc>(collection: string, filter?: RawFilter, options?: RawFindOptions): Promise<T[]> {
    const limit = Math.min(options?.limit ?? MAX_PAGE, MAX_PAGE);
    const skip = options?.skip ?? 0;
    if (!Number.isInteger(limit) || limit < 0 || !Number.isInteger(skip) || skip < 0) throw new Error('limit and skip must be non-negative integers');
    let query = this.coll(collection).where(this.where(filter));
    for (const [field, dir] of options?.orderBy ?? []) {
      if (field !== '_id') assertFieldPath(field);
      query = query.orderBy(field, dir);
    }
    // Ties are broken by _id ascending, as in the SQLite adapter, so that paging never repeats or skips documents.
    if (!options?.orderBy?.some(([field]) => field === '_id')) query = query.orderBy('_id', 'asc');
    return this.readOr([], async () => {
      const out: T[] = [];
      // Always pass a limit: without one the server returns only 100 documents.
      while (out.length < limit) {
        const want = Math.min(limit - out.length, SERVER_PAGE);
        const offset = skip + out.length;
        const page = (await settle<{ data: T[] }>((offset ? query.skip(offset) : query).limit(want).get())).data;
        out.push(...page);
        if (page.length < want) break;
      }
      return out;
    });
  }

  async count(collection: string, filter?: RawFilter): Promise<number> {
    const where = this.where(filter);
    return this.readOr(0, async () => (await settle<{ total: number }>(this.coll(collection).where(where).count())).total);
  }

  async insert<T extends BaseDoc>(collection: string, doc: T): Promise<void> {
    await this.write(collection, async () => {
      try {
        await settle(this.coll(collection).add({ data: plain(doc) }));
      } catch (err) {
        throw isDuplicate(err) ? new DuplicateKeyError(collection, doc._id) : err;
      }
    });
  }

  /** Outside a transaction an insert is one request already. */
  async create<T extends BaseDoc>(collection: string, doc: T): Promise<void> {
    return this.insert(collection, doc);
  }

  async put<T extends BaseDoc>(collection: string, doc: T): Promise<void> {
    const { _id, ...rest } = doc;
    // set() refuses empty data; replacing with a bare document takes a remove and an add, atomically.
    if (Object.keys(rest).length === 0) return this.transaction((tx) => tx.put(collection, doc));
    await this.write(collection, () => settle(this.coll(collection).doc(_id).set({ data: rest })));
  }

  async update(collection: string, id: string, update: RawUpdate): Promise<boolean> {
    const data = this.updateData(update);
    const doc = () => this.coll(collection).doc(id);
    const changed = data ? await this.readOr(0, async () => updated(await settle<Stats>(doc().update({ data })))) : 0;
    // CloudBase counts documents changed, so a no-op update of an existing document reports 0.
    return changed > 0 || (await this.get(collection, id)) !== null;
  }

  async updateWhere(collection: string, filter: RawFilter, update: RawUpdate): Promise<number> {
    const where = this.where(filter);
    const data = this.updateData(update);
    if (!data) return this.count(collection, filter);
    // One server-side update: each matching document is re-checked and changed atomically, so no read-then-write race.
    return this.readOr(0, async () => updated(await settle<Stats>(this.coll(collection).where(where).update({ data }))));
  }

  /** Concurrent requests, UPDATE_EACH_PARALLEL in flight at once: CloudBase has no batch of differing updates. */
  async updateEach(collection: string, items: ReadonlyArray<{ filter: RawFilter; update: RawUpdate }>): Promise<number[]> {
    const counts: number[] = new Array<number>(items.length);
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < items.length; i = next++) counts[i] = await this.updateWhere(collection, items[i]!.filter, items[i]!.update);
    };
    await Promise.all(Array.from({ length: Math.min(UPDATE_EACH_PARALLEL, items.length) }, worker));
    return counts;
  }

  async remove(collection: string, id: string): Promise<boolean> {
    return this.readOr(false, async () => removed(await settle<Stats>(this.coll(collection).doc(id).remove())) > 0);
  }

  async removeWhere(collection: string, filter: RawFilter): Promise<number> {
    const where = this.where(filter);
    return this.readOr(0, async () => removed(await settle<Stats>(this.coll(collection).where(where).remove())));
  }

  async transaction<R>(fn: (tx: RawTxOps) => Promise<R>): Promise<R> {
    for (let attempt = 1; ; attempt++) {
      let missing: string | undefined;
      const doomed: { error?: DuplicateKeyError } = {};
      try {
        // runTransaction commits when fn resolves; when it throws, it rolls back and rethrows fn's own error.
        return (await this.db.runTransaction((t) => fn(this.txOps(t, (c) => (missing = c), doomed)))) as R;
      } catch (err) {
        // A create that met a taken id aborted the transaction, whatever the caller did with its error after.
        if (doomed.error) throw doomed.error;
        if (attempt >= TX_ATTEMPTS) throw err;
        if (missing !== undefined && isMissingCollection(err) && this.db.createCollection) {
          await this.db.createCollection(this.name(missing)).catch(() => undefined);
          continue;
        }
        // The SDK's own retry never sees a conflict met inside fn (the code is lost on the way), so retry here.
        if (!isConflict(err)) throw err;
        await sleep(Math.random() * Math.min(1000, 10 * 2 ** attempt));
      }
    }
  }

  /** The SDK holds no connection of ours to release. */
  async close(): Promise<void> {}

  private txOps(t: CloudBaseTransaction, onMissingCollection: (collection: string) => void, doomed: { error?: DuplicateKeyError }): RawTxOps {
    const doc = (c: string, id: string) => t.collection(this.name(c)).doc(id);
    const guard = async <R>(c: string, op: () => Promise<R>): Promise<R> => {
      try {
        return await op();
      } catch (err) {
        if (isMissingCollection(err)) onMissingCollection(c);
        throw err;
      }
    };
    return {
      get: <T extends BaseDoc>(c: string, id: string) => guard(c, () => this.docGet<T>(doc(c, id))),
      insert: (c, d) =>
        guard(c, async () => {
          // Check first: as in MongoDB, a failed write aborts the whole CloudBase transaction, whereas the port lets
          // a caller catch DuplicateKeyError and carry on. A racing insert then shows as a conflict, and is retried.
          if ((await this.docGet(doc(c, d._id))) !== null) throw new DuplicateKeyError(c, d._id);
          try {
            await settle(t.collection(this.name(c)).add({ data: plain(d) }));
          } catch (err) {
            throw isDuplicate(err) ? new DuplicateKeyError(c, d._id) : err;
          }
        }),
      // One request, no check: a taken id fails the add, which aborts the transaction, as the port promises.
      create: (c, d) =>
        guard(c, async () => {
          try {
            await settle(t.collection(this.name(c)).add({ data: plain(d) }));
          } catch (err) {
            if (!isDuplicate(err)) throw err;
            throw (doomed.error ??= new DuplicateKeyError(c, d._id));
          }
        }),
      put: (c, d) =>
        guard(c, async () => {
          const { _id, ...rest } = d;
          if (Object.keys(rest).length > 0) return void (await settle(doc(c, _id).set({ data: rest })));
          await settle(doc(c, _id).remove());
          await settle(t.collection(this.name(c)).add({ data: { _id } }));
        }),
      update: (c, id, u) =>
        guard(c, async () => {
          const data = this.updateData(u);
          if (data && updated(await settle<Stats>(doc(c, id).update({ data }))) > 0) return true;
          return (await this.docGet(doc(c, id))) !== null;
        }),
      remove: (c, id) => guard(c, async () => removed(await settle<Stats>(doc(c, id).remove())) > 0),
    };
  }

  private name(collection: string): string {
    if (!COLLECTION_NAME.test(collection)) throw new Error(`invalid collection name: ${collection}`);
    return this.prefix + collection;
  }

  private coll(collection: string): CloudBaseCollection {
    return this.db.collection(this.name(collection));
  }

  private async docGet<T>(doc: CloudBaseDocument): Promise<T | null> {
    try {
      return (await settle<{ data: T | null }>(doc.get())).data ?? null;
    } catch (err) {
      if (isMissingDoc(err)) return null;
      throw err;
    }
  }

  /** Reads (and writes that cannot create anything) find nothing in a collection that does not exist yet. */
  private async readOr<R>(empty: R, op: () => Promise<R>): Promise<R> {
    try {
      return await op();
    } catch (err) {
      if (isMissingCollection(err)) return empty;
      throw err;
    }
  }

  private async write<R>(collection: string, op: () => Promise<R>): Promise<R> {
    try {
      return await op();
    } catch (err) {
      if (!isMissingCollection(err) || !this.db.createCollection) throw err;
      // A concurrent writer may have created it first: ignore that failure and retry once.
      await this.db.createCollection(this.name(collection)).catch(() => undefined);
      return op();
    }
  }

  /** RawFilter to a CloudBase where(): dotted keys as they are, each field's operators AND-ed with command.and. */
  private where(filter: RawFilter | undefined): Data {
    const query: Data = {};
    for (const [field, cond] of Object.entries(filter ?? {})) {
      if (cond === undefined) continue;
      if (field !== '_id') assertFieldPath(field);
      if (!isOps(cond)) {
        // Plain equality; null also matches a missing field, as the port promises.
        query[field] = cond;
        continue;
      }
      const commands = Object.entries(cond)
        .filter(([, v]) => v !== undefined)
        .map(([op, v]) => this.command(op, v));
      if (commands.length > 0) query[field] = commands.length === 1 ? commands[0] : this.cmd.and(...commands);
    }
    return query;
  }

  private command(op: string, v: unknown): unknown {
    const c = this.cmd;
    if (op === '$has') {
      // Equality on an array field matches when an element equals the value (MongoDB semantics). For null the
      // field must also exist, or a missing field would match too.
      return v === null ? c.and(c.exists(true), c.eq(null)) : c.eq(v);
    }
    // Inequality on an array field matches when no element equals the value, and a missing field (MongoDB $ne);
    // membership of an array field in a list matches when any element is in it (MongoDB $in). Null is refused:
    // MongoDB reads a missing field as null there, where the port would not.
    if (op === '$hasNot' || op === '$hasAny') {
      const values = op === '$hasNot' ? [v] : (v as unknown[]);
      if (values.includes(null)) throw new Error(`${op} with null is not supported on CloudBase`);
      return op === '$hasNot' ? c.neq(v) : c.in([...values]);
    }
    const simple: Record<string, (x: never) => unknown> = { $eq: c.eq, $ne: c.neq, $in: c.in, $nin: c.nin, $gt: c.gt, $gte: c.gte, $lt: c.lt, $lte: c.lte, $exists: c.exists };
    const make = simple[op];
    if (!make) throw new Error(`unsupported operator ${op}`);
    return make.call(c, v as never);
  }

  /** RawUpdate to update() data, or null when there is nothing to change (the SDK refuses empty data). */
  private updateData(update: RawUpdate): Data | null {
    const data: Data = {};
    const add = (path: string, value: unknown) => {
      if (path === '_id') throw new Error('_id cannot be updated');
      assertFieldPath(path);
      if (path in data) throw new Error(`field ${path} is updated twice`);
      data[path] = value;
    };
    for (const [path, value] of Object.entries(update.set ?? {})) {
      // Plain objects go through command.set: CloudBase would merge them key by key (and drop an empty one),
      // where the port replaces the field. An undefined value removes the field, as JSON storage does in SQLite.
      add(path, value === undefined ? this.cmd.remove() : isPlainObject(value) ? this.cmd.set(value) : value);
    }
    for (const [path, by] of Object.entries(update.inc ?? {})) add(path, this.cmd.inc(by));
    for (const path of update.unset ?? []) add(path, this.cmd.remove());
    for (const [path, values] of Object.entries(update.push ?? {})) add(path, this.cmd.push([...values]));
    for (const [path, value] of Object.entries(update.pull ?? {})) add(path, this.cmd.pull(value));
    return Object.keys(data).length > 0 ? data : null;
  }
}
