import type { Browser, Page } from 'playwright-core';
import { enqueue, OUTBOX, outboxId, type OutboxDoc } from '../../cloudfunctions/core/notify/outbox';
import { signInAs, snap, startJourney, stopJourney } from '../support/browser';
import { ScriptedSender } from '../support/scripted-sender';
import type { TestHost } from '../../scripts/harness/test-host';

let host: TestHost;
let browser: Browser;
let page: Page;
let sender: ScriptedSender;

beforeAll(async () => {
  ({ host, browser, page } = await startJourney({ wrapSender: (log) => (sender = new ScriptedSender(log)) }));
}, 60000);
afterAll(() => stopJourney({ host, browser }));

/** The badge Taro.setTabBarBadge puts on the 我的 tab (the third tab). */
const tabBadge = () => page.locator('.weui-tabbar__item').nth(2).locator('.taro-tabbar-badge');
const inboxBadge = () => page.locator('.me .entry-list__row[data-entry="inbox"] .entry-list__badge');
/** Waits until the badge shows exactly this count (badges update after an asynchronous call). */
const shows = (badge: ReturnType<Page['locator']>, count: number) => badge.filter({ hasText: new RegExp(`^${count}$`) }).waitFor();

describe('a resident reads a message in the H5 build', () => {
  it('sees the unread badge, opens 消息, follows the deep link, and the count drops', async () => {
    // The demo seed sends demo-resident two messages through the outbox: a welcome and a 低保 reminder.
    expect((await host.call('demo-resident', 'notify', 'unreadCount', {})).data?.count).toBe(2);

    await signInAs(page, host.url, 'demo-resident');
    await shows(tabBadge(), 2);

    await page.locator('.weui-tabbar__item').nth(2).click();
    await shows(inboxBadge(), 2);
    await page.waitForTimeout(400); // the H5 page slides in
    await snap(page, 'inbox-badge');

    await page.locator('.me .entry-list__row[data-entry="inbox"]').click();
    const message = page.locator('.inbox .inbox__item', { hasText: '最低生活保障年度复核提醒' });
    await message.waitFor();
    await expect(page.locator('.inbox .inbox__item--unread').count()).resolves.toBe(2);
    await page.waitForTimeout(400);
    await snap(page, 'inbox');

    await message.click();
    await page.waitForURL(/pages\/item\/index\?code=MS-01/);
    await expect(page.locator('.item .item__title').innerText()).resolves.toBe('最低生活保障申请');
    expect((await host.call('demo-resident', 'notify', 'unreadCount', {})).data?.count).toBe(1);

    // Taro H5 hides the previous page ~300 ms after a navigation; going back sooner would hide it for good.
    await page.waitForTimeout(500);
    await snap(page, 'inbox-deep-link');
    await page.goBack();
    await page.locator('.inbox .inbox__item--unread').first().waitFor();
    await expect(page.locator('.inbox .inbox__item--unread').count()).resolves.toBe(1);
    await page.waitForTimeout(500);
    await page.goBack();
    await page.waitForURL(/pages\/me\/index/);
    await shows(inboxBadge(), 1);
    await shows(tabBadge(), 1);
  });

  it('marks everything read and clears the badges', async () => {
    await page.locator('.me .entry-list__row[data-entry="inbox"]').click();
    // The inbox closed earlier may still be in the DOM: act on the page being shown.
    await page.locator('.taro_page_show .inbox .inbox__read-all').click();
    await page.locator('.taro_page_show .inbox', { hasText: '没有未读消息' }).waitFor();
    expect((await host.call('demo-resident', 'notify', 'unreadCount', {})).data?.count).toBe(0);
    await page.waitForTimeout(500);
    await page.goBack();
    await page.waitForURL(/pages\/me\/index/);
    await inboxBadge().waitFor({ state: 'detached' });
    await tabBadge().waitFor({ state: 'detached' });
  });

  it('lets a community admin see a notification that could not be delivered and send it again', async () => {
    await host.call('demo-resident-2', 'notify', 'grantSubscribe', { kinds: ['booking_confirmed'] });
    sender.failNext(1, { ok: false, kind: 'permanent', code: 40037, message: '模板 id 无效（40037）：invalid template_id' });
    await host.store.transaction((tx) =>
      enqueue(tx, host.clock.now(), { event: 'booking:E1:confirmed', recipient: 'demo-resident-2', kind: 'booking_confirmed', title: '法律咨询预约成功', body: '周五上午 陈律师' }),
    );
    await host.dispatch();
    const id = outboxId('booking:E1:confirmed', 'demo-resident-2', 'subscribe');

    await page.goto(`${host.url}/#/pages/me/index`);
    await page.locator('.me .me__logout').click();
    await page.waitForURL(/pages\/login\/index/);
    await signInAs(page, host.url, 'demo-admin');
    await page.locator('.weui-tabbar__item').nth(2).click();
    await page.locator('.me .entry-list__row[data-entry="dead-letters"]').click();
    const row = page.locator(`.dead-letters .dead-letters__row[data-id="${id}"]`);
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain('李秀梅 · 微信订阅消息 · 尝试 1 次');
    await expect(row.locator('.dead-letters__error').innerText()).resolves.toContain('模板 id 无效');
    await page.waitForTimeout(400);
    await snap(page, 'dead-letters');

    await row.locator('.dead-letters__retry').click();
    await row.locator('.dead-letters__done').waitFor();
    expect(await host.store.get<OutboxDoc>(OUTBOX, id)).toMatchObject({ status: 'pending', attempts: 0 });
    await host.dispatch();
    expect(await host.store.get<OutboxDoc>(OUTBOX, id)).toMatchObject({ status: 'sent' });
  });
});
