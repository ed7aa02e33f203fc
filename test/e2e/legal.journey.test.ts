import type { BookingDoc } from '../../cloudfunctions/core/legal-aid/booking.repository';
import { $, need, type JourneyDriver } from '../../scripts/harness/journey-driver';
import { outboxOf } from '../support/activity-fixtures';
import { useJourney } from '../support/use-journey';

/**
 * Legal aid end to end on the H5 build: a lawyer applies and the community admin verifies; the lawyer sets hours; a
 * resident books; the lawyer accepts and completes with advice; the resident rates and sees who read the case;
 * another lawyer and an admin cannot read it.
 */
const journey = useJourney();
const LAWYER = 'journey-lawyer';
const phones: Record<string, JourneyDriver> = {};
const phoneOf = (openid: string) => phones[openid]!;
const SECRET = '前夫离婚后一直不付孩子的抚养费，已经拖欠八个月，想知道怎么要回来。';
let bookingId = '';

beforeAll(async () => {
  // Slots are offered from the server's clock; the phones' clock is the machine's: they start together.
  journey.host.clock.set(Date.now());
  phones[LAWYER] = journey.driver;
  for (const openid of ['demo-admin', 'demo-resident', 'demo-lawyer']) {
    phones[openid] = await journey.phone();
    await need(phones[openid]!, 'signIn').asDemo(openid);
  }
  await need(journey.driver, 'signIn').asNewcomer(LAWYER, '西园社区');
}, 120000);

describe('a lawyer joins the community\'s legal-aid team', () => {
  it('applies with a 执业证号, specialties, ways and a place', async () => {
    const p = phoneOf(LAWYER);
    await p.switchTab('pages/me/index');
    await p.tap($('.me .entry-list__row', { text: '法律援助志愿者' }));
    await p.type('.apply .apply__name', '林晓');
    await p.type('.apply .apply__license', '15101202010000088');
    await p.type('.apply .apply__firm', '四川西园律师事务所');
    await p.tap($('.apply .apply__specialty', { text: '婚姻家庭' }));
    await p.tap($('.apply .apply__mode', { text: '到服务点面谈' }));
    await p.type('.apply .apply__place', '西园社区党群服务中心二楼法律服务室');
    await p.tap($('.apply .apply__team', { text: '西园社区' }));
    await p.snap('legal-01-lawyer-applies');
    await p.tap('.apply .apply__submit');
    await p.waitFor($('.apply .apply__notice', { text: '申请已提交' }));
    await expect(p.text('.apply .apply__state')).resolves.toBe('待审核');
  });

  it('the community admin verifies the application', async () => {
    const a = phoneOf('demo-admin');
    await a.switchTab('pages/me/index');
    await a.tap($('.me .entry-list__row', { text: '法律援助志愿服务队' }));
    const card = $('.legal-admin .legal-admin__volunteer', { text: '林晓' });
    await a.waitFor(card);
    await a.snap('legal-02-admin-verifies');
    await a.tap(card.find('.legal-admin__approve'));
    await a.waitFor(card, { gone: true });
    expect(await outboxOf(journey.host, 'volunteer_decided', LAWYER)).toHaveLength(1);
  });

  it('the lawyer sets weekday afternoons as hours', async () => {
    const p = phoneOf(LAWYER);
    await p.reload();
    await expect(p.text('.apply .apply__state')).resolves.toBe('已认证');
    await p.tap('.apply .apply__hours');
    for (const day of ['mon', 'tue', 'wed', 'thu', 'fri']) await p.tap(`.hours .hours__day--${day} .hours__preset--pm`);
    await p.snap('legal-03-lawyer-hours');
    await p.tap('.hours .hours__save');
    await p.waitFor($('.hours .hours__notice', { text: '值班时间已保存' }));
  });
});

