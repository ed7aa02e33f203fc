import { runCrashBurst, type CrashBurstOptions } from '../scripts/harness/crash-burst';

/**
 * The crash test at full size: 600 members on 150 seats with a 60-place waiting list, the host SIGKILLed after
 * 200 answers of the second burst (cancellations, check-ins, late signups); figures and every invariant violation.
 */
export async function benchCrashBurst(options: CrashBurstOptions = { members: 600, capacity: 150, waitlist: 60, killAfter: 200, inFlight: 32 }): Promise<Record<string, number | string>> {
  const started = performance.now();
  const report = await runCrashBurst(options);
  return {
    members: options.members,
    totalMs: Math.round(performance.now() - started),
    acknowledgedSignups: report.acknowledged.signups,
    acknowledgedCancels: report.acknowledged.cancels,
    acknowledgedCheckIns: report.acknowledged.checkIns,
    unansweredWhenKilled: report.unanswered,
    repairedBySweep: report.repaired,
    seatsHeld: report.seats.holders,
    waiting: report.seats.waiting,
    present: report.seats.present,
    violations: report.violations.length ? report.violations.join('; ') : 'none',
  };
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 0);
  const options = n ? { members: n, capacity: Math.ceil(n / 3), waitlist: Math.ceil(n / 5), killAfter: Math.ceil(n / 4), inFlight: 8 } : undefined;
  benchCrashBurst(options).then(
    (figures) => console.log(figures),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
