import { RETRY_POLICY, backoffMs } from '../../cloudfunctions/core/notify/dispatcher';
import { enqueue, OUTBOX, outboxId, type NotificationInput, type OutboxDoc } from '../../cloudfunctions/core/notify/outbox';
import type { InputOf } from '../../types/api';
import { snapshotData } from '../support/db-snapshot';
import { ScriptedSender } from '../support/scripted-sender';
import { useTestHost } from '../support/use-test-host';

let sender: ScriptedSender;
const host = useTestHost({ wrapSender: (log) => (sender = new ScriptedSender(log)) });

const inbox = (openid: string, data: InputOf<'notify', 'inbox'> = {}) => host.call(openid, 'notify', 'inbox', data);
const unread = async (openid: string) => (await host.call(openid, 'notify', 'unreadCount', {})).data?.count;
/** A domain change that notifies: the outbox row is written in the change's transaction. */
const notify = (n: Partial<NotificationInput> & { event: string; recipient: string }) =>
  host.store.transaction((tx) => enqueue(tx, host.clock.now(), { kind: 'booking_confirmed', title: '预约成功', body: '周五上午 法律咨询', link: '/pages/item/index?code=MS-01', ...n }));

describe('inbox', () => {
  it('shows a new demo user the seeded messages, newest first, with deep links', async () => {
    const res = await inbox('demo-resident');
    expect(res.ok).toBe(true);
    expect(res.data?.items.map((i) => i.title).sort()).toEqual(['最低生活保障年度复核提醒', '欢迎使用社区服务通']);
    expect(res.data?.items.find((i) => i.title.startsWith('最低'))?.link).toBe('/pages/item/index?code=MS-01');
    expect(await unread('demo-resident')).toBe(2);
    expect((await inbox('demo-admin')).data?.items.map((i) => i.title)).toEqual(['欢迎使用社区服务通']);
  });

  it('pages with a cursor, never repeating or skipping a message', async () => {
    for (let i = 1; i <= 5; i++) {
      await notify({ event: `page-test:${i}`, recipient: 'demo-lawyer-2', title: `消息${i}` });
      await host.dispatch();
      host.clock.advance(1000);
    }
    const first = await inbox('demo-lawyer-2', { limit: 3 });
    expect(first.data?.items.map((i) => i.title)).toEqual(['消息5', '消息4', '消息3']);
    const second = await inbox('demo-lawyer-2', { limit: 3, cursor: first.data!.nextCursor ?? undefined });
    expect(second.data?.items.map((i) => i.title)).toEqual(['消息2', '消息1', '欢迎使用社区服务通']);
    expect(second.data?.nextCursor).toBeNull();
  });

  it('marks read only the caller’s own messages', async () => {
    const mine = (await inbox('demo-resident-2')).data!.items;
    const others = (await inbox('demo-party-member')).data!.items;
    const res = await host.call('demo-resident-2', 'notify', 'markRead', { ids: [mine[0]!.id, others[0]!.id] });
    expect(res.data).toEqual({ updated: 1, unread: mine.length - 1 });
    expect(await unread('demo-party-member')).toBe(others.length);
    expect((await inbox('demo-party-member')).data?.items.every((i) => !i.read)).toBe(true);

    const all = await host.call('demo-resident-2', 'notify', 'markRead', { all: true });
    expect(all.data).toEqual({ updated: mine.length - 1, unread: 0 });
    expect(await unread('demo-party-member')).toBe(others.length);
  });

  it('cannot be read for someone else: the recipient is the caller, never an input', async () => {
    const res = await host.callRaw('demo-resident-2', 'notify', 'inbox', { recipient: 'demo-resident' });
    expect(res.error?.code).toBe('INVALID_INPUT');
    const own = await inbox('demo-grid-worker');
    expect(own.data?.items.every((i) => i.title === '欢迎使用社区服务通')).toBe(true);
  });
});

describe('subscribe consent', () => {
  it('grants one credit per accepted template and sends only while credits last', async () => {
    const granted = await host.call('demo-party-member-2', 'notify', 'grantSubscribe', { kinds: ['signup_confirmed', 'signup_promoted'] });
    expect(granted.data?.credits).toEqual([
      { kind: 'signup_confirmed', credits: 1 },
      { kind: 'signup_promoted', credits: 1 },
    ]);
    await host.call('demo-party-member-2', 'notify', 'grantSubscribe', { kinds: ['signup_confirmed'] });
    for (const e of ['a', 'b', 'c']) {
      await notify({ event: `signup:${e}:confirmed`, recipient: 'demo-party-member-2', kind: 'signup_confirmed', title: '报名成功', body: `活动${e}` });
      host.clock.advance(1000);
    }
    await host.dispatch();
    const sent = (await host.subscribeLog.read()).filter((m) => m.touser === 'demo-party-member-2');
    expect(sent.map((m) => m.templateId)).toEqual(['demo-tpl-signup-result', 'demo-tpl-signup-result']);
    const third = await host.store.get<OutboxDoc>(OUTBOX, outboxId('signup:c:confirmed', 'demo-party-member-2', 'subscribe'));
    expect(third).toMatchObject({ status: 'skipped', lastError: 'no_credit' });
    expect((await inbox('demo-party-member-2')).data?.items.filter((i) => i.title === '报名成功')).toHaveLength(3);
  });

  it('refuses more than three templates at once and writes nothing', async () => {
    const before = snapshotData(host.dataDir);
    const res = await host.call('demo-resident', 'notify', 'grantSubscribe', { kinds: ['signup_confirmed', 'booking_confirmed', 'request_assigned', 'activity_changed'] });
    expect(res.error).toMatchObject({ code: 'INVALID_INPUT', message: '一次最多订阅3种消息模板' });
    expect(snapshotData(host.dataDir)).toEqual(before);
  });
});