describe('a resident books, the lawyer serves', () => {
  it('the resident finds the lawyer from the catalog item ZZ-02, picks a slot and books with consent', async () => {
    const r = phoneOf('demo-resident');
    // 法律援助预约咨询 in the catalog leads into legal aid, not to the grid's request form.
    await r.open('pages/item/index', { code: 'ZZ-02' });
    await r.tap('.item .item__apply');
    await r.waitFor('.legal-home');
    expect((await r.currentPage()).path).toContain('pkg-legal/index/index');
    await r.tap($('.legal-home .legal-home__specialty', { text: '婚姻家庭' }));
    await r.tap($('.legal-home .legal-home__lawyer', { text: '林晓' }));
    await r.tap('.legal-lawyer .legal-lawyer__slot');
    await r.tap($('.book .book__specialty', { text: '婚姻家庭' }));
    await r.tap($('.book .book__mode', { text: '到服务点面谈' }));
    await r.type('.book .book__description', SECRET);
    // Without the consent box ticked, nothing is sent.
    await r.tap('.book .book__submit');
    await r.waitFor($('.book .legal-error', { text: '请阅读并勾选同意' }));
    await r.tap('.book .book__consent');
    await r.snap('legal-04-resident-books');
    await r.tap('.book .book__submit');
    await expect(r.text('.legal-booking .legal-booking__status')).resolves.toBe('待律师确认');
    bookingId = (await r.currentPage()).query.id ?? '';
    expect(bookingId).toMatch(/^bk_/);
  });

  it('the lawyer accepts from the desk, and after the start records the outcome with advice and a referral', async () => {
    const p = phoneOf(LAWYER);
    // Verified, the lawyer holds the role: 我的 shows the desk (back on the tab page: sub-pages have no tab bar).
    await p.open('pages/me/index');
    await p.tap($('.me .entry-list__row', { text: '律师工作台' }));
    await p.tap('.desk .legal-booking-row');
    await expect(p.text('.legal-booking .legal-booking__description')).resolves.toContain('抚养费');
    await p.tap('.legal-booking .legal-booking__accept');
    await p.waitFor($('.legal-booking .legal-booking__notice', { text: '已接受预约' }));

    const b = (await journey.host.store.get<BookingDoc>('legal_bookings', bookingId))!;
    journey.host.clock.set(b.startAt + 25 * 60_000);
    await p.reload();
    await p.type('.legal-booking .legal-booking__summary-input', '居民咨询追索拖欠的子女抚养费。');
    await p.type('.legal-booking .legal-booking__advice-input', '可先书面催告，仍不支付的，可向人民法院申请强制执行离婚判决或调解书中的抚养费条款。');
    await p.tap('.legal-booking .legal-booking__refer');
    await p.snap('legal-05-lawyer-completes');
    await p.tap('.legal-booking .legal-booking__complete-submit');
    // The status changes when the answer arrives: wait for it rather than read the page as the tap leaves it.
    await p.waitFor($('.legal-booking .legal-booking__status', { text: '已完成' }));
  });

  it('the resident reads the advice, rates, and sees who read the case', async () => {
    const r = phoneOf('demo-resident');
    await r.reload();
    await expect(r.text('.legal-booking .legal-booking__advice')).resolves.toContain('强制执行');
    await r.waitFor('.legal-booking .legal-booking__referral');
    await r.tap($('.legal-booking .legal-booking__star', { nth: 3 }));
    await r.type('.legal-booking .legal-booking__comment', '林律师讲得很清楚');
    await r.tap('.legal-booking .legal-booking__rate-submit');
    await r.waitFor($('.legal-booking .legal-booking__notice', { text: '感谢您的评价' }));
    await r.waitFor($('.legal-booking .legal-reads__row', { text: '林晓（志愿者）' }));
    await r.snap('legal-06-resident-rated');
    expect((await journey.host.store.get<BookingDoc>('legal_bookings', bookingId))?.rating).toMatchObject({ stars: 4, comment: '林律师讲得很清楚' });
  });

  it('another lawyer and an admin cannot read it', async () => {
    for (const openid of ['demo-lawyer', 'demo-admin']) {
      const o = phoneOf(openid);
      await o.open('pkg-legal/booking/index', { id: bookingId });
      await expect(o.text('.legal-booking__refused')).resolves.toBe('咨询内容仅预约的居民和承办的志愿者可以查看');
      expect(await o.count($('.legal-booking__text', { text: '抚养费' }))).toBe(0);
    }
    await phoneOf('demo-admin').snap('legal-07-admin-refused');
  });
});
