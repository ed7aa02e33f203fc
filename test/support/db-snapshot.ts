import Database from 'better-sqlite3';
import { join } from 'node:path';

/** Every document in the test host's SQLite file, read through a second connection: proves "writes nothing". */
export function snapshotData(dataDir: string): Record<string, Array<{ id: string; doc: string }>> {
  const db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'c_%' ORDER BY name").all() as Array<{ name: string }>;
    return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT id, doc FROM "${name}" ORDER BY id`).all() as Array<{ id: string; doc: string }>]));
  } finally {
    db.close();
  }
}

/**
 * The same, with each person's rate windows (kernel/rate-limit.ts) left out: a call that succeeds without changing
 * anything is still counted against its caller's window, and that count is all it writes.
 */
export function snapshotWithoutRateWindows(dataDir: string): Record<string, Array<{ id: string; doc: string }>> {
  const snapshot = snapshotData(dataDir);
  snapshot.c_users = (snapshot.c_users ?? []).map(({ id, doc }) => {
    const { rate: _rate, ...rest } = JSON.parse(doc) as Record<string, unknown>;
    return { id, doc: JSON.stringify(rest) };
  });
  return snapshot;
}
