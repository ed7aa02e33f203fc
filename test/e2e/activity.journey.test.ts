import type { ActivityDoc } from '../../cloudfunctions/core/activity/activity.repository';
import { $, need, type JourneyDriver } from '../../scripts/harness/journey-driver';
import { outboxOf } from '../support/activity-fixtures';
import { useJourney } from '../support/use-journey';

const journey = useJourney();
const MEMBERS = ['demo-party-member', 'demo-party-member-2', 'demo-party-member-3'] as const;
const phones: Record<string, JourneyDriver> = {};
/** Each person's own phone, signed in as them. */
const phoneOf = (openid: string) => phones[openid]!;

beforeAll(async () => {
  // The form proposes dates from the phone's clock: the server's clock starts at the same time.
  journey.host.clock.set(Date.now());
  phones['demo-secretary'] = journey.driver;
  for (const openid of MEMBERS) phones[openid] = await journey.phone();
  for (const [openid, phone] of Object.entries(phones)) await need(phone, 'signIn').asDemo(openid);
}, 90000);

const status = $('.activity-detail .activity-detail__status');
const openDetail = (phone: JourneyDriver, id: string) => phone.open('pkg-activity/detail/index', { id });
const person = (name: string) => $('.manage .manage__person', { text: name });

describe('a secretary runs an activity with two seats for three members', () => {
  let id = '';

  it('the secretary publishes an activity with 2 seats from 支部工作', async () => {
    const s = phoneOf('demo-secretary');
    await s.tap($('.home .entry-list__row', { text: '支部工作' }));
    await s.tap('.branch-home .branch-home__create');
    await s.type('.edit .edit__title', '主题党日：学习身边的好党员');
    await s.type('.edit .edit__place', '西园社区党群服务中心三楼');
    await s.type('.edit .edit__capacity', '2');
    await s.snap('activity-01-secretary-form');
    await s.tap('.edit .edit__save');
    await expect(s.text('.manage .manage__title')).resolves.toBe('主题党日：学习身边的好党员');
    id = (await s.currentPage()).query.id ?? '';
    expect(id).toMatch(/^act_/);
    expect(await journey.host.store.get<ActivityDoc>('activities', id)).toMatchObject({ title: '主题党日：学习身边的好党员', capacity: 2 });
  });

  it('three members sign up: two get seats, the third waits', async () => {
    for (const [i, openid] of MEMBERS.entries()) {
      const p = phoneOf(openid);
      await openDetail(p, id);
      await p.tap('.activity-detail .activity-detail__signup');
      await p.waitFor('.activity-detail .activity-detail__notice');
      if (i < 2) await expect(p.text(status)).resolves.toContain('您已报名');
    }
    const third = phoneOf('demo-party-member-3');
    await expect(third.text('.activity-detail .activity-detail__status--wait')).resolves.toContain('候补名单第 1 位');
    await third.snap('activity-02-member-waitlisted');
  });

  it('one cancels and the third is promoted, and told', async () => {
    const { host } = journey;
    const first = phoneOf('demo-party-member');
    await first.tap('.activity-detail .activity-detail__cancel');
    await first.tap('.activity-detail .activity-detail__confirm-yes');
    await first.waitFor($('.activity-detail .activity-detail__notice', { text: '已取消报名' }));
    // The freed seat went to the waiting member at once: signing up again would wait.
    await expect(first.text('.activity-detail .activity-detail__signup')).resolves.toBe('报名（进入候补）');

    const third = phoneOf('demo-party-member-3');
    await third.reload();
    await third.waitFor($('.activity-detail .activity-detail__status', { text: '您已报名' }));
    expect(await third.count('.activity-detail .activity-detail__status--wait')).toBe(0);
    expect(await outboxOf(host, 'signup_promoted', 'demo-party-member-3')).toHaveLength(1);
    const doc = await host.store.get<ActivityDoc>('activities', id);
    expect(doc?.seats.holders).toEqual(['demo-party-member-2', 'demo-party-member-3']);
    await third.snap('activity-03-member-promoted');
  });

  it('the promoted member checks in with the organiser\'s rotating code', async () => {
    const { host } = journey;
    const doc = (await host.store.get<ActivityDoc>('activities', id))!;
    host.clock.set(doc.startAt - 5 * 60_000); // the door opens: check-in is open 30 minutes before the start

    const s = phoneOf('demo-secretary');
    await s.reload();
    await s.tap($('.manage .btn-primary', { text: '出示签到二维码' }));
    await s.waitFor('.qr .qr-code');
    await s.snap('activity-04-organiser-qr');
    // A phone's camera reads the code where the platform can (H5: the code states its link). The weapp draws it on a
    // canvas no driver reads: there the member's camera is stood in for by the code the organiser's page shows now.
    let token: string;
    if (s.can.qr) {
      const link = await s.can.qr.read('.qr .qr-code');
      expect(link.startsWith(`${host.url}/#/pkg-activity/checkin/index?t=`)).toBe(true);
      token = new URL(link.replace('/#/', '/')).searchParams.get('t') ?? '';
    } else {
      token = (await host.callOk('demo-secretary', 'activity', 'checkInToken', { activityId: id })).token ?? '';
    }
    expect(token).not.toBe('');

    // The member's camera reads the code and opens the page it names.
    const third = phoneOf('demo-party-member-3');
    await third.open('pkg-activity/checkin/index', { t: token });
    await third.waitFor('.checkin .checkin__result--ok');
    await expect(third.text('.checkin .checkin__headline')).resolves.toBe('签到成功');
    await third.snap('activity-05-member-checked-in');

    // The other member shows their own rotating code; the organiser's scan of it (here: the code read from the screen) checks them in.
    const second = phoneOf('demo-party-member-2');
    await openDetail(second, id);
    await second.tap($('.activity-detail .activity-detail__secondary', { text: '出示我的签到码' }));
    await second.waitFor('.checkin .qr-code');
    await second.snap('activity-06-member-own-code');
    // As above: read from the screen where the platform can, else the code the member's page shows now.
    const memberCode = second.can.qr
      ? await second.can.qr.read('.checkin .qr-code')
      : ((await host.callOk('demo-party-member-2', 'activity', 'memberCode', { activityId: id })).code ?? '');
    const marked = await host.call('demo-secretary', 'activity', 'markAttendance', { activityId: id, memberCode });
    expect(marked.data).toMatchObject({ method: 'member_code', recordedByName: '孙书记' });

    await s.back();
    await s.reload();
    await expect(s.text(person('陈卫东').find('.manage__in'))).resolves.toContain('扫码签到');
    await expect(s.text(person('赵丽华').find('.manage__in'))).resolves.toContain('出示签到码');
    await s.snap('activity-07-organiser-attendance');
  });
});

