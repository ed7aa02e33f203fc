import type { RosterDoc } from '../../cloudfunctions/core/governance/topics/topics.repository';
import type { InboxDoc } from '../../cloudfunctions/core/notify/inbox.repository';
import type { OutboxDoc } from '../../cloudfunctions/core/notify/outbox';
import { TEST_NOW } from '../../scripts/harness/test-now';
import { GOV_PAGES } from '../../types/governance';
import { formatDateTime } from '../../types/time';
import { consultation, verifiedResident } from '../support/governance-fixtures';
import { findText } from '../support/openid-scan';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
beforeEach(() => host.clock.set(TEST_NOW));

/** Dispatches until nothing due is left: a fan-out is expanded in one run and its messages sent in the next. */
async function dispatchAll(): Promise<void> {
  for (let i = 0; i < 5 && (await host.dispatch()).claimed > 0; i++);
}

/** The inbox messages about one topic a person holds. */
async function told(openid: string, topicId: string): Promise<InboxDoc[]> {
  return (await host.store.find<InboxDoc>('inbox', { recipient: openid })).filter((m) => m.link === `${GOV_PAGES.topic}?id=${topicId}`);
}

/** Who holds any message about the topic, each once. */
async function everyoneTold(topicId: string): Promise<string[]> {
  const link = `${GOV_PAGES.topic}?id=${topicId}`;
  return [...new Set((await host.store.find<InboxDoc>('inbox', {})).filter((m) => m.link === link).map((m) => m.recipient))].sort();
}

/** A resident who stated a household in building 3 that nobody has verified yet. */
async function unverifiedResident(openid: string, room: string): Promise<void> {
  await host.callOk(openid, 'user', 'enter', { scene: 'cm-xiyuan~bd-xiyuan-03' });
  await host.callOk(openid, 'household', 'claim', { buildingId: 'bd-xiyuan-03', entrance: 2, room });
}

