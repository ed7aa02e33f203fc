import { stubPlatform } from '../../scripts/harness/stub-platform';
import { expectPoolInvariants } from '../contract/hot-contract';
import { cancel, signup } from '../../cloudfunctions/core/activity/signup.service';
import { createActivity } from '../../cloudfunctions/core/activity/organise.service';
import { parseAppConfig } from '../../cloudfunctions/core/kernel/config';
import type { ActionContext } from '../../cloudfunctions/core/kernel/context';
import { DEMO_UNITS } from '../../cloudfunctions/core/seed/demo-org';
import { DEMO_USERS } from '../../cloudfunctions/core/seed/demo-users';
import { ManualClock } from '../../scripts/harness/manual-clock';
import { CloudBaseStore } from '../../cloudfunctions/core/store/cloudbase/cloudbase-store';
import type { Store } from '../../cloudfunctions/core/store/port';
import type { UserDoc } from '../../cloudfunctions/core/kernel/users';
import { fromShanghai } from '../../types/time';
import { FakeCloudBaseDb } from '../../scripts/harness/fake-cloudbase-db';

/**
 * The same seat logic against the CloudBase adapter (driving the in-memory stand-in for wx-server-sdk's database):
 * there writes interleave for real (no single writer as in SQLite) and transactions conflict, so this proves the
 * seats hold under CloudBase's concurrency too.
 */
const NOW = Date.UTC(2026, 10, 25, 2, 0, 0);
let store: Store;
let clock: ManualClock;
/** Transactions that wrote the activity: the seats are taken without any. */
let txOnActivities = 0;

function ctxFor(user: UserDoc): ActionContext {
  return { store, clock, config: parseAppConfig({ secret: 's'.repeat(40) }), platform: stubPlatform(), caller: { openid: user._id, user } };
}

beforeEach(async () => {
  const db = new FakeCloudBaseDb();
  const run = db.runTransaction.bind(db);
  db.runTransaction = ((cb: Parameters<typeof run>[0], times?: number) =>
    run((t) => {
      const collection = t.collection.bind(t);
      return cb({ ...t, collection: (name: string) => (name === 'activities' && txOnActivities++, collection(name)) });
    }, times)) as typeof db.runTransaction;
  store = new CloudBaseStore(db);
  txOnActivities = 0;
  clock = new ManualClock(NOW);
  for (const unit of DEMO_UNITS) await store.put('units', unit);
});

async function members(n: number): Promise<UserDoc[]> {
  const out: UserDoc[] = [];
  for (let i = 0; i < n; i++) {
    const user: UserDoc = { _id: `cb-${i}`, name: `党员${i}`, roles: [{ role: 'party_member', unitId: 'gd-xiyuan-1' }], communityId: 'cm-xiyuan', createdAt: NOW, updatedAt: NOW };
    await store.put('users', user);
    out.push(user);
  }
  return out;
}

it('never overbooks, and tells each promoted member once, when signups and cancellations race on CloudBase', async () => {
  const secretary = { ...DEMO_USERS.find((u) => u._id === 'demo-secretary')!, createdAt: NOW, updatedAt: NOW } as UserDoc;
  const start = fromShanghai('2026-11-28 09:00');
  const a = await createActivity(ctxFor(secretary), {
    title: '并发测试',
    type: 'theme_day',
    unitId: 'cm-xiyuan',
    audience: 'community_party',
    startAt: start,
    endAt: start + 7_200_000,
    place: '党群服务中心',
    capacity: 3,
    waitlistLimit: 20,
    signupDeadline: start - 3_600_000,
    cancelDeadline: start - 3_600_000,
    checkInOpensMinutes: 30,
    description: '',
    coverImage: null,
  });
  const people = await members(10);
  const first = await Promise.all(people.map((p) => signup(ctxFor(p), a.id, 'household')));
  expect(first.filter((r) => r.signup.status === 'confirmed')).toHaveLength(3);

  const seated = people.filter((_, i) => first[i]!.signup.status === 'confirmed');
  const before = txOnActivities;
  const leaving = seated.slice(0, 2);
  // The others all ask again at the same moment (repeats of existing signups) while two give up their seats.
  await Promise.all([...leaving.map((p) => cancel(ctxFor(p), a.id)), ...people.filter((p) => !leaving.includes(p)).map((p) => signup(ctxFor(p), a.id, 'household'))]);
  // Signups, cancellations and promotions touch the activity only through single conditional updates.
  expect(txOnActivities).toBe(before);

  const doc = (await store.get('activities', a.id))!;
  expectPoolInvariants(doc.seats, 3, 20);
  expect(doc.seats.holders).toHaveLength(3);
  expect(doc.seats.waiting).toHaveLength(5);
  const signups = await store.find('signups', { activityId: a.id });
  expect(signups.filter((s) => s.status === 'confirmed').map((s) => s.openid).sort()).toEqual([...doc.seats.holders].sort());
  const promoted = signups.filter((s) => s.promotedAt !== null).map((s) => s.openid);
  expect(promoted).toHaveLength(2);
  const told = await store.find('outbox', { kind: 'signup_promoted', channel: 'inbox' });
  expect(told.map((t) => t.recipient).sort()).toEqual(promoted.sort());
}, 60_000);
