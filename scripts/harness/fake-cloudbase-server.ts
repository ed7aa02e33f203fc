import { Query } from 'mingo';
import { conflictError, sdkError, type Data, type Doc, type FakeSdkError } from './fake-cloudbase-wire';

/**
 * The server side of the CloudBase stand-in (fake-cloudbase-db.ts is the SDK's side): the collections, transactions
 * with snapshot reads and document locks, and the latency model. See bench/CLOUDBASE-MODEL.md for what it assumes.
 */
export interface FakeCloudBaseOptions {
  /** Collections that exist from the start. */
  collections?: string[];
  /** How long one request takes, there and back (default 0: each request is one turn of the event loop). */
  latencyMs?: number;
  /** A transaction not committed this long after it began is rolled back (default 10 s). */
  transactionLimitMs?: number;
}

export interface FakeCloudBaseStats {
  /** Requests sent to the server, transactions' begin, operations, commit and rollback included. */
  requests: number;
  /** Writes in a transaction refused with the conflict error. */
  conflicts: number;
  /** Writes outside a transaction that waited for a transaction's lock, and how long they waited in all. */
  lockWaits: number;
  lockWaitMs: number;
  transactions: { begun: number; committed: number; rolledBack: number; expired: number };
}

export const noStats = (): FakeCloudBaseStats => ({ requests: 0, conflicts: 0, lockWaits: 0, lockWaitMs: 0, transactions: { begun: 0, committed: 0, rolledBack: 0, expired: 0 } });

export interface Tx {
  startSeq: number;
  startedAt: number;
  writes: Map<string, { coll: string; id: string; doc: Doc | null }>;
  state: 'open' | 'aborted' | 'finished';
  finished: Promise<void>;
  finish: () => void;
}

export interface QueryState {
  filter: Data;
  order: Record<string, 1 | -1>;
  skip?: number;
  limit?: number;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
export const keyOf = (coll: string, id: string) => `${coll}\u0000${id}`;

export class FakeCloudBaseServer {
  stats = noStats();
  readonly colls = new Map<string, Map<string, Doc>>();
  private readonly versions = new Map<string, number>();
  /** Earlier versions of documents changed while a transaction was open, for that transaction's snapshot. */
  private readonly history = new Map<string, Array<{ seq: number; doc: Doc | null }>>();
  private readonly open = new Set<Tx>();
  private readonly locks = new Map<string, Tx>();
  /** May be changed between phases, e.g. seeding with none, then measuring with some. */
  latencyMs: number;
  private readonly transactionLimitMs: number;
  private seq = 0;

  constructor(options: FakeCloudBaseOptions) {
    for (const name of options.collections ?? []) this.colls.set(name, new Map());
    this.latencyMs = options.latencyMs ?? 0;
    this.transactionLimitMs = options.transactionLimitMs ?? 10_000;
  }

  /**
   * One request: half the latency on the way, the server's work (synchronous, so atomic, unless it waits for a
   * lock), half on the way back, errors included. Without latency, one turn of the event loop on the way.
   */
  async request<R>(server: () => R | Promise<R>): Promise<R> {
    this.stats.requests++;
    await (this.latencyMs > 0 ? sleep(this.latencyMs / 2) : tick());
    try {
      return await server();
    } finally {
      if (this.latencyMs > 0) await sleep(this.latencyMs / 2);
    }
  }

  table(name: string): Map<string, Doc> {
    const table = this.colls.get(name);
    if (!table) throw missingCollection('database');
    return table;
  }

  /** Matching documents; a get() pages (100 by default, 1000 at most), count/update/remove see them all. */
  select(name: string, state: QueryState, all = false): Doc[] {
    // A filter naming one _id can only match that document: the others need not be looked at.
    const id = state.filter._id;
    const table = this.table(name);
    const candidates = typeof id === 'string' ? [table.get(id)].filter((d): d is Doc => d !== undefined) : [...table.values()];
    // new Query(...).find rather than mingo's find(), which builds its operator table twice over on every call.
    let cursor = new Query(state.filter).find<Doc>(candidates);
    if (all) return cursor.all();
    if (Object.keys(state.order).length > 0) cursor = cursor.sort(state.order);
    if (state.skip) cursor = cursor.skip(state.skip);
    return cursor.limit(Math.min(state.limit ?? 100, 1000)).all();
  }