describe('a topic tells the residents it concerns', () => {
  const building3 = ['b3-told-a', 'b3-told-a-spouse', 'b3-told-b'];

  beforeAll(async () => {
    await verifiedResident(host, 'b3-told-a', 'bd-xiyuan-03', 2, '201');
    await verifiedResident(host, 'b3-told-a-spouse', 'bd-xiyuan-03', 2, '201');
    await verifiedResident(host, 'b3-told-b', 'bd-xiyuan-03', 2, '202');
    await unverifiedResident('b3-unverified', '203');
    await verifiedResident(host, 'b4-not-told', 'bd-xiyuan-04', 1, '201');
    await verifiedResident(host, 'dq3-not-told', 'bd-dongqiao-03', 1, '201');
  }, 60_000);

  it('opening a consultation for building 3 tells every verified resident of building 3 (both phones of a household), and nobody in building 4, unverified, or in another community', async () => {
    const topic = await host.callOk('demo-secretary', 'governance', 'openTopic', consultation(host, { title: '西园3栋楼顶晾晒区改造' }));
    // Nothing goes out in the request: the notices wait in the outbox, one fan-out each, whatever the number told.
    const fanouts = (await host.store.find<OutboxDoc>('outbox', { channel: 'fanout' })).filter((m) => m.event.startsWith(`topic:${topic.id}:`));
    expect(fanouts.map((m) => [m.kind, m.dueAt]).sort()).toEqual([['topic_opened', TEST_NOW], ['topic_results', topic.deadline]]);
    await dispatchAll();

    // demo-resident is the seeded verified owner of 3栋1单元302.
    expect(await everyoneTold(topic.id)).toEqual([...building3, 'demo-resident'].sort());
    const [notice] = await told('b3-told-b', topic.id);
    expect(notice).toMatchObject({ kind: 'topic_opened', title: '议题征求意见：西园3栋楼顶晾晒区改造' });
    expect(notice!.body).toBe(`请于${formatDateTime(topic.deadline)}前发表意见，截止后公布结果`);
    // Shown in the person's inbox, linking to the topic in pkg-gov.
    const inbox = await host.callOk('b3-told-a-spouse', 'notify', 'inbox', {});
    expect(inbox.items.find((i) => i.kind === 'topic_opened')).toMatchObject({ title: '议题征求意见：西园3栋楼顶晾晒区改造', link: `/pkg-gov/topic/index?id=${topic.id}` });
    for (const who of ['b4-not-told', 'dq3-not-told', 'b3-unverified', 'demo-party-member-2', 'demo-secretary']) expect({ who, told: await told(who, topic.id) }).toEqual({ who, told: [] });
  });

  it('a retried or doubled 发布 of one form opens one topic and tells each person once', async () => {
    const form = consultation(host, { title: '西园3栋增设电动车充电桩' });
    const first = await host.callOk('demo-secretary', 'governance', 'openTopic', form);
    const [again, twin] = await Promise.all([host.callOk('demo-secretary', 'governance', 'openTopic', form), host.callOk('demo-secretary', 'governance', 'openTopic', form)]);
    expect([again.id, twin.id]).toEqual([first.id, first.id]);
    const listed = (await host.callOk('demo-secretary', 'governance', 'topics', {})).items.filter((t) => t.title === '西园3栋增设电动车充电桩');
    expect(listed).toHaveLength(1);
    const fanouts = (await host.store.find<OutboxDoc>('outbox', { channel: 'fanout' })).filter((m) => m.event.startsWith(`topic:${first.id}:`));
    expect(fanouts).toHaveLength(2);
    const audit = (await host.store.find<{ _id: string; action: string }>('audit', { target: first.id })).map((a) => a.action);
    expect(audit).toEqual(['governance.openTopic']);
    await dispatchAll();
    // The same form after it was told: still the one topic, nobody told again.
    expect((await host.callOk('demo-secretary', 'governance', 'openTopic', form)).id).toBe(first.id);
    await dispatchAll();
    for (const who of [...building3, 'demo-resident']) expect({ who, titles: (await told(who, first.id)).map((m) => m.title) }).toEqual({ who, titles: ['议题征求意见：西园3栋增设电动车充电桩'] });
  });

  it('tells the same people the results once at the deadline, however often the timer runs, and nothing before it', async () => {
    // A day after the topics above close, so that at its deadline its results are all that is due.
    const topic = await host.callOk('demo-secretary', 'governance', 'openTopic', consultation(host, { title: '西园3栋单元门禁更换', deadline: TEST_NOW + 48 * 3_600_000 }));
    await dispatchAll();
    host.clock.set(topic.deadline - 60_000);
    await dispatchAll();
    expect((await told('b3-told-a', topic.id)).map((m) => m.kind)).toEqual(['topic_opened']);
    // Having voted, one resident accepts the subscribe message for the results (one send of the template).
    await host.callOk('b3-told-b', 'notify', 'grantSubscribe', { kinds: ['topic_results'] });

    host.clock.set(topic.deadline);
    // Two timer runs at once, then more runs later.
    await Promise.all([host.dispatch(), host.dispatch()]);
    await dispatchAll();
    host.clock.advance(3_600_000);
    await dispatchAll();
    for (const who of [...building3, 'demo-resident']) {
      const results = (await told(who, topic.id)).filter((m) => m.kind === 'topic_results');
      expect({ who, titles: results.map((m) => m.title) }).toEqual({ who, titles: ['议题结果已公布：西园3栋单元门禁更换'] });
    }
    expect(await everyoneTold(topic.id)).toEqual([...building3, 'demo-resident'].sort());
    // The results it points to are published by then.
    expect((await host.callOk('b3-told-a', 'governance', 'results', { id: topic.id })).published).toBe(true);
    // The one who accepted the subscribe message gets it once on WeChat too (the others have no credit: inbox only).
    const pushed = (await host.subscribeLog.read()).filter((m) => m.page === `pkg-gov/topic/index?id=${topic.id}`);
    expect(pushed.map((m) => [m.touser, m.data.thing1?.value])).toEqual([['b3-told-b', '议题结果已公布：西园3栋单元门禁更换']]);
  });

  it('an owners’ decision tells only the verified owners on the roll of its 单元', async () => {
    await verifiedResident(host, 'b3-owner-501', 'bd-xiyuan-03', 1, '501', 88);
    await verifiedResident(host, 'b3-tenant-502', 'bd-xiyuan-03', 1, '502');
    await verifiedResident(host, 'b3-owner-off-roll', 'bd-xiyuan-03', 1, '601', 70);
    await verifiedResident(host, 'b3-owner-entrance-2', 'bd-xiyuan-03', 2, '701', 90);
    const roll = [
      { entrance: 1, room: '302', area: 89.56, owner: 'P1' },
      { entrance: 1, room: '501', area: 88, owner: 'P2' },
      { entrance: 1, room: '502', area: 60, owner: 'P3' },
    ];
    const topic = await host.callOk(
      'demo-admin',
      'governance',
      'openTopic',
      consultation(host, { kind: 'owners', title: '西园3栋1单元加装电梯', entrance: 1, options: ['同意'], consultation: undefined, owners: { matter: 7, roll } }),
    );
    await dispatchAll();
    expect(await everyoneTold(topic.id)).toEqual(['b3-owner-501', 'demo-resident']);
    const [notice] = await told('b3-owner-501', topic.id);
    expect(notice).toMatchObject({ title: '业主表决：西园3栋1单元加装电梯', body: `请于${formatDateTime(topic.deadline)}前参加表决，截止后公布结果` });
  }, 60_000);

  it('someone who deletes their account leaves the roster: the results reach the others only', async () => {
    await verifiedResident(host, 'b3-leaves', 'bd-xiyuan-03', 3, '301');
    const topic = await host.callOk('demo-secretary', 'governance', 'openTopic', consultation(host, { title: '西园3栋垃圾分类亭位置' }));
    const roster = (await host.store.get<RosterDoc>('gov_topic_rosters', topic.id))!.recipients;
    expect(roster).toEqual(expect.arrayContaining(['b3-leaves', ...building3]));
    await dispatchAll();
    expect((await told('b3-leaves', topic.id)).map((m) => m.kind)).toEqual(['topic_opened']);
    expect((await host.callOk('b3-leaves', 'user', 'deleteMe', { confirm: true })).state).toBe('done');
    expect(findText(host.dataDir, 'b3-leaves')).toEqual([]);
    host.clock.set(topic.deadline);
    await dispatchAll();
    const others = roster.filter((o) => o !== 'b3-leaves').sort();
    expect(await everyoneTold(topic.id)).toEqual(others);
    for (const who of others) expect({ who, kinds: (await told(who, topic.id)).map((m) => m.kind).sort() }).toEqual({ who, kinds: ['topic_opened', 'topic_results'] });
  }, 60_000);
});
