import { activityInput, addMembers } from '../scripts/harness/activity-input';
import { startTestHost } from '../scripts/harness/test-host';

/**
 * 2,000 members sign up for one 100-seat activity at the same moment, over HTTP through the real host on SQLite:
 * time until every request has settled, and the counts (seats never oversold, the waiting list capped).
 */
export async function benchSignupBurst(members = 2000, seats = 100): Promise<Record<string, number | string>> {
  const host = await startTestHost();
  try {
    const ids = await addMembers(host, 'burst', members);
    // Tokens first, so the burst measures signups and not logins.
    await Promise.all(ids.map((id) => host.login(id)));
    const { id: activityId } = await host.callOk('demo-secretary', 'activity', 'create', activityInput(host, { capacity: seats, waitlistLimit: 100 }));

    const started = performance.now();
    const results = await Promise.all(ids.map((id) => host.call(id, 'activity', 'signup', { id: activityId })));
    const settledMs = Math.round(performance.now() - started);

    const count = (pred: (r: (typeof results)[number]) => boolean) => results.filter(pred).length;
    const confirmed = count((r) => r.ok && r.data?.signup.status === 'confirmed');
    const waitlisted = count((r) => r.ok && r.data?.signup.status === 'waitlisted');
    const full = count((r) => !r.ok && r.error?.code === 'FULL');
    const other = results.length - confirmed - waitlisted - full;
    const stored = await host.call('demo-secretary', 'activity', 'get', { id: activityId });
    return {
      settledMs,
      target: '< 2000 ms',
      ratioToTarget: Math.round((settledMs / 2000) * 100) / 100,
      confirmed,
      waitlisted,
      full,
      otherErrors: other,
      storedConfirmedCount: stored.data?.confirmedCount ?? -1,
      oversold: confirmed > seats ? 'YES' : 'no',
    };
  } finally {
    await host.close();
  }
}

if (require.main === module) void benchSignupBurst().then((r) => console.log(r));
