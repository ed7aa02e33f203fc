import { enqueue, OUTBOX, outboxId, type OutboxDoc } from '../../cloudfunctions/core/notify/outbox';
import { $, need } from '../../scripts/harness/journey-driver';
import { ScriptedSender } from '../support/scripted-sender';
import { useJourney } from '../support/use-journey';

let sender: ScriptedSender;
const journey = useJourney({ wrapSender: (log) => (sender = new ScriptedSender(log)) });

const ME = 'pages/me/index';
const inboxEntry = $('.me .entry-list__row', { text: /^消息/ });
/** The unread count beside 消息 on 我的, exactly `count`. */
const inboxBadge = (count: number) => inboxEntry.find('.entry-list__badge', { text: new RegExp(`^${count}$`) });
const unread = async () => (await journey.host.callOk('demo-resident', 'notify', 'unreadCount', {})).count;

describe('a resident reads a message', () => {
  it('sees the unread badge, opens 消息, follows the deep link, and the count drops', async () => {
    const phone = journey.driver;
    const tabBar = need(phone, 'tabBar');
    // The demo seed sends demo-resident two messages through the outbox: a welcome and a 低保 reminder.
    expect(await unread()).toBe(2);

    await need(phone, 'signIn').asDemo('demo-resident');
    await tabBar.waitForBadge(ME, '2');

    await phone.switchTab(ME);
    await phone.waitFor(inboxBadge(2));
    await phone.snap('inbox-badge');

    await phone.tap(inboxEntry);
    const message = $('.inbox .inbox__item', { text: '最低生活保障年度复核提醒' });
    await phone.waitFor(message);
    expect(await phone.count('.inbox .inbox__item--unread')).toBe(2);
    await phone.snap('inbox');

    await phone.tap(message);
    await expect(phone.text('.item .item__title')).resolves.toBe('最低生活保障申请');
    expect(await phone.currentPage()).toMatchObject({ path: 'pages/item/index', query: { code: 'MS-01' } });
    expect(await unread()).toBe(1);
    await phone.snap('inbox-deep-link');

    await phone.back();
    await phone.waitFor('.inbox .inbox__item--unread');
    expect(await phone.count('.inbox .inbox__item--unread')).toBe(1);
    await phone.back();
    await phone.waitFor(inboxBadge(1));
    await tabBar.waitForBadge(ME, '1');
  });

  it('marks everything read and clears the badges', async () => {
    const phone = journey.driver;
    await phone.tap(inboxEntry);
    await phone.tap('.inbox .inbox__read-all');
    await phone.waitFor($('.inbox .inbox__toolbar', { text: '没有未读消息' }));
    expect(await phone.count('.inbox .inbox__item--unread')).toBe(0);
    expect(await unread()).toBe(0);
    await phone.back();
    await phone.waitFor(inboxEntry);
    await phone.waitFor(inboxEntry.find('.entry-list__badge'), { gone: true });
    await need(phone, 'tabBar').waitForBadge(ME, null);
  });

  it('lets a community admin see a notification that could not be delivered and send it again', async () => {
    const { driver: phone, host } = journey;
    await host.callOk('demo-resident-2', 'notify', 'grantSubscribe', { kinds: ['booking_confirmed'] });
    sender.failNext(1, { ok: false, kind: 'permanent', code: 40037, message: '模板 id 无效（40037）：invalid template_id' });
    await host.store.transaction((tx) =>
      enqueue(tx, host.clock.now(), { event: 'booking:E1:confirmed', recipient: 'demo-resident-2', kind: 'booking_confirmed', title: '法律咨询预约成功', body: '周五上午 陈律师' }),
    );
    await host.dispatch();
    const id = outboxId('booking:E1:confirmed', 'demo-resident-2', 'subscribe');
    expect(await host.store.get<OutboxDoc>(OUTBOX, id)).toMatchObject({ status: 'dead', attempts: 1 });

    const signIn = need(phone, 'signIn');
    await phone.open(ME);
    await signIn.signOut();
    await signIn.asDemo('demo-admin');
    await phone.switchTab(ME);
    await phone.tap($('.me .entry-list__row', { text: '通知投递异常' }));
    const row = $('.dead-letters .dead-letters__row', { text: '法律咨询预约成功' });
    await expect(phone.text(row)).resolves.toContain('李秀梅 · 微信订阅消息 · 尝试 1 次');
    await expect(phone.text(row.find('.dead-letters__error'))).resolves.toContain('模板 id 无效');
    await phone.snap('dead-letters');

    await phone.tap(row.find('.dead-letters__retry'));
    await phone.waitFor(row.find('.dead-letters__done'));
    expect(await host.store.get<OutboxDoc>(OUTBOX, id)).toMatchObject({ status: 'pending', attempts: 0 });
    await host.dispatch();
    expect(await host.store.get<OutboxDoc>(OUTBOX, id)).toMatchObject({ status: 'sent' });
  });

  it('shows a grid worker whether their work notices reach WeChat, and none of it to a resident', async () => {
    const { driver: phone, host } = journey;
    const signIn = need(phone, 'signIn');
    await signIn.asDemo('demo-resident');
    await phone.open('pages/inbox/index');
    await phone.waitFor('.inbox .inbox__toolbar');
    expect(await phone.count('.inbox .staff-subs')).toBe(0);

    await signIn.asDemo('demo-grid-worker');
    await phone.open('pages/inbox/index');
    const row = $('.inbox .staff-subs__row', { text: '诉求派单、诉求升级' });
    await expect(phone.text(row.find('.staff-subs__state'))).resolves.toBe('未订阅');
    // Accepting happens in WeChat's own dialog (not in H5): record it as the dialog's answer would.
    await host.callOk('demo-grid-worker', 'notify', 'grantSubscribe', { kinds: ['request_assigned'] });
    await phone.reload();
    await expect(phone.text(row.find('.staff-subs__state'))).resolves.toBe('已长期订阅');
    expect(await phone.count(row.find('.staff-subs__renew'))).toBe(0);
    await phone.snap('inbox-staff-subscriptions');
  });
});
