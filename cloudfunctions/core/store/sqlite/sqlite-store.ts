import Database from 'better-sqlite3';
import { applyUpdate } from '../apply-update';
import { indexesOf } from '../collections';
import { DuplicateKeyError, MAX_PAGE, type BaseDoc, type RawFilter, type RawFindOptions, type Store, type RawStore, type RawTxOps, type RawUpdate } from '../port';
import { orderSql, whereSql } from './sql-filter';

const COLLECTION_NAME = /^[a-z][a-z0-9_]{0,40}$/;

/**
 * SQLite adapter: one table per collection holding JSON documents. better-sqlite3 is synchronous, so every
 * operation is atomic by itself; an async transaction holds a gate so that no other caller's operation
 * runs inside it while it awaits.
 */
export class SqliteStore implements Store, RawStore {
  private readonly db: Database.Database;
  private readonly ready = new Set<string>();
  private readonly statements = new Map<string, Database.Statement>();
  /** The point read of each collection, by collection name: the hottest statement, found without building its SQL. */
  private readonly pointReads = new Map<string, Database.Statement>();
  private active: Promise<void> | null = null;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    // Every write of a document updates each of its collection's indexes (17 for requests): with SQLite's default
    // 2 MB page cache a large store reads their pages back from the file on every write. 64 MB keeps the hot ones.
    this.db.pragma('cache_size = -65536');
  }

  /**
   * The operations of one transaction. A `create` that meets a taken id dooms it, as a failed write aborts a
   * CloudBase transaction: even if the caller catches the error, the transaction then rolls back with it.
   */
  private txOps(doomed: { error: unknown }): RawTxOps {
    return {
      get: async <T extends BaseDoc>(c: string, id: string) => this.getSync<T>(c, id),
      insert: async <T extends BaseDoc>(c: string, doc: T) => this.insertSync(c, doc),
      create: async <T extends BaseDoc>(c: string, doc: T) => {
        try {
          this.insertSync(c, doc);
        } catch (err) {
          doomed.error ??= err;
          throw err;
        }
      },
      put: async <T extends BaseDoc>(c: string, doc: T) => this.putSync(c, doc),
      update: async (c, id, u) => this.updateSync(c, { _id: id }, u) > 0,
      remove: async (c, id) => this.removeSync(c, { _id: id }) > 0,
    };
  }

  /**
   * The point read runs at once when no transaction is open, as `gated` would run it, without its extra promise
   * turns (every call reads the caller's record and the catalog's version stamps this way).
   */
  get<T extends BaseDoc>(collection: string, id: string): Promise<T | null> {
    if (this.active) return this.gated(() => this.getSync<T>(collection, id));
    try {
      return Promise.resolve(this.getSync<T>(collection, id));
    } catch (err) {
      return Promise.reject(err);
    }
  }

  async find<T extends BaseDoc>(collection: string, filter?: RawFilter, options?: RawFindOptions): Promise<T[]> {
    return this.gated(() => this.findSync<T>(collection, filter, options));
  }

  private findSync<T extends BaseDoc>(collection: string, filter?: RawFilter, options?: RawFindOptions): T[] {
    const table = this.table(collection);
    const where = whereSql(filter);
    const limit = Math.min(options?.limit ?? MAX_PAGE, MAX_PAGE);
    const sql = `SELECT id, doc FROM ${table} ${where.sql} ${orderSql(options)} LIMIT ? OFFSET ?`;
    const rows = this.stmt(sql).all(...where.params, limit, options?.skip ?? 0) as Array<{ id: string; doc: string }>;
    return rows.map((r) => ({ ...JSON.parse(r.doc), _id: r.id }) as T);
  }

  async count(collection: string, filter?: RawFilter): Promise<number> {
    return this.gated(() => {
      const where = whereSql(filter);
      const row = this.stmt(`SELECT count(*) AS n FROM ${this.table(collection)} ${where.sql}`).get(...where.params) as { n: number };
      return row.n;
    });
  }

  async insert<T extends BaseDoc>(collection: string, doc: T): Promise<void> {
    return this.gated(() => this.insertSync(collection, doc));
  }

  async create<T extends BaseDoc>(collection: string, doc: T): Promise<void> {
    return this.insert(collection, doc);
  }

  async put<T extends BaseDoc>(collection: string, doc: T): Promise<void> {
    return this.gated(() => this.putSync(collection, doc));
  }

  async update(collection: string, id: string, update: RawUpdate): Promise<boolean> {
    return this.gated(() => this.updateSync(collection, { _id: id }, update) > 0);
  }

  async updateWhere(collection: string, filter: RawFilter, update: RawUpdate): Promise<number> {
    return this.gated(() => this.updateSync(collection, filter, update));
  }

  /** One transaction for them all: each update is still its own conditional write, but they share one commit. */
  async updateEach(collection: string, items: ReadonlyArray<{ filter: RawFilter; update: RawUpdate }>): Promise<number[]> {
    if (items.length === 0) return [];
    // Outside any transaction (gated waits for an open one): each updateSync runs inside this one, sharing its commit.
    return this.gated(() => this.db.transaction(() => items.map((i) => this.updateSync(collection, i.filter, i.update))).immediate());
  }

  async remove(collection: string, id: string): Promise<boolean> {
    return this.gated(() => this.removeSync(collection, { _id: id }) > 0);
  }

  async removeWhere(collection: string, filter: RawFilter): Promise<number> {
    return this.gated(() => this.removeSync(collection, filter));
  }

  async transaction<R>(fn: (tx: RawTxOps) => Promise<R>): Promise<R> {
    // Wait and claim with no await in between (see gated).
    while (this.active) await this.active;
    let release!: () => void;
    this.active = new Promise<void>((resolve) => (release = resolve));
    try {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const doomed: { error: unknown } = { error: undefined };
        const result = await fn(this.txOps(doomed));
        if (doomed.error !== undefined) throw doomed.error;
        this.db.exec('COMMIT');
        return result;
      } catch (err) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        // A table first touched inside the transaction was created in it, and the rollback dropped it again.
        this.ready.clear();
        this.statements.clear();
        this.pointReads.clear();
        throw err;
      }
    } finally {
      this.active = null;
      release();
    }
  }

  async close(): Promise<void> {
    return this.gated(() => {
      this.db.close();
    });
  }

  /**
   * Runs op once no other caller's transaction is open. The last check and op run in one synchronous step: with
   * an `await` in between, a transaction could open in the gap, and op then ran inside it (its write was lost if
   * that transaction rolled back) or, for a second transaction, failed on BEGIN.
   */
  private async gated<R>(op: () => R): Promise<R> {
    while (this.active) await this.active;
    return op();
  }

  /**
   * Prepared statements by SQL text: preparing costs more than running a point read, and the SQL shapes are
   * few (one per filter shape in the code), so they are kept; the cap only guards against a runaway.
   */
  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= 1000) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private table(collection: string): string {
    if (!COLLECTION_NAME.test(collection)) throw new Error(`invalid collection name: ${collection}`);
    const table = `"c_${collection}"`;
    if (!this.ready.has(collection)) {
      this.db.exec(`CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID`);
      for (const keys of indexesOf(collection)) {
        const name = keys.map((k) => `${k.direction < 0 ? 'd_' : ''}${k.field.replace(/\./g, '_')}`).join('__');
        const columns = keys.map((k) => `json_extract(doc, '$.${k.field}')${k.direction < 0 ? ' DESC' : ''}`).join(', ');
        this.db.exec(`CREATE INDEX IF NOT EXISTS "i_${collection}_${name}" ON ${table} (${columns})`);
      }
      this.ready.add(collection);
    }
    return table;
  }

  private getSync<T extends BaseDoc>(collection: string, id: string): T | null {
    let read = this.pointReads.get(collection);
    if (!read) {
      // Its own statement (not the shared one of stmt()), since pluck changes what it returns.
      read = this.db.prepare(`SELECT doc FROM ${this.table(collection)} WHERE id = ?`).pluck();
      this.pointReads.set(collection, read);
    }
    const json = read.get(id) as string | undefined;
    if (json === undefined) return null;
    // The parsed document is new: set its id in place rather than copying it (stored docs hold no _id).
    const doc = JSON.parse(json) as T;
    doc._id = id;
    return doc;
  }

  private insertSync<T extends BaseDoc>(collection: string, doc: T): void {
    const { _id, ...rest } = doc;
    const info = this.stmt(`INSERT INTO ${this.table(collection)} (id, doc) VALUES (?, ?) ON CONFLICT(id) DO NOTHING`).run(_id, JSON.stringify(rest));
    if (info.changes === 0) throw new DuplicateKeyError(collection, _id);
  }

  private putSync<T extends BaseDoc>(collection: string, doc: T): void {
    const { _id, ...rest } = doc;
    this.stmt(`INSERT INTO ${this.table(collection)} (id, doc) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc`).run(_id, JSON.stringify(rest));
  }

  private updateSync(collection: string, filter: RawFilter, update: RawUpdate): number {
    const table = this.table(collection);
    const where = whereSql(filter);
    const write = this.stmt(`UPDATE ${table} SET doc = ? WHERE id = ?`);
    const run = () => {
      const rows = this.stmt(`SELECT id, doc FROM ${table} ${where.sql}`).all(...where.params) as Array<{ id: string; doc: string }>;
      for (const row of rows) {
        const doc = JSON.parse(row.doc) as Record<string, unknown>;
        applyUpdate(doc, update);
        delete doc._id;
        write.run(JSON.stringify(doc), row.id);
      }
      return rows.length;
    };
    // Inside a transaction already (updateEach's, or a caller's): no savepoint of its own, as a throw aborts them all.
    return this.db.inTransaction ? run() : this.db.transaction(run).immediate();
  }

  private removeSync(collection: string, filter: RawFilter): number {
    const where = whereSql(filter);
    return this.stmt(`DELETE FROM ${this.table(collection)} ${where.sql}`).run(...where.params).changes;
  }
}
