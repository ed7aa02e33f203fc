import { runCrashBurst } from '../../scripts/harness/crash-burst';

/**
 * SIGKILL in the middle of a burst of signups, cancellations and check-ins, on the real host process; then the
 * sweeps, a restart, and the invariants (scripts/harness/crash-burst.ts). Small here; `npm run bench` runs it big.
 */
describe('the host killed mid-burst', () => {
  it('keeps seats = confirmed records, checked-in ⊆ confirmed, every acknowledged write, and each message once', async () => {
    const report = await runCrashBurst({ members: 36, capacity: 12, waitlist: 8, killAfter: 8, inFlight: 6 });
    expect(report.violations).toEqual([]);
    // The kill really cut the burst: some requests never got an answer.
    expect(report.unanswered).toBeGreaterThan(0);
    expect(report.acknowledged.signups).toBeGreaterThanOrEqual(20);
    expect(report.seats.holders).toBeLessThanOrEqual(12);
    expect(report.seats.present).toBeGreaterThan(0);
  }, 120_000);
});
