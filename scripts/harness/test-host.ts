import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ManualClock } from './manual-clock';
import type { SqliteStore } from '../../cloudfunctions/core/store/sqlite/sqlite-store';
import { parseAppConfig, type AppConfig } from '../../cloudfunctions/core/kernel/config';
import type { SubscribeSender } from '../../cloudfunctions/core/platform/subscribe-sender';
import type { LogSubscribeSender } from '../../cloudfunctions/core/platform/log-subscribe-sender';
import { FUNCTIONS } from '../../cloudfunctions/core/functions';
import { runTimer } from '../../cloudfunctions/core/kernel/run-action';
import type { ActionName, FunctionName, InputOf, OutputOf } from '../../types/api';
import type { ErrorBody, FunctionResult } from '../../types/errors';
import type { DispatchReport } from '../../types/functions/notify';
import { createHostApp } from '../host/app';
import { loadNotifyConfig } from '../host/notify-config';
import { openData } from '../host/open-data';
import { recordingStoreFromEnv } from './query-recorder';
import { TEST_NOW } from './test-now';

/**
 * A function's answer as the host sends it: a `FunctionResult`, with the side that is absent readable as
 * `undefined`, so that a test can write `res.data?.x` or `res.error?.code` without narrowing first.
 */
export type CallResult<T> = (Extract<FunctionResult<T>, { ok: true }> & { error?: undefined }) | (Extract<FunctionResult<T>, { ok: false }> & { data?: undefined });

export interface TestHostOptions {
  /** Serve the H5 build (`H5_DIST`, default dist/h5) at `/`, for journeys and browser benchmarks. */
  staticDir?: boolean;
  /** Listens on this port (a DevTools journey's build was made for it); a free one when absent. */
  port?: number;
  /** Wraps the local subscribe sender, e.g. to script WeChat's failures. */
  wrapSender?: (log: SubscribeSender) => SubscribeSender;
}

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
  /** Runs any timer-triggered action as its trigger does, with no caller; throws with its error. */
  timer<F extends FunctionName, A extends ActionName<F>>(fn: F, action: A): Promise<OutputOf<F, A>>;
  /** Dev login; returns the bearer token (cached per openid). */
  login(openid: string): Promise<string>;
  /** Calls an action as `openid` over HTTP, typed by the shared contract (types/api.ts), as `src/api/client.ts` is. */
  call<F extends FunctionName, A extends ActionName<F>>(openid: string, fn: F, action: A, data: InputOf<F, A>): Promise<CallResult<OutputOf<F, A>>>;
  /** The same call with nothing checked at compile time: for bad input sent on purpose, or names read from a table. */
  callRaw(openid: string, fn: string, action: string, data?: unknown): Promise<CallResult<unknown>>;
  /** Calls an action and returns its data, or throws with the function's error: for setup steps that must succeed. */
  callOk<F extends FunctionName, A extends ActionName<F>>(openid: string, fn: F, action: A, data: InputOf<F, A>): Promise<OutputOf<F, A>>;
  close(): Promise<void>;
}

/** The repository root, whatever the caller's working directory. */
export const REPO_ROOT = resolve(__dirname, '../..');

/** The real host app on a temporary SQLite file, seeded with the demo data, on a free port. */
export async function startTestHost(options: TestHostOptions = {}): Promise<TestHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-test-'));
  const clock = new ManualClock(TEST_NOW);
  // The repo's template file, whatever the environment says, so that tests see the same templates everywhere.
  const notify = loadNotifyConfig({});
  const { store, secret, platform: local } = await openData(dataDir, clock.now(), notify);
  const subscribeLog = local.subscribe;
  const config = parseAppConfig({ secret, notify });
  const subscribeSender = options.wrapSender ? options.wrapSender(subscribeLog) : subscribeLog;
  const staticDir = options.staticDir ? { staticDir: resolve(REPO_ROOT, process.env.H5_DIST ?? 'dist/h5') } : {};
  // The functions' store records the shape of their queries when the test run collects them (index coverage);
  // `store` itself stays the test's own, unrecorded.
  const fnStore = recordingStoreFromEnv(store);
  const app = createHostApp({ store: fnStore, clock, config, platform: { ...local, subscribe: subscribeSender }, secret, ...staticDir });
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const tokens = new Map<string, string>();
  const timer = (async (fn: FunctionName, action: string) => {
    const res = await runTimer(FUNCTIONS[fn], action, { store: fnStore, clock, config, platform: { ...local, subscribe: subscribeSender } });
    if (!res.ok) throw new Error(res.error.message);
    return res.data;
  }) as TestHost['timer'];

  const login = async (openid: string) => {
    const cached = tokens.get(openid);
    if (cached) return cached;
    const res = await fetch(`${url}/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ openid }) });
    const { token } = (await res.json()) as { token: string };
    tokens.set(openid, token);
    return token;
  };

  const callRaw = async (openid: string, fn: string, action: string, data: unknown = {}): Promise<CallResult<unknown>> => {
    const token = await login(openid);
    const res = await fetch(`${url}/fn/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ action, data }),
    });
    return (await res.json()) as CallResult<unknown>;
  };

  // The host checks every answer against the contract's output schema before sending it, so the cast only names it.
  const call = ((openid: string, fn: string, action: string, data: unknown) => callRaw(openid, fn, action, data)) as TestHost['call'];

  return {
    url,
    store,
    clock,
    config,
    dataDir,
    subscribeLog,
    async dispatch() {
      return (await timer('notify', 'dispatch')) as DispatchReport;
    },
    timer,
    login,
    call,
    callRaw,
    callOk: (async (openid: string, fn: string, action: string, data: unknown) => {
      const res = await callRaw(openid, fn, action, data);
      if (!res.ok) throw new Error(`${fn}.${action} as ${openid} failed: ${describeError(res.error)}`);
      return res.data;
    }) as TestHost['callOk'],
    async close() {
      await app.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const describeError = (error: ErrorBody) => `${error.code} ${error.message}${error.fields ? ` ${JSON.stringify(error.fields)}` : ''}`;
