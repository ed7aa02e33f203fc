import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BALLOTS, TOPICS, type TopicDoc } from '../../cloudfunctions/core/governance/topics/topics.repository';
import { vote } from '../../cloudfunctions/core/governance/topics/votes.service';
import { meToo } from '../../cloudfunctions/core/governance/lists/needs.service';
import { NEEDS, type NeedDoc } from '../../cloudfunctions/core/governance/lists/lists.repository';
import { HOUSEHOLDS, NO_OWNER, householdIdOf, householdKeyOf } from '../../cloudfunctions/core/household/household.repository';
import { parseAppConfig } from '../../cloudfunctions/core/kernel/config';
import type { ActionContext } from '../../cloudfunctions/core/kernel/context';
import type { UserDoc } from '../../cloudfunctions/core/kernel/users';
import { DEMO_UNITS } from '../../cloudfunctions/core/seed/demo-org';
import { CloudBaseStore } from '../../cloudfunctions/core/store/cloudbase/cloudbase-store';
import type { Store } from '../../cloudfunctions/core/store/port';
import { SqliteStore } from '../../cloudfunctions/core/store/sqlite/sqlite-store';
import { ManualClock } from '../../scripts/harness/manual-clock';
import { stubPlatform } from '../../scripts/harness/stub-platform';
import { FakeCloudBaseDb } from '../../scripts/harness/fake-cloudbase-db';

/**
 * 我也需要 and votes are "many people at once": each is one conditional write, so concurrent taps and two phones of
 * one household count once, on SQLite and on the CloudBase adapter (where writes interleave for real).
 */
const NOW = Date.UTC(2026, 10, 25, 2, 0, 0);
const BUILDING = DEMO_UNITS.find((u) => u.id === 'bd-xiyuan-03')!;

const stores: Array<[string, () => { store: Store; cleanup: () => Promise<void> }]> = [
  [
    'SQLite',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'gov-race-'));
      const store = new SqliteStore(join(dir, 'store.db'));
      return { store, cleanup: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) };
    },
  ],
  ['CloudBase stand-in', () => ({ store: new CloudBaseStore(new FakeCloudBaseDb()), cleanup: async () => {} })],
];

describe.each(stores)('on %s', (_name, open) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  const clock = new ManualClock(NOW);
  beforeEach(async () => {
    ({ store, cleanup } = open());
    for (const unit of DEMO_UNITS) await store.put('units', unit);
  });
  afterEach(() => cleanup());

  /** A resident of 西园3栋 with a verified household in `room`. */
  async function resident(openid: string, room: string): Promise<UserDoc> {
    const user: UserDoc = { _id: openid, name: openid, roles: [{ role: 'resident' }], communityId: 'cm-xiyuan', buildingId: BUILDING.id, household: { id: householdIdOf(openid), path: BUILDING.path, verified: true, owner: false }, createdAt: NOW, updatedAt: NOW };
    await store.put('users', user);
    await store.put(HOUSEHOLDS, {
      _id: householdIdOf(openid),
      openid,
      buildingId: BUILDING.id,
      buildingPath: BUILDING.path,
      communityId: 'cm-xiyuan',
      entrance: 1,
      room,
      householdKey: householdKeyOf(BUILDING.id, 1, room),
      status: 'verified',
      claimedAt: NOW,
      verifiedAt: NOW,
      verifiedBy: null,
      reason: null,
      owner: NO_OWNER,
      rev: 1,
    });
    return user;
  }
  const ctxFor = (user: UserDoc): ActionContext => ({ store, clock, config: parseAppConfig({ secret: 's'.repeat(40) }), platform: stubPlatform(), caller: { openid: user._id, user } });

  it('counts each person’s 我也需要 once, however many taps race', async () => {
    const need: NeedDoc = { _id: 'nd_race000000001', communityId: 'cm-xiyuan', unitPath: BUILDING.path, gridId: BUILDING.path[2]!, category: 'facilities', description: '楼道灯坏了', people: 10, weight: 1, meTooBy: [], status: 'open', source: 'resident', visitId: null, author: 'author', createdAt: NOW, projectId: null, resolvedAt: null, held: false, hidden: null };
    await store.put(NEEDS, need);
    const people = await Promise.all(Array.from({ length: 8 }, (_, i) => resident(`tapper-${i}`, `${i + 1}01`)));
    const taps = people.flatMap((p) => Array.from({ length: 4 }, () => meToo(ctxFor(p), { id: need._id })));
    const answers = await Promise.all(taps);
    expect(answers.filter((a) => a.counted)).toHaveLength(8);
    const saved = (await store.get(NEEDS, need._id))!;
    expect(saved.weight).toBe(9);
    expect([...saved.meTooBy].sort()).toEqual(people.map((p) => p._id).sort());
  });

  it('keeps one ballot per household when two phones of it vote at once, the last choice standing', async () => {
    const topic: TopicDoc = { _id: 'tp_race000000001', communityId: 'cm-xiyuan', kind: 'consultation', title: '停车规则', body: '征求意见', documents: [], buildingIds: [BUILDING.id], entrance: null, options: ['同意', '不同意'], deadline: NOW + 86_400_000, consultation: { basis: 'household', eligible: 12, quorum: { num: 1, den: 2 }, passing: 'more_than_half' }, owners: null, openedBy: 'x', openedAt: NOW, minutes: null, projectId: null };
    await store.put(TOPICS, topic);
    const [husband, wife] = [await resident('phone-a', '302'), await resident('phone-b', '302')];
    const votes = Array.from({ length: 6 }, (_, i) => vote(ctxFor(i % 2 ? husband : wife), { id: topic._id, choice: i % 2 ? 0 : 1 }));
    await Promise.all(votes);
    const ballots = await store.find(BALLOTS, { topicId: topic._id });
    expect(ballots).toHaveLength(1);
    expect([0, 1]).toContain(ballots[0]!.choice);
  });
});