describe('around the activities', () => {
  it('a member finds activities from 首页 and reads their record and hours in 我的活动', async () => {
    const m = phoneOf('demo-party-member');
    await m.open('pages/home/index');
    await m.tap($('.home .entry-list__row', { text: '社区活动' }));
    await m.waitFor('.activity-list .activity-card');
    await m.snap('activity-08-member-list');

    await m.open('pages/me/index');
    await m.tap($('.me .entry-list__row', { text: '我的活动' }));
    await m.tap($('.my-activities .my-activities__tab', { text: '参加记录' }));
    // Seeded: two past activities attended, 2.5 h and 2 h.
    await expect(m.text($('.my-activities .my-activities__stat-value', { nth: 1 }))).resolves.toBe('4.5 小时');
    await m.snap('activity-09-member-history');
  });

  it('the secretary approves the pending membership application', async () => {
    const { host } = journey;
    const s = phoneOf('demo-secretary');
    await s.open('pkg-branch/index/index');
    await s.tap($('.branch-home .branch-home__link', { text: '党员登记审核' }));
    const card = $('.approvals .approvals__app', { text: '李秀梅' });
    await s.waitFor(card);
    await s.snap('activity-10-secretary-approvals');
    await s.tap(card.find('.approvals__approve'));
    // One tap only asks: nothing is decided until 确认通过.
    await s.waitFor(card.find('.approvals__approve-confirm'));
    expect(await outboxOf(host, 'membership_decided', 'demo-resident-2')).toHaveLength(0);
    await s.tap(card.find('.approvals__approve-confirm'));
    await s.waitFor(card, { gone: true });
    const user = await host.store.get<{ _id: string; roles: Array<{ role: string; unitId?: string }> }>('users', 'demo-resident-2');
    expect(user?.roles).toContainEqual({ role: 'party_member', unitId: 'gd-xiyuan-2', unitPath: ['st-jinhua', 'cm-xiyuan', 'gd-xiyuan-2'] });
    expect(await outboxOf(host, 'membership_decided', 'demo-resident-2')).toHaveLength(1);
  });
});
