import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/**
 * A digest of every document in the test host's SQLite file, through a second, read-only connection kept open: cheap
 * enough to take around each of hundreds of calls, to prove that a refused call wrote nothing.
 */
export class StoreDigest {
  private readonly db: Database.Database;

  constructor(dataDir: string) {
    this.db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true });
  }

  take(): string {
    const hash = createHash('sha1');
    const tables = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'c_%' ORDER BY name").all() as Array<{ name: string }>;
    for (const { name } of tables) {
      hash.update(`\u0001${name}`);
      for (const row of this.db.prepare(`SELECT id, doc FROM "${name}" ORDER BY id`).iterate() as Iterable<{ id: string; doc: string }>) hash.update(`\u0002${row.id}\u0003${row.doc}`);
    }
    return hash.digest('hex');
  }

  close(): void {
    this.db.close();
  }
}
