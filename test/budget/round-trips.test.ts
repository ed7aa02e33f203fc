import { FUNCTIONS } from '../../cloudfunctions/core/functions';
import { describeCalls, storeCalls } from '../../scripts/harness/counting-store';
import { label, measure, scenariosOf } from '../../scripts/harness/round-trips/scenario';
import { ROUND_TRIP_SCENARIOS } from '../../scripts/harness/round-trips/table';
import { seededWorlds } from '../../scripts/harness/round-trips/world';
import { useForAll } from '../support/lifecycle';

/**
 * Round trips per action: every scenario of every registered action, run through runAction on a freshly seeded store
 * with the counting store, makes at most its budget of store calls, and ends the way it is meant to (a budget met by
 * failing early proves nothing). A change that adds a call to an action fails here; lower the budget when one goes.
 */
const worlds = useForAll('the seeded store', () => seededWorlds(), (w) => w.close());
const scenarios = scenariosOf(ROUND_TRIP_SCENARIOS);

it('has a scenario for every action of every registered function', () => {
  const covered = new Set(scenarios.map((s) => `${s.fn}.${s.action}`));
  const registered = Object.values(FUNCTIONS).flatMap((fn) => Object.keys(fn.contract).map((action) => `${fn.name}.${action}`));
  expect(registered.filter((a) => !covered.has(a))).toEqual([]);
});

it.each(scenarios.map((s) => [label(s), s] as const))('%s stays within its budget', async (_name, s) => {
  const m = await measure(worlds, s.fn, s.action, s.variant, s.scenario);
  expect(m.problem).toBeNull();
  const calls = storeCalls(m.trips);
  // Over budget, the failure lists the calls in order: where the new one came from.
  expect(calls <= m.budget ? 'within budget' : `${calls} store calls, budget ${m.budget}: ${describeCalls(m.calls)}`).toBe('within budget');
});

it('holds the targets: a catalog list the device has is two calls, a signup that takes a seat at most six', async () => {
  const byLabel = new Map(scenarios.map((s) => [label(s), s]));
  const calls = async (name: string) => {
    const s = byLabel.get(name)!;
    return storeCalls((await measure(worlds, s.fn, s.action, s.variant, s.scenario)).trips);
  };
  expect(await calls('catalog.list · notModified')).toBeLessThanOrEqual(2);
  expect(await calls('activity.signup · seat')).toBeLessThanOrEqual(6);
});
