import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { NO_TEMPLATES, type NotifyConfig } from '../../cloudfunctions/core/platform/notify-config';
import { localPlatform, type LocalPlatform } from '../../cloudfunctions/core/platform/local-platform';
import { seedDemo } from '../../cloudfunctions/core/seed/apply-seed';
import { seedDemoNotifications } from '../../cloudfunctions/core/seed/demo-notifications';
import { seedDemoRequests } from '../../cloudfunctions/core/seed/demo-requests';
import { SqliteStore } from '../../cloudfunctions/core/store/sqlite/sqlite-store';

export interface OpenedData {
  store: SqliteStore;
  secret: string;
  seeded: boolean;
  /** Local stand-ins for WeChat's services (subscribe messages logged to a JSON-lines file in dataDir, …). */
  platform: LocalPlatform;
}

export interface OpenOptions {
  /**
   * Seed the demo residents' requests too (npm start: every role's pages show something). Tests leave them out and
   * make their own, so that their counts and numbers start from nothing.
   */
  demoRequests?: boolean;
}

/** Opens (creating and seeding on first use) the SQLite file, the dev-token secret and the uploads folder in dataDir. */
export async function openData(dataDir: string, now: number, notify: NotifyConfig = NO_TEMPLATES, options: OpenOptions = {}): Promise<OpenedData> {
  mkdirSync(dataDir, { recursive: true });
  const store = new SqliteStore(join(dataDir, 'hub.sqlite'));
  // Seeded means the seed finished, not that the file exists: a start interrupted mid-seed seeds again
  // (every seed step is idempotent).
  const fresh = !(await store.get('meta', 'seed'));
  const secretFile = join(dataDir, 'dev-secret');
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString('hex'), { mode: 0o600 });
  const secret = readFileSync(secretFile, 'utf8').trim();
  const platform = localPlatform(dataDir, secret);
  if (fresh) {
    await seedDemo(store, now);
    if (options.demoRequests) await seedDemoRequests(store, now);
    await seedDemoNotifications({ store, clock: { now: () => now }, notify, sender: platform.subscribe });
    await store.put('meta', { _id: 'seed', seededAt: now });
  }
  return { store, secret, seeded: fresh, platform };
}
