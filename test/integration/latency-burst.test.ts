import type { Pool } from '../../cloudfunctions/core/hot/places';
import { activityFunction } from '../../cloudfunctions/core/activity/activity.function';
import { SWEEP_GRACE_MS } from '../../cloudfunctions/core/activity/sweep.service';
import { runTimer } from '../../cloudfunctions/core/kernel/run-action';
import { HOT_PATH_DESIGN, runBurst, type BurstRun } from '../../scripts/harness/latency-burst';
import type { ManualClock } from '../../scripts/harness/manual-clock';
import { expectPoolInvariants } from '../contract/hot-contract';

/**
 * A smaller latency-model race (bench/latency-burst.ts runs the full one): 200 members sign up at once for 10 seats
 * and a waiting list of 20, on the CloudBase stand-in at 2 ms a request, through 20 function instances. Nobody gets an
 * error, the seats and the waiting list go by arrival, the records match the seats once the sweeper has run, and
 * everyone is told once. Arrival order holds exactly here because every request takes the same number of equal
 * round trips to its conditional update; on CloudBase, where latency varies, it holds in the order the updates
 * reach the database (bench/CLOUDBASE-MODEL.md).
 */
const SEATS = 10;
const WAITING = 20;
let run: BurstRun;

beforeAll(async () => {
  run = await runBurst(HOT_PATH_DESIGN, { requests: 200, seats: SEATS, waitingLimit: WAITING, instances: 20, latencyMs: 2 });
}, 20_000);

it('answers everyone with a seat, a waiting place or FULL, never an error, and never gives a seat twice', () => {
  expect({ errors: run.errors, samples: run.errorSamples }).toEqual({ errors: 0, samples: [] });
  expect([run.confirmed, run.waiting, run.full]).toEqual([SEATS, WAITING, 200 - SEATS - WAITING]);
  expect(run.oversold).toBe(0);
  expect(run.stored.confirmed).toHaveLength(SEATS);
  expect(run.stored.waiting).toHaveLength(WAITING);
});

it('gives the seats to the first arrivals and keeps the waiting list in arrival order, with no conflict', () => {
  expect(run.fifo).toEqual({ seatsToFirstArrivals: true, waitingAreNextArrivals: true, waitingInversions: 0 });
  expect(run.stored.waiting).toEqual(run.members.slice(SEATS, SEATS + WAITING));
  // Nothing holds the activity in a transaction, so nothing conflicts and nothing is retried.
  expect([run.conflicts, run.retries, run.lockWaits]).toEqual([0, 0, 0]);
});

it('keeps the pool invariants, and the records match the seats after the sweeper has run', async () => {
  const a = (await run.store.get('activities', run.activityId))!;
  expectPoolInvariants(a.seats as Pool, SEATS, WAITING);
  (run.deps.clock as ManualClock).advance(SWEEP_GRACE_MS);
  const swept = await runTimer(activityFunction, 'sweep', run.deps);
  expect(swept).toMatchObject({ ok: true, data: { completed: 0, released: 0 } });
  const records = await run.store.find('signups', { activityId: run.activityId }, { limit: 1000 });
  const holding = (status: string) => records.filter((s) => s.status === status).map((s) => s.openid).sort();
  expect(holding('confirmed')).toEqual([...run.stored.confirmed].sort());
  expect(holding('waitlisted')).toEqual([...run.stored.waiting].sort());
  expect(records).toHaveLength(SEATS + WAITING);
});

it('tells each member with a seat or a waiting place once, and nobody else', async () => {
  const told = await run.store.find('outbox', { channel: 'inbox', kind: { $in: ['signup_confirmed', 'signup_waitlisted'] } }, { limit: 1000 });
  const byKind = (kind: string) => told.filter((m) => m.kind === kind).map((m) => m.recipient).sort();
  expect(byKind('signup_confirmed')).toEqual([...run.stored.confirmed].sort());
  expect(byKind('signup_waitlisted')).toEqual([...run.stored.waiting].sort());
});
