// `npx tsx bench/legal-aid.ts`: a volunteer's free slots over a 14-day horizon (the computation, and the `slots`
// action through the host), and 200 residents booking one slot at the same moment (exactly one must win).
import { AvailabilitySchema } from '../types/legal-aid';
import { dayPlans, freeSlots, horizonOf, ticksOf, startsOf, type DayLoad } from '../cloudfunctions/core/legal-aid/slots';
import { addResidents, addVolunteer, WEEKDAY_HOURS } from '../scripts/harness/legal-input';
import { startTestHost } from '../scripts/harness/test-host';
import { TEST_NOW } from '../scripts/harness/test-now';

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Every weekday morning and afternoon, 20-minute slots: a busy volunteer's week, half of each day already booked. */
export async function benchLegalSlots(): Promise<Record<string, number | string>> {
  const av = AvailabilitySchema.parse({ ...WEEKDAY_HOURS, slotMinutes: 20, bufferMinutes: 5, dailyCap: 20 });
  const { first, last, earliest } = horizonOf(av, TEST_NOW);
  const loads = new Map<string, DayLoad>();
  for (const p of dayPlans(av, first, last).days) {
    const starts = startsOf(p, av).filter((_, i) => i % 2 === 0);
    loads.set(p.date, { ticks: Object.fromEntries(starts.flatMap((s) => ticksOf(s, av).map((t) => [t, `bk_${s}`]))), active: starts.length });
  }
  const compute = () => dayPlans(av, first, last).days.map((p) => freeSlots(p, av, loads.get(p.date) ?? { ticks: {}, active: 0 }, earliest));
  let offered = 0;
  for (let i = 0; i < 500; i++) offered = compute().reduce((n, d) => n + d.slots.length, 0); // warm up
  const passes: number[] = [];
  for (let pass = 0; pass < 5; pass++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < 2000; i++) compute();
    passes.push(Number(process.hrtime.bigint() - t) / 1e6 / 2000);
  }

  const host = await startTestHost();
  try {
    const lawyer = await addVolunteer(host, 'bench-slots', { hours: av });
    const [resident] = await addResidents(host, 'bench-slots-r', 1);
    await host.login(resident!);
    const latencies: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      await host.callOk(resident!, 'legal-aid', 'slots', { lawyerId: lawyer });
      latencies.push(performance.now() - t);
    }
    return {
      horizonDays: av.horizonDays,
      freeSlotsOffered: offered,
      computeMedianMs: round(median(passes), 3),
      slotsActionMedianMs: round(median(latencies)),
      slotsActionP95Ms: round([...latencies].sort((a, b) => a - b)[Math.floor(latencies.length * 0.95)]!),
      target: 'compute < 1 ms, action < 50 ms',
    };
  } finally {
    await host.close();
  }
}

/** 200 residents book the same slot at once, over HTTP through the real host on SQLite. */
export async function benchLegalBookingBurst(residents = 200): Promise<Record<string, number | string>> {
  const host = await startTestHost();
  try {
    const lawyer = await addVolunteer(host, 'bench-burst', {});
    const ids = await addResidents(host, 'bench-burst-r', residents);
    await Promise.all(ids.map((id) => host.login(id)));
    const { days } = await host.callOk(ids[0]!, 'legal-aid', 'slots', { lawyerId: lawyer });
    const startAt = days[0]!.slots[0]!.startAt;
    const started = performance.now();
    const results = await Promise.all(
      ids.map((id, i) => host.call(id, 'legal-aid', 'book', { lawyerId: lawyer, startAt, specialty: 'family', service: 'advice', mode: 'in_person', description: '想咨询子女抚养费的问题，对方一直拖欠。', consent: true, idempotencyKey: `bench-burst-${i}` })),
    );
    const settledMs = Math.round(performance.now() - started);
    const won = results.filter((r) => r.ok).length;
    const taken = results.filter((r) => r.error?.code === 'CONFLICT').length;
    const stored = (await host.store.find('legal_bookings', { volunteerId: lawyer })).length;
    return { residents, settledMs, target: 'exactly one wins', won, refusedAsTaken: taken, otherErrors: residents - won - taken, storedBookings: stored, exactlyOne: won === 1 && stored === 1 ? 'yes' : 'NO' };
  } finally {
    await host.close();
  }
}

if (require.main === module) {
  void (async () => {
    console.log(await benchLegalSlots());
    console.log(await benchLegalBookingBurst());
  })();
}