  /**
   * Runs act on the documents targets picks once no open transaction holds any of them: a write outside a
   * transaction waits for the lock. The last check and act run in one synchronous step, so nothing slips in between.
   */
  async lockFree<T extends { _id: string }, R>(name: string, targets: () => T[], act: (picked: T[]) => R): Promise<R> {
    let waitedSince: number | null = null;
    for (;;) {
      const picked = targets();
      const holder = picked.map((d) => this.locks.get(keyOf(name, d._id))).find((tx) => tx !== undefined);
      if (!holder) {
        if (waitedSince !== null) (this.stats.lockWaits++, (this.stats.lockWaitMs += performance.now() - waitedSince));
        return act(picked);
      }
      waitedSince ??= performance.now();
      await holder.finished;
    }
  }

  /** Makes a change visible, keeping the version it replaces while a transaction may still read it. */
  commit(name: string, id: string, doc: Doc | null): void {
    const key = keyOf(name, id);
    if (this.open.size > 0) {
      const kept = this.history.get(key) ?? [];
      kept.push({ seq: this.versions.get(key) ?? 0, doc: this.table(name).get(id) ?? null });
      this.history.set(key, kept);
    }
    if (doc) this.table(name).set(id, doc);
    else this.table(name).delete(id);
    this.versions.set(key, ++this.seq);
  }

  begin(): Tx {
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const tx: Tx = { startSeq: this.seq, startedAt: performance.now(), writes: new Map(), state: 'open', finished, finish };
    this.open.add(tx);
    this.stats.transactions.begun++;
    return tx;
  }

  /** A document as the transaction sees it: its own write, else the version of its snapshot. */
  readInTx(tx: Tx, coll: string, id: string): Doc | null {
    if (!this.colls.has(coll)) throw missingCollection('document.get');
    const own = tx.writes.get(keyOf(coll, id));
    if (own) return own.doc;
    const key = keyOf(coll, id);
    if ((this.versions.get(key) ?? 0) <= tx.startSeq) return this.table(coll).get(id) ?? null;
    let found: { seq: number; doc: Doc | null } | undefined;
    for (const v of this.history.get(key) ?? []) if (v.seq <= tx.startSeq && (!found || v.seq > found.seq)) found = v;
    return found ? found.doc : null;
  }

  /**
   * A write in a transaction takes the document's lock; it conflicts at once when another transaction holds it or
   * the document changed since this one began (first writer wins).
   */
  writeInTx(tx: Tx, api: string, coll: string, id: string, doc: Doc | null): void {
    const key = keyOf(coll, id);
    const holder = this.locks.get(key);
    if ((holder && holder !== tx) || (this.versions.get(key) ?? 0) > tx.startSeq) {
      this.stats.conflicts++;
      throw conflictError(api);
    }
    this.locks.set(key, tx);
    tx.writes.set(key, { coll, id, doc });
  }

  /** The server rolls back a transaction that outlived its limit, releasing its locks. */
  expireIfLate(tx: Tx): void {
    if (tx.state !== 'open' || performance.now() - tx.startedAt <= this.transactionLimitMs) return;
    this.endTx(tx, 'aborted');
    this.stats.transactions.expired++;
  }

  commitTx(tx: Tx): void {
    for (const w of tx.writes.values()) this.commit(w.coll, w.id, w.doc);
    this.endTx(tx, 'finished');
    this.stats.transactions.committed++;
  }

  endTx(tx: Tx, state: 'aborted' | 'finished'): void {
    if (tx.state === 'finished') return;
    if (state === 'aborted' && tx.state === 'open') this.stats.transactions.rolledBack++;
    tx.state = state;
    for (const [key, holder] of this.locks) if (holder === tx) this.locks.delete(key);
    this.open.delete(tx);
    if (this.open.size === 0) this.history.clear();
    tx.finish();
  }
}

export function duplicate(name: string, id: string): FakeSdkError {
  return sdkError('collection.add', -502001, `[FailedOperation.Insert] bulk write error: [{E11000 duplicate key error collection: tnt-fake.${name} index: _id_ dup key: { _id: "${id}" }}]`);
}

export function missingCollection(api: string): FakeSdkError {
  return sdkError(api, -502005, '[ResourceNotFound] Db or Table not exist. Please check your request, but if the problem persists, contact us.');
}
