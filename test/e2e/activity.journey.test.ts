import type { Browser, Page } from 'playwright-core';
import type { ActivityDoc } from '../../cloudfunctions/core/activity/activity.repository';
import { outboxOf } from '../support/activity-fixtures';
import { launchBrowser, phonePage, signInAs, snap } from '../support/browser';
import { startTestHost, type TestHost } from '../../scripts/harness/test-host';

let host: TestHost;
let browser: Browser;
const pages: Record<string, Page> = {};
const MEMBERS = ['demo-party-member', 'demo-party-member-2', 'demo-party-member-3'] as const;

beforeAll(async () => {
  host = await startTestHost({ staticDir: true });
  // The form proposes dates from the phone's clock: the server's clock starts at the same time.
  host.clock.set(Date.now());
  browser = await launchBrowser();
  // A separate browser context (own storage, own sign-in) per person.
  for (const openid of ['demo-secretary', ...MEMBERS]) {
    const page = await phonePage(browser);
    page.setDefaultTimeout(10000);
    await signInAs(page, host.url, openid);
    pages[openid] = page;
  }
}, 90000);
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

const detailUrl = (id: string) => `${host.url}/#/pkg-activity/detail/index?id=${id}`;
const status = (page: Page) => page.locator('.activity-detail .activity-detail__status');

describe('a secretary runs an activity with two seats for three members', () => {
  let id = '';

  it('the secretary publishes an activity with 2 seats from 支部工作', async () => {
    const s = pages['demo-secretary']!;
    await s.locator('.home .entry-list__row[data-entry="branch"]').click();
    await s.locator('.branch-home .branch-home__create').click();
    await s.locator('.edit .edit__title input').fill('主题党日：学习身边的好党员');
    await s.locator('.edit .edit__place input').fill('西园社区党群服务中心三楼');
    await s.locator('.edit .edit__capacity input').fill('2');
    await s.waitForTimeout(400);
    await snap(s, 'activity-01-secretary-form');
    await s.locator('.edit .edit__save').click();
    await s.locator('.manage .manage__title').waitFor();
    id = new URL(s.url().replace('/#/', '/')).searchParams.get('id') ?? '';
    expect(id).toMatch(/^act_/);
    await expect(s.locator('.manage .manage__title').innerText()).resolves.toBe('主题党日：学习身边的好党员');
  });

  it('three members sign up: two get seats, the third waits', async () => {
    for (const [i, openid] of MEMBERS.entries()) {
      const p = pages[openid]!;
      await p.goto(detailUrl(id));
      await p.locator('.activity-detail .activity-detail__signup').click();
      await p.locator('.activity-detail .activity-detail__notice').waitFor();
      if (i < 2) await expect(status(p).getAttribute('data-status')).resolves.toBe('confirmed');
    }
    const third = pages['demo-party-member-3']!;
    await expect(status(third).getAttribute('data-status')).resolves.toBe('waitlisted');
    await expect(status(third).innerText()).resolves.toContain('候补名单第 1 位');
    await snap(third, 'activity-02-member-waitlisted');
  });

  it('one cancels and the third is promoted, and told', async () => {
    const first = pages['demo-party-member']!;
    await first.locator('.activity-detail .activity-detail__cancel').click();
    await first.locator('.activity-detail .activity-detail__confirm-yes').click();
    await first.getByText('已取消报名').waitFor();
    // The freed seat went to the waiting member at once: signing up again would wait.
    await expect(first.locator('.activity-detail .activity-detail__signup').innerText()).resolves.toBe('报名（进入候补）');

    const third = pages['demo-party-member-3']!;
    await third.reload();
    await status(third).and(third.locator('[data-status="confirmed"]')).waitFor();
    await expect(status(third).innerText()).resolves.toContain('您已报名');
    expect(await outboxOf(host, 'signup_promoted', 'demo-party-member-3')).toHaveLength(1);
    const doc = await host.store.get<ActivityDoc>('activities', id);
    expect(doc?.confirmed).toEqual(['demo-party-member-2', 'demo-party-member-3']);
    await snap(third, 'activity-03-member-promoted');
  });

  it('the promoted member checks in with the organiser\'s rotating code', async () => {
    const doc = (await host.store.get<ActivityDoc>('activities', id))!;
    host.clock.set(doc.startAt - 5 * 60_000); // the door opens: check-in is open 30 minutes before the start

    const s = pages['demo-secretary']!;
    await s.reload();
    await s.locator('.manage .btn-primary', { hasText: '出示签到二维码' }).click();
    const qr = s.locator('.qr .qr-code[data-link]');
    await qr.waitFor();
    await s.waitForTimeout(400);
    await snap(s, 'activity-04-organiser-qr');
    const link = (await qr.getAttribute('data-link'))!;
    const token = (await qr.getAttribute('data-token'))!;
    expect(link).toBe(`${host.url}/#/pkg-activity/checkin/index?t=${token}`);

    const third = pages['demo-party-member-3']!;
    await third.goto(link);
    await third.locator('.checkin .checkin__result--ok').waitFor();
    await expect(third.locator('.checkin .checkin__headline').innerText()).resolves.toBe('签到成功');
    await third.waitForTimeout(400);
    await snap(third, 'activity-05-member-checked-in');

    // The other member shows their own rotating code; the organiser's scan of it (here: the code read from the page) checks them in.
    const second = pages['demo-party-member-2']!;
    await second.goto(detailUrl(id));
    await second.locator('.activity-detail .activity-detail__secondary', { hasText: '出示我的签到码' }).click();
    const own = second.locator('.checkin .qr-code[data-code]');
    await own.waitFor();
    await second.waitForTimeout(400);
    await snap(second, 'activity-06-member-own-code');
    const marked = await host.call('demo-secretary', 'activity', 'markAttendance', { activityId: id, memberCode: (await own.getAttribute('data-code')) ?? '' });
    expect(marked.data).toMatchObject({ method: 'member_code', recordedByName: '孙书记' });

    await s.goBack();
    await s.reload();
    const row = s.locator('.manage .manage__person[data-name="陈卫东"]');
    await expect(row.locator('.manage__in').innerText()).resolves.toContain('扫码签到');
    const byCode = s.locator('.manage .manage__person[data-name="赵丽华"]');
    await expect(byCode.locator('.manage__in').innerText()).resolves.toContain('出示签到码');
    await s.waitForTimeout(400);
    await snap(s, 'activity-07-organiser-attendance');
  });
});

