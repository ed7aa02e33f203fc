import { runAction } from '../cloudfunctions/core/kernel/run-action';
import { cloudBaseRequests, CountingStore, describeCalls, storeCalls, type RoundTrips } from '../scripts/harness/counting-store';
import { label, measureAll, type Measured } from '../scripts/harness/round-trips/scenario';
import { ROUND_TRIP_SCENARIOS } from '../scripts/harness/round-trips/table';
import { seededWorlds, type Worlds } from '../scripts/harness/round-trips/world';
import { LEGACY_DESIGN } from './legacy-signup';

/**
 * Round trips per action (`npx tsx bench/round-trips.ts`, or in `npm run bench`): every scenario of every registered
 * action on its own copy of the seeded store, through runAction with the counting store. The budgets (store calls)
 * are what test/budget/round-trips.test.ts holds; the targets of issue 11 are shown as ratios.
 */
const TARGETS: Array<{ scenario: string; what: string; max: number }> = [
  { scenario: 'catalog.list · notModified', what: 'a catalog read the device has (list, notModified)', max: 2 },
  { scenario: 'catalog.get · warm instance', what: 'a catalog read (get, warm instance)', max: 2 },
  { scenario: 'activity.signup · seat', what: 'an activity signup that takes a seat', max: 6 },
];

const mark = (ok: boolean) => (ok ? '✓' : '✗');

function row(m: Measured): string {
  const t = m.trips;
  const calls = storeCalls(t);
  const fault = m.problem ? ` (wrong outcome: ${m.problem})` : '';
  return `| ${label(m)} | ${calls} | ${m.budget} ${mark(calls <= m.budget && !m.problem)}${fault} | ${t.readsOutside} / ${t.readsInside} | ${t.writesOutside} / ${t.writesInside} | ${t.transactions} | ${cloudBaseRequests(t)} | ${t.sequential} | ${m.note ?? ''} |`;
}

/** The signup before issue 11 (bench/legacy-signup.ts), taking a seat on the same seeded store, counted the same way. */
async function legacySeat(worlds: Worlds): Promise<RoundTrips> {
  const world = await worlds.open();
  try {
    const id = await LEGACY_DESIGN.open(world.deps, 30, 10);
    const counting = new CountingStore(world.store);
    const res = await runAction(LEGACY_DESIGN.fn, { action: 'signup', data: { id } }, 'demo-party-member', { ...world.deps, store: counting });
    if (!res.ok) throw new Error(`the signup before issue 11 failed: ${res.error.message}`);
    return counting.counts;
  } finally {
    await world.close();
  }
}

export async function benchRoundTrips(): Promise<string[]> {
  const worlds = await seededWorlds();
  try {
    const measured = await measureAll(worlds, ROUND_TRIP_SCENARIOS);
    const byLabel = new Map(measured.map((m) => [label(m), m]));
    const lines = [
      'Store calls per action on the seeded store, the figure the budgets hold (test/budget/round-trips.test.ts). Beside them: reads and writes outside / inside transactions, transactions, the requests CloudBase would see (each call, plus a begin and a commit per transaction), and how many calls the caller waits for one after another (calls made side by side count once).',
      '',
      '| action · path | store calls | budget | reads out / in tx | writes out / in tx | transactions | CloudBase requests | sequential | what the calls are for |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...measured.map(row),
      '',
      'Targets (issue 11):',
      '',
    ];
    for (const target of TARGETS) {
      const m = byLabel.get(target.scenario)!;
      const calls = storeCalls(m.trips);
      lines.push(`- ${target.what}: ${calls} store calls (${m.trips.sequential} one after another), target ≤ ${target.max}, ratio ${(calls / target.max).toFixed(2)} ${mark(calls <= target.max)}`);
    }
    const before = await legacySeat(worlds);
    const seat = byLabel.get('activity.signup · seat')!.trips;
    lines.push(`- the same signup before issue 11 (bench/legacy-signup.ts): ${storeCalls(before)} store calls, ${cloudBaseRequests(before)} CloudBase requests (now ${storeCalls(seat)} and ${cloudBaseRequests(seat)}: ratio ${(storeCalls(seat) / storeCalls(before)).toFixed(2)})`);
    const over = measured.filter((m) => storeCalls(m.trips) > m.budget || m.problem);
    lines.push(`- every action within its budget: ${over.length === 0 ? '✓' : `✗ ${over.map((m) => `${label(m)}: ${describeCalls(m.calls)}`).join('; ')}`}`);
    return lines;
  } finally {
    await worlds.close();
  }
}

if (require.main === module) void benchRoundTrips().then((lines) => console.log(lines.join('\n')));
