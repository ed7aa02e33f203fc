// `npx tsx bench/calendar.ts`: the cost of 10,000 due-time computations with the working-time calendar, as the
// grid loop will run them for every request and over many requests at each escalation pass. Starts are spread over
// 2026 and the unpublished 2027, with our default office hours (lunch break included). Not part of bench/run.ts.
import { addWallClockHours } from '../cloudfunctions/core/calendar/wall-clock';
import { WorkingCalendar } from '../cloudfunctions/core/calendar/working-calendar';
import { fromShanghai } from '../types/time';
import { DEFAULT_OFFICE_HOURS } from '../types/working-hours';
import { seededRandom } from '../scripts/harness/synthetic-grid-map';

const COUNT = 10_000;
const HOUR = 3_600_000;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Five passes over the 10,000 starts after a warm-up; the median pass is reported (the machine is shared). */
function timeBatch(label: string, run: (start: number, i: number) => unknown, starts: readonly number[]): Record<string, number | string> {
  for (let i = 0; i < 3000; i++) run(starts[i % starts.length]!, i % starts.length); // warm up
  const passes: number[] = [];
  for (let pass = 0; pass < 5; pass++) {
    let returned = 0;
    const t = process.hrtime.bigint();
    for (let i = 0; i < starts.length; i++) if (run(starts[i]!, i)) returned++;
    passes.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (returned !== starts.length) throw new Error(`${label}: a computation returned nothing`);
  }
  passes.sort((a, b) => a - b);
  const median = passes[2]!;
  return { computation: label, median_ms_for_10000: round(median), per_computation_us: round((median * 1000) / starts.length) };
}

export function benchCalendar(): Record<string, number | string>[] {
  const random = seededRandom(7);
  const from = fromShanghai('2026-01-01 00:00');
  const to = fromShanghai('2027-12-31 00:00');
  const starts = Array.from({ length: COUNT }, () => from + Math.floor(random() * (to - from)));
  const pauses = starts.map((s) => [{ from: s + 3 * HOUR, to: s + 3 * HOUR + Math.floor(random() * 72 * HOUR) }]);
  const calendar = new WorkingCalendar(DEFAULT_OFFICE_HOURS);
  return [
    timeBatch('accept within 2 working hours', (s) => calendar.addWorkingHours(s, 2), starts),
    timeBatch('normal: 5 working days', (s) => calendar.addWorkingDays(s, 5), starts),
    timeBatch('complex: 15 working days', (s) => calendar.addWorkingDays(s, 15), starts),
    timeBatch('complex: 15 working days, one pause', (s, i) => calendar.addWorkingDays(s, 15, { paused: pauses[i] }), starts),
    timeBatch('urgent: 24 wall-clock hours, one pause', (s, i) => addWallClockHours(s, 24, { paused: pauses[i] }), starts),
    timeBatch('escalation: working time elapsed over 10 days, one pause', (s, i) => calendar.workingTimeBetween(s, s + 240 * HOUR, { paused: pauses[i] }), starts),
    timeBatch('a new calendar per request, then 2 working hours', (s) => new WorkingCalendar(DEFAULT_OFFICE_HOURS).addWorkingHours(s, 2), starts),
  ];
}

if (require.main === module) {
  console.table(benchCalendar());
}