describe('around the activities', () => {
  it('a member finds activities from 首页 and reads their record and hours in 我的活动', async () => {
    const m = pages['demo-party-member']!;
    await m.goto(`${host.url}/#/pages/home/index`);
    await m.locator('.home .entry-list__row[data-entry="activities"]').click();
    await m.locator('.activity-list .activity-card').first().waitFor();
    await m.waitForTimeout(400);
    await snap(m, 'activity-08-member-list');

    await m.goto(`${host.url}/#/pages/me/index`);
    await m.locator('.me .entry-list__row[data-entry="my-activities"]').click();
    await m.locator('.my-activities .my-activities__tab', { hasText: '参加记录' }).click();
    // Seeded: two past activities attended, 2.5 h and 2 h.
    await expect(m.locator('.my-activities .my-activities__stat-value').nth(1).innerText()).resolves.toBe('4.5 小时');
    await m.waitForTimeout(400);
    await snap(m, 'activity-09-member-history');
  });

  it('the secretary approves the pending membership application', async () => {
    const s = pages['demo-secretary']!;
    await s.goto(`${host.url}/#/pkg-branch/index/index`);
    await s.locator('.branch-home .branch-home__link[data-entry="approvals"]').click();
    const card = s.locator('.approvals .approvals__app[data-name="李秀梅"]');
    await card.waitFor();
    await s.waitForTimeout(400);
    await snap(s, 'activity-10-secretary-approvals');
    await card.locator('.approvals__approve').click();
    await card.waitFor({ state: 'detached' });
    const user = await host.store.get<{ _id: string; roles: Array<{ role: string; unitId?: string }> }>('users', 'demo-resident-2');
    expect(user?.roles).toContainEqual({ role: 'party_member', unitId: 'gd-xiyuan-2' });
    expect(await outboxOf(host, 'membership_decided', 'demo-resident-2')).toHaveLength(1);
  });
});
