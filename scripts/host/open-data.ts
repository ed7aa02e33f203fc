import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { seedDemo } from '../../cloudfunctions/core/seed/apply-seed';
import { SqliteStore } from '../../cloudfunctions/core/store/sqlite/sqlite-store';

export interface OpenedData {
  store: SqliteStore;
  secret: string;
  seeded: boolean;
}

/** Opens (creating and seeding on first use) the SQLite file and the dev-token secret in dataDir. */
export async function openData(dataDir: string, now: number): Promise<OpenedData> {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'hub.sqlite');
  const fresh = !existsSync(file);
  const store = new SqliteStore(file);
  if (fresh) await seedDemo(store, now);
  const secretFile = join(dataDir, 'dev-secret');
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString('hex'), { mode: 0o600 });
  return { store, secret: readFileSync(secretFile, 'utf8').trim(), seeded: fresh };
}
