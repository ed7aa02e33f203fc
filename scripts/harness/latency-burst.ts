import { activityFunction } from '../../cloudfunctions/core/activity/activity.function';
import { ACTIVITIES } from '../../cloudfunctions/core/activity/activity.repository';
import { parseAppConfig } from '../../cloudfunctions/core/kernel/config';
import type { Deps } from '../../cloudfunctions/core/kernel/context';
import type { FunctionDef } from '../../cloudfunctions/core/kernel/function-def';
import { runAction } from '../../cloudfunctions/core/kernel/run-action';
import type { UserDoc } from '../../cloudfunctions/core/kernel/users';
import { DEMO_UNITS } from '../../cloudfunctions/core/seed/demo-org';
import { DEMO_USERS } from '../../cloudfunctions/core/seed/demo-users';
import { CloudBaseStore } from '../../cloudfunctions/core/store/cloudbase/cloudbase-store';
import { COLLECTIONS } from '../../cloudfunctions/core/store/collections';
import type { Store } from '../../cloudfunctions/core/store/port';
import type { FunctionResult } from '../../types/errors';
import { activityInput } from './activity-input';
import { CountingStore } from './counting-store';
import { FakeCloudBaseDb } from './fake-cloudbase-db';
import { ManualClock } from './manual-clock';
import { stubPlatform } from './stub-platform';
import { TEST_NOW } from './test-now';

/**
 * Many people sign up for one activity at once, on CloudBase as the latency model has it (fake-cloudbase-db.ts):
 * `instances` function instances, each serving one request at a time, take signup requests from one queue in
 * order and run each through runAction with the CloudBase adapter. The order in which instances took the requests
 * is their arrival. Shared by bench/latency-burst.ts and test/integration/latency-burst.test.ts.
 */
export interface BurstOptions {
  requests: number;
  seats: number;
  waitingLimit: number;
  instances: number;
  latencyMs: number;
}

export const DEFAULT_BURST: BurstOptions = { requests: 2000, seats: 100, waitingLimit: 100, instances: 100, latencyMs: 5 };

/** A way of signing up: the function whose `signup` action the requests run, and how it keeps an activity. */
export interface BurstDesign {
  label: string;
  fn: FunctionDef;
  /** Writes one activity open for signup (as the officer `demo-secretary`); returns its id. */
  open(deps: Deps, seats: number, waitingLimit: number): Promise<string>;
  /** Who holds a seat and who waits, in order, as the design stores it. */
  seats(store: Store, activityId: string): Promise<{ confirmed: string[]; waiting: string[] }>;
}

export interface BurstRun {
  settledMs: number;
  /**
   * CPU time the process spent during the burst. Every instance and the database run on this one thread here, where
   * on CloudBase each instance has its own: when it nears settledMs, the machine, not the model, set the pace.
   */
  cpuMs: number;
  confirmed: number;
  waiting: number;
  full: number;
  errors: number;
  /** A few of the errors, as the caller saw them. */
  errorSamples: string[];
  stored: { confirmed: string[]; waiting: string[] };
  /** Seats held beyond the capacity (stored or answered): must be 0. */
  oversold: number;
  /** Arrival order: the seats went to the first arrivals, and the waiting list holds the next ones in arrival order. */
  fifo: { seatsToFirstArrivals: boolean; waitingAreNextArrivals: boolean; waitingInversions: number };
  conflicts: number;
  retries: number;
  lockWaits: number;
  requests: number;
  transactions: number;
  /** The store as it stands after the burst (no latency), for further checks. */
  store: Store;
  deps: Deps;
  activityId: string;
  members: string[];
}

/** The design in use: activity.signup on the hot-path pattern. */
export const HOT_PATH_DESIGN: BurstDesign = {
  label: 'hot path (one conditional update, then a short transaction)',
  fn: activityFunction,
  async open(deps, seats, waitingLimit) {
    const res = await runAction(activityFunction, { action: 'create', data: activityInput(deps, { capacity: seats, waitlistLimit: waitingLimit }) }, 'demo-secretary', deps);
    if (!res.ok) throw new Error(`activity.create: ${res.error.message}`);
    return (res.data as { id: string }).id;
  },
  async seats(store, activityId) {
    const a = (await store.get(ACTIVITIES, activityId))!;
    return { confirmed: a.seats.holders, waiting: a.seats.waiting };
  },
};

const pathOf = (id: string) => DEMO_UNITS.find((u) => u.id === id)!.path;