describe('failures, dead letters and retry', () => {
  it('gives a message up after the retry limit, and lets a community admin see and retry it', async () => {
    await host.call('demo-resident', 'notify', 'grantSubscribe', { kinds: ['booking_confirmed'] });
    sender.failAlways();
    await notify({ event: 'booking:D1:confirmed', recipient: 'demo-resident', title: '预约成功：陈律师' });
    for (let attempt = 1; attempt <= RETRY_POLICY.maxAttempts; attempt++) {
      await host.dispatch();
      host.clock.advance(backoffMs(attempt));
    }
    const id = outboxId('booking:D1:confirmed', 'demo-resident', 'subscribe');
    const dead = await host.call('demo-admin', 'notify', 'deadLetters', {});
    expect(dead.data?.items).toContainEqual(expect.objectContaining({ id, title: '预约成功：陈律师', recipientName: '王建国', channel: 'subscribe', attempts: 6 }));
    expect(JSON.stringify(dead.data)).not.toContain('周五上午 法律咨询'); // never the body
    expect((await host.call('demo-street-admin', 'notify', 'deadLetters', {})).data?.items.map((d) => d.id)).toContain(id);

    sender.recover();
    expect((await host.call('demo-admin', 'notify', 'retry', { ids: [id] })).data).toEqual({ retried: 1 });
    expect((await host.call('demo-admin', 'notify', 'retry', { ids: [id] })).data).toEqual({ retried: 0 });
    await host.dispatch();
    expect(await host.store.get<OutboxDoc>(OUTBOX, id)).toMatchObject({ status: 'sent', attempts: 1 });
    expect((await host.subscribeLog.read()).filter((m) => m.id === id)).toHaveLength(1);
  });

  it('keeps each community’s dead letters to its own admins', async () => {
    await host.call('dq-newcomer', 'user', 'enter', { scene: 'cm-dongqiao' });
    await host.call('dq-newcomer', 'notify', 'grantSubscribe', { kinds: ['booking_confirmed'] });
    sender.failNext(1, { ok: false, kind: 'permanent', code: 40003, message: 'openid 无效（40003）' });
    await notify({ event: 'booking:D2:confirmed', recipient: 'dq-newcomer' });
    await host.dispatch();
    const id = outboxId('booking:D2:confirmed', 'dq-newcomer', 'subscribe');
    expect((await host.call('demo-admin', 'notify', 'deadLetters', {})).data?.items.map((d) => d.id)).not.toContain(id);
    expect((await host.call('demo-street-admin', 'notify', 'deadLetters', {})).data?.items.map((d) => d.id)).toContain(id);
    expect((await host.call('demo-admin', 'notify', 'retry', { ids: [id] })).data).toEqual({ retried: 0 });
    expect(await host.store.get<OutboxDoc>(OUTBOX, id)).toMatchObject({ status: 'dead' });
  });

  it('refuses dead letters, retry and dispatch to residents and other roles', async () => {
    const before = snapshotData(host.dataDir);
    for (const openid of ['demo-resident', 'demo-grid-worker', 'demo-secretary']) {
      for (const [action, data] of [['deadLetters', {}], ['retry', { ids: [outboxId('x', 'y', 'inbox')] }], ['dispatch', {}]] as const) {
        expect((await host.callRaw(openid, 'notify', action, data)).error?.code).toBe('FORBIDDEN');
      }
    }
    expect(snapshotData(host.dataDir)).toEqual(before);
  });
});

describe('bad input', () => {
  it.each([
    ['markRead with both ids and all', 'markRead', { ids: [outboxId('e', 'r', 'inbox')], all: true }],
    ['markRead with neither', 'markRead', {}],
    ['markRead with a malformed id', 'markRead', { ids: ['../../etc'] }],
    ['an unknown kind', 'grantSubscribe', { kinds: ['marketing'] }],
    ['no kinds', 'grantSubscribe', { kinds: [] }],
    ['a forged cursor', 'inbox', { cursor: "' OR 1=1" }],
    ['a page over 50', 'inbox', { limit: 500 }],
  ])('refuses %s with INVALID_INPUT and writes nothing', async (_label, action, data) => {
    const before = snapshotData(host.dataDir);
    const res = await host.callRaw('demo-resident', 'notify', action, data);
    expect(res.error?.code).toBe('INVALID_INPUT');
    expect(res.error?.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(snapshotData(host.dataDir)).toEqual(before);
  });

  it('refuses a malformed retry id from an admin and writes nothing', async () => {
    const before = snapshotData(host.dataDir);
    expect((await host.call('demo-admin', 'notify', 'retry', { ids: ['ob_nothex'] })).error?.code).toBe('INVALID_INPUT');
    expect(snapshotData(host.dataDir)).toEqual(before);
  });
});
