import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DispatchDeps } from '../../cloudfunctions/core/notify/channels';
import { grantCredit } from '../../cloudfunctions/core/notify/credits';
import { enqueue, type NotificationInput } from '../../cloudfunctions/core/notify/outbox';
import { LogSubscribeSender, SUBSCRIBE_LOG } from '../../cloudfunctions/core/platform/log-subscribe-sender';
import { DEMO_UNITS } from '../../cloudfunctions/core/seed/demo-org';
import { DEMO_USERS } from '../../cloudfunctions/core/seed/demo-users';
import { ManualClock } from '../../scripts/harness/manual-clock';
import type { Store } from '../../cloudfunctions/core/store/port';
import { SqliteStore } from '../../cloudfunctions/core/store/sqlite/sqlite-store';
import { TEST_NOW as NOW } from '../../scripts/harness/test-now';
import { loadNotifyConfig } from '../../scripts/host/notify-config';
import { useForEach } from './lifecycle';
import { ScriptedSender } from './scripted-sender';


export interface NotifyHarness {
  store: Store;
  clock: ManualClock;
  /** The local sender's log: what "reached WeChat". */
  log: LogSubscribeSender;
  sender: ScriptedSender;
  deps: DispatchDeps;
  /** Enqueues in its own transaction, as a domain change would. */
  notify(n: Partial<NotificationInput> & { event: string }): Promise<void>;
  grant(openid: string, templateId: string, times?: number): Promise<void>;
  close(): Promise<void>;
}

/** The dispatcher's world for unit tests: a store with the demo org and users, a manual clock, a scripted sender. */
export async function notifyHarness(store: Store = new SqliteStore(':memory:')): Promise<NotifyHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'notify-unit-'));
  const clock = new ManualClock(NOW);
  const log = new LogSubscribeSender(join(dir, SUBSCRIBE_LOG));
  const sender = new ScriptedSender(log);
  const deps: DispatchDeps = { store, clock, notify: loadNotifyConfig({}), sender };
  for (const unit of DEMO_UNITS) await store.put('units', unit);
  for (const { label: _label, ...user } of DEMO_USERS) await store.put('users', { ...user, createdAt: NOW, updatedAt: NOW });
  return {
    store,
    clock,
    log,
    sender,
    deps,
    notify: (n) =>
      store.transaction((tx) => enqueue(tx, clock.now(), { recipient: 'demo-resident', kind: 'booking_confirmed', title: '预约成功', body: '陈律师将于周五上午为您解答', ...n })),
    async grant(openid, templateId, times = 1) {
      for (let i = 0; i < times; i++) await grantCredit(store, openid, templateId, clock.now());
    },
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh dispatcher world for each test of the file; returns a stand-in for the current one. */
export function useNotifyHarness(): NotifyHarness {
  return useForEach('the notify harness', () => notifyHarness(), (h) => h.close());
}
