import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../cloudfunctions/core/store/sqlite/sqlite-store';

/** A SQLite store in a directory of its own (so the -wal and -shm files go with it), and how to remove it. */
export async function tempSqliteStore(prefix: string): Promise<{ store: SqliteStore; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const store = new SqliteStore(join(dir, 'store.db'));
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
