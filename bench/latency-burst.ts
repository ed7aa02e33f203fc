import { cpus, loadavg } from 'node:os';
import { DEFAULT_BURST, HOT_PATH_DESIGN, runBurst, type BurstDesign, type BurstRun } from '../scripts/harness/latency-burst';
import { LEGACY_DESIGN } from './legacy-signup';

/**
 * 2,000 signups for 100 seats (waiting list 100) on CloudBase's latency model (bench/CLOUDBASE-MODEL.md): 5 ms a
 * request, 100 function instances taking requests from one queue. The design in use runs 20 times; the design before
 * issue 11 (bench/legacy-signup.ts) runs under the same model beside it, fewer times, since each run takes long.
 * `npx tsx bench/latency-burst.ts [runs] [runsBefore]`, or in `npm run bench`.
 */
const TARGET_MS = 3000;

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
};
const spread = (xs: number[]) => `${quantile(xs, 0.5)} / ${quantile(xs, 0.95)} / ${Math.max(...xs)}`;
const total = (runs: BurstRun[], f: (r: BurstRun) => number) => runs.reduce((n, r) => n + f(r), 0);
const all = (runs: BurstRun[], f: (r: BurstRun) => boolean) => `${runs.filter(f).length} of ${runs.length}`;

async function repeat(design: BurstDesign, runs: number): Promise<BurstRun[]> {
  const out: BurstRun[] = [];
  for (let i = 0; i < runs; i++) out.push(await runBurst(design, DEFAULT_BURST));
  return out;
}

function column(runs: BurstRun[]): string[] {
  const b = DEFAULT_BURST;
  return [
    `${runs.length}`,
    spread(runs.map((r) => r.settledMs)),
    spread(runs.map((r) => r.cpuMs)),
    `${total(runs, (r) => r.confirmed)} / ${total(runs, (r) => r.waiting)} / ${total(runs, (r) => r.full)} / ${total(runs, (r) => r.errors)}`,
    all(runs, (r) => r.errors === 0),
    all(runs, (r) => r.stored.confirmed.length === b.seats && r.confirmed === b.seats),
    `${Math.max(...runs.map((r) => r.oversold))}`,
    all(runs, (r) => r.fifo.seatsToFirstArrivals && r.fifo.waitingAreNextArrivals),
    `${Math.max(...runs.map((r) => r.fifo.waitingInversions))}`,
    all(runs, (r) => r.settledMs < TARGET_MS),
    `${total(runs, (r) => r.conflicts)} (${spread(runs.map((r) => r.conflicts))})`,
    `${total(runs, (r) => r.retries)} (${spread(runs.map((r) => r.retries))})`,
    `${total(runs, (r) => r.lockWaits)}`,
    `${Math.round(total(runs, (r) => r.requests) / runs.length)}`,
    `${Math.round(total(runs, (r) => r.transactions) / runs.length)}`,
  ];
}

const ROWS = [
  'runs',
  'settled, ms (median / p95 / max)',
  'CPU of the one process, ms (median / p95 / max)',
  'answers in all runs: seat / waiting place / FULL / error',
  'runs with no error',
  'runs with exactly 100 confirmed',
  'seats beyond capacity (worst run)',
  'runs where the seats went to the first 100 arrivals and the waiting list holds the next 100 in arrival order',
  'waiting-list places out of arrival order (worst run)',
  `runs settled in < ${TARGET_MS} ms`,
  'write conflicts in all runs (median / p95 / max per run)',
  "the CloudBase adapter's transaction retries (median / p95 / max per run)",
  'writes that waited for a transaction lock',
  'requests to the database per run',
  'transactions begun per run',
];

export async function benchLatencyBurst(runs = 20, runsBefore = 3): Promise<string[]> {
  const load = loadavg()[0]!.toFixed(1);
  const now = column(await repeat(HOT_PATH_DESIGN, runs));
  const before = column(await repeat(LEGACY_DESIGN, runsBefore));
  const b = DEFAULT_BURST;
  return [
    `${b.requests} members sign up for one activity of ${b.seats} seats and a waiting list of ${b.waitingLimit}, on the CloudBase stand-in with the latency model (${b.latencyMs} ms a request, a transaction locking what it writes: bench/CLOUDBASE-MODEL.md), by ${b.instances} function instances taking the requests from one queue; each is activity.signup through runAction and the CloudBase adapter. Arrival is the order in which instances took the requests. Target: every request answered with a seat, a waiting place or FULL, none with an error; exactly ${b.seats} confirmed; the waiting list in arrival order; no seat beyond capacity; all settled in < ${TARGET_MS} ms. Machine load when it ran: ${load} (1-minute average, ${cpus().length} cores).`,
    '',
    `| | now: ${HOT_PATH_DESIGN.label} | ${LEGACY_DESIGN.label} |`,
    '| --- | --- | --- |',
    ...ROWS.map((name, i) => `| ${name} | ${now[i]} | ${before[i]} |`),
    '',
    'Every instance and the database share one Node.js thread here; on CloudBase each instance has its own CPU. When the CPU time nears the settled time, the machine (shared with other work) set the pace, not the model.',
  ];
}

if (require.main === module) {
  const [runs, runsBefore] = process.argv.slice(2).map(Number);
  void benchLatencyBurst(runs || undefined, runsBefore || undefined).then((lines) => console.log(lines.join('\n')));
}
