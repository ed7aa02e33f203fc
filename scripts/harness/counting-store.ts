import { UPDATE_EACH_PARALLEL, type BaseDoc, type RawFilter, type RawFindOptions, type RawStore, type RawTxOps, type RawUpdate, type Store } from '../../cloudfunctions/core/store/port';

/**
 * Round trips per action: a store that passes every call to the store it wraps and counts it, reads and writes
 * apart, inside and outside transactions. Each call of the port is one request to the database in both adapters
 * (but for the few compound calls the CloudBase adapter makes: see bench/CLOUDBASE-MODEL.md); on CloudBase a
 * transaction costs two more, its begin and its commit (wx-server-sdk's runTransaction is startTransaction, the
 * operations, commitTransaction), which `cloudBaseRequests` adds.
 */
export type StoreOp = 'get' | 'find' | 'count' | 'insert' | 'create' | 'put' | 'update' | 'updateWhere' | 'remove' | 'removeWhere';
const READS: ReadonlySet<StoreOp> = new Set(['get', 'find', 'count']);

export interface RoundTrips {
  readsOutside: number;
  readsInside: number;
  writesOutside: number;
  writesInside: number;
  /** Transactions run, each attempt counted (the CloudBase adapter retries one that conflicts). */
  transactions: number;
  /** Attempts beyond the first: the adapter's retries after a conflict. */
  retries: number;
  /**
   * Calls that had to wait for the one before: a call made while another is still in flight (Promise.all) adds to
   * the calls but not to these. What the caller waits for, in round trips.
   */
  sequential: number;
}

/** One call as it was made, for telling where the round trips of an action go. */
export interface StoreCall {
  op: StoreOp;
  collection: string;
  /** The ordinal of the transaction the call ran in, or null outside any. */
  transaction: number | null;
}

export const noRoundTrips = (): RoundTrips => ({ readsOutside: 0, readsInside: 0, writesOutside: 0, writesInside: 0, transactions: 0, retries: 0, sequential: 0 });

/** Calls to the store port: what the round-trip budgets hold. */
export const storeCalls = (t: RoundTrips) => t.readsOutside + t.readsInside + t.writesOutside + t.writesInside;

/** Requests CloudBase would see for the same calls: each call, and a begin and a commit per transaction. */
export const cloudBaseRequests = (t: RoundTrips) => storeCalls(t) + 2 * t.transactions;

/** The calls in a short form, e.g. `get users, tx[put signups, create outbox]`. */
export function describeCalls(calls: readonly StoreCall[]): string {
  const groups: Array<{ tx: number | null; ops: string[] }> = [];
  for (const c of calls) {
    const last = groups[groups.length - 1];
    const text = `${c.op} ${c.collection}`;
    if (c.transaction !== null && last?.tx === c.transaction) last.ops.push(text);
    else groups.push({ tx: c.transaction, ops: [text] });
  }
  return groups.map((g) => (g.tx === null ? g.ops[0] : `tx[${g.ops.join(', ')}]`)).join(', ');
}

export class CountingStore implements Store, RawStore {
  private tally = noRoundTrips();
  private log: StoreCall[] = [];
  private inFlight = 0;
  private readonly inner: RawStore;

  constructor(inner: Store | RawStore) {
    // Every adapter implements both signatures (a typed call is one of the raw ones): count through the raw ones.
    this.inner = inner as RawStore;
  }

  /** The counts since the last reset. */
  get counts(): RoundTrips {
    return { ...this.tally };
  }

  get calls(): readonly StoreCall[] {
    return [...this.log];
  }

  reset(): void {
    this.tally = noRoundTrips();
    this.log = [];
  }

  /**
   * Counts `calls` calls (one, or each of an updateEach) and runs them, keeping track of how many are in flight;
   * side by side, they make `rounds` sequential round trips.
   */
  private async counted<R>(op: StoreOp, collection: string, transaction: number | null, call: () => Promise<R>, calls = 1, rounds = 1): Promise<R> {
    const read = READS.has(op);
    const inside = transaction !== null;
    for (let i = 0; i < calls; i++) {
      if (read && inside) this.tally.readsInside++;
      else if (read) this.tally.readsOutside++;
      else if (inside) this.tally.writesInside++;
      else this.tally.writesOutside++;
      this.log.push({ op, collection, transaction });
    }
    if (this.inFlight === 0) this.tally.sequential += rounds;
    this.inFlight++;
    try {
      return await call();
    } finally {
      this.inFlight--;
    }
  }

  get<T extends BaseDoc>(collection: string, id: string): Promise<T | null> {
    return this.counted('get', collection, null, () => this.inner.get<T>(collection, id));
  }
  find<T extends BaseDoc>(collection: string, filter?: RawFilter, options?: RawFindOptions): Promise<T[]> {
    return this.counted('find', collection, null, () => this.inner.find<T>(collection, filter, options));
  }
  count(collection: string, filter?: RawFilter): Promise<number> {
    return this.counted('count', collection, null, () => this.inner.count(collection, filter));
  }
  insert<T extends BaseDoc>(collection: string, doc: T): Promise<void> {
    return this.counted('insert', collection, null, () => this.inner.insert(collection, doc));
  }
  create<T extends BaseDoc>(collection: string, doc: T): Promise<void> {
    return this.counted('create', collection, null, () => this.inner.create(collection, doc));
  }
  put<T extends BaseDoc>(collection: string, doc: T): Promise<void> {
    return this.counted('put', collection, null, () => this.inner.put(collection, doc));
  }
  update(collection: string, id: string, update: RawUpdate): Promise<boolean> {
    return this.counted('update', collection, null, () => this.inner.update(collection, id, update));
  }
  updateWhere(collection: string, filter: RawFilter, update: RawUpdate): Promise<number> {
    return this.counted('updateWhere', collection, null, () => this.inner.updateWhere(collection, filter, update));
  }
  /** Each update is one request, sent UPDATE_EACH_PARALLEL at a time as the CloudBase adapter sends them. */
  async updateEach(collection: string, items: ReadonlyArray<{ filter: RawFilter; update: RawUpdate }>): Promise<number[]> {
    if (items.length === 0) return [];
    return this.counted('updateWhere', collection, null, () => this.inner.updateEach(collection, items), items.length, Math.ceil(items.length / UPDATE_EACH_PARALLEL));
  }
  remove(collection: string, id: string): Promise<boolean> {
    return this.counted('remove', collection, null, () => this.inner.remove(collection, id));
  }
  removeWhere(collection: string, filter: RawFilter): Promise<number> {
    return this.counted('removeWhere', collection, null, () => this.inner.removeWhere(collection, filter));
  }

  transaction<R>(fn: (tx: RawTxOps) => Promise<R>): Promise<R> {
    let attempts = 0;
    return this.inner.transaction((tx) => {
      if (attempts++ > 0) this.tally.retries++;
      return fn(this.countedTx(tx, ++this.tally.transactions));
    });
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private countedTx(tx: RawTxOps, n: number): RawTxOps {
    return {
      get: <T extends BaseDoc>(c: string, id: string) => this.counted('get', c, n, () => tx.get<T>(c, id)),
      insert: (c, doc) => this.counted('insert', c, n, () => tx.insert(c, doc)),
      create: (c, doc) => this.counted('create', c, n, () => tx.create(c, doc)),
      put: (c, doc) => this.counted('put', c, n, () => tx.put(c, doc)),
      update: (c, id, u) => this.counted('update', c, n, () => tx.update(c, id, u)),
      remove: (c, id) => this.counted('remove', c, n, () => tx.remove(c, id)),
    };
  }
}