/** Party members of 西园第一网格 as a grant writes them (with their units' paths). */
function member(i: number): UserDoc {
  const id = `burst-${String(i).padStart(4, '0')}`;
  return {
    _id: id,
    name: `党员${i}`,
    roles: [{ role: 'resident' }, { role: 'party_member', unitId: 'gd-xiyuan-1', unitPath: pathOf('gd-xiyuan-1') }],
    communityId: 'cm-xiyuan',
    homePath: pathOf('cm-xiyuan'),
    createdAt: TEST_NOW,
    updatedAt: TEST_NOW,
  };
}

/** A fresh CloudBase stand-in holding the org tree, the officer and the members (written with no latency). */
async function seeded(requests: number): Promise<{ db: FakeCloudBaseDb; deps: Deps; counting: CountingStore; members: string[] }> {
  const db = new FakeCloudBaseDb({ collections: Object.keys(COLLECTIONS) });
  const counting = new CountingStore(new CloudBaseStore(db));
  const store = counting as unknown as Store;
  for (const unit of DEMO_UNITS) await store.put('units', unit);
  const { label: _label, ...officer } = DEMO_USERS.find((u) => u._id === 'demo-secretary')!;
  await store.put('users', { ...officer, createdAt: TEST_NOW, updatedAt: TEST_NOW });
  const members: string[] = [];
  for (let i = 1; i <= requests; i++) {
    const user = member(i);
    await store.put('users', user);
    members.push(user._id);
  }
  const deps: Deps = { store, clock: new ManualClock(TEST_NOW), config: parseAppConfig({ secret: 's'.repeat(40) }), platform: stubPlatform() };
  return { db, deps, counting, members };
}

const kind = (r: FunctionResult<unknown>) => {
  if (!r.ok) return r.error.code === 'FULL' ? 'full' : 'error';
  return (r.data as { signup: { status: string } }).signup.status === 'confirmed' ? 'confirmed' : 'waiting';
};

/** One burst: every request answered, then the stored seats compared with the answers and the arrival order. */
export async function runBurst(design: BurstDesign, options: BurstOptions = DEFAULT_BURST): Promise<BurstRun> {
  const { db, deps, counting, members } = await seeded(options.requests);
  const activityId = await design.open(deps, options.seats, options.waitingLimit);
  db.setLatency(options.latencyMs);
  db.resetStats();
  counting.reset();

  const answers: Array<FunctionResult<unknown>> = [];
  let next = 0;
  // An instance that fails a request logs it, as CloudBase would; the errors are counted here instead.
  const logged = console.error;
  console.error = () => undefined;
  const started = performance.now();
  const cpu = process.cpuUsage();
  try {
    const instance = async () => {
      for (let i = next++; i < members.length; i = next++) answers[i] = await runAction(design.fn, { action: 'signup', data: { id: activityId } }, members[i], deps);
    };
    await Promise.all(Array.from({ length: options.instances }, instance));
  } finally {
    console.error = logged;
  }
  const settledMs = Math.round(performance.now() - started);
  const used = process.cpuUsage(cpu);
  db.setLatency(0);

  const count = (k: string) => answers.filter((a) => kind(a) === k).length;
  const stored = await design.seats(deps.store, activityId);
  const arrival = (openid: string) => members.indexOf(openid);
  const waitingArrivals = stored.waiting.map(arrival);
  const confirmed = count('confirmed');
  return {
    settledMs,
    cpuMs: Math.round((used.user + used.system) / 1000),
    confirmed,
    waiting: count('waiting'),
    full: count('full'),
    errors: count('error'),
    errorSamples: [...new Set(answers.flatMap((a) => (!a.ok && a.error.code !== 'FULL' ? [`${a.error.code} ${a.error.message}`] : [])))].slice(0, 3),
    stored,
    oversold: Math.max(0, stored.confirmed.length - options.seats, confirmed - options.seats),
    fifo: {
      seatsToFirstArrivals: stored.confirmed.map(arrival).every((i) => i < options.seats) && stored.confirmed.length === Math.min(options.seats, members.length),
      waitingAreNextArrivals: waitingArrivals.every((i, k) => i === options.seats + k),
      waitingInversions: waitingArrivals.filter((i, k) => k > 0 && i < waitingArrivals[k - 1]!).length,
    },
    conflicts: db.stats.conflicts,
    retries: counting.counts.retries,
    lockWaits: db.stats.lockWaits,
    requests: db.stats.requests,
    transactions: db.stats.transactions.begun,
    store: deps.store,
    deps,
    activityId,
    members,
  };
}
