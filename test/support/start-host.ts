import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ManualClock } from '../../cloudfunctions/core/kernel/clock';
import type { SqliteStore } from '../../cloudfunctions/core/store/sqlite/sqlite-store';
import { parseAppConfig, type AppConfig } from '../../cloudfunctions/core/kernel/config';
import type { SubscribeSender } from '../../cloudfunctions/core/platform/subscribe-sender';
import type { LogSubscribeSender } from '../../cloudfunctions/core/platform/log-subscribe-sender';
import { FUNCTIONS } from '../../cloudfunctions/core/functions';
import { runTimer } from '../../cloudfunctions/core/kernel/run-action';
import type { DispatchReport } from '../../types/functions/notify';
import { createHostApp } from '../../scripts/host/app';
import { loadNotifyConfig } from '../../scripts/host/notify-config';
import { openData } from '../../scripts/host/open-data';

export interface TestHost {
  url: string;
  store: SqliteStore;
  clock: ManualClock;
  config: AppConfig;
  dataDir: string;
  /** What the local subscribe sender "sent" to WeChat (a JSON-lines log in dataDir). */
  subscribeLog: LogSubscribeSender;
  /** Runs the outbox dispatcher as its timer trigger does (tests drive time with `clock`). */
  dispatch(): Promise<DispatchReport>;
  /** Dev login; returns the bearer token. */
  login(openid: string): Promise<string>;
  /** Calls a function as `openid` and returns the parsed body. */
  call<T = unknown>(openid: string, fn: string, action: string, data?: unknown): Promise<{ ok: boolean; data?: T; error?: { code: string; message: string; fields?: Record<string, string> } }>;
  close(): Promise<void>;
}

/** 2026-11-25 10:00 in Shanghai: a Wednesday, so working-day rules are easy to reason about. */
export const TEST_NOW = Date.UTC(2026, 10, 25, 2, 0, 0);

/** The real host app on a temporary SQLite file, seeded with the demo data, on a free port. */
export async function startTestHost(options: { staticDir?: boolean; wrapSender?: (log: SubscribeSender) => SubscribeSender } = {}): Promise<TestHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-test-'));
  const clock = new ManualClock(TEST_NOW);
  // The repo's template file, whatever the environment says, so that tests see the same templates everywhere.
  const notify = loadNotifyConfig({});
  const { store, secret, subscribeSender: subscribeLog } = await openData(dataDir, clock.now(), notify);
  const config = parseAppConfig({ secret, notify });
  const subscribeSender = options.wrapSender ? options.wrapSender(subscribeLog) : subscribeLog;
  const app = createHostApp({ store, clock, config, platform: { subscribe: subscribeSender }, secret, ...(options.staticDir ? { staticDir: resolve(__dirname, '../..', process.env.H5_DIST ?? 'dist/h5') } : {}) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const tokens = new Map<string, string>();

  const login = async (openid: string) => {
    const cached = tokens.get(openid);
    if (cached) return cached;
    const res = await fetch(`${url}/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ openid }) });
    const { token } = (await res.json()) as { token: string };
    tokens.set(openid, token);
    return token;
  };

  return {
    url,
    store,
    clock,
    config,
    dataDir,
    subscribeLog,
    async dispatch() {
      const res = await runTimer(FUNCTIONS.notify!, 'dispatch', { store, clock, config, platform: { subscribe: subscribeSender } });
      if (!res.ok) throw new Error(res.error.message);
      return res.data as DispatchReport;
    },
    login,
    async call(openid, fn, action, data = {}) {
      const token = await login(openid);
      const res = await fetch(`${url}/fn/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ action, data }),
      });
      return res.json() as never;
    },
    async close() {
      await app.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
