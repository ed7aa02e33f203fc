import { $, need, type JourneyDriver } from '../../scripts/harness/journey-driver';
import { useJourney } from '../support/use-journey';

const journey = useJourney();

/** A spot in 西园第二网格 on the demo map (GCJ-02). */
const IN_XIYUAN_2 = { lng: 104.088, lat: 30.652 };
const card = $('.request-form .route-card');
const field = (label: string) => $('.request-form .form-field', { text: new RegExp(`^${label}`) });

/** Fills in CG-03 (问题上报) and submits it. */
async function report(phone: JourneyDriver, where: string): Promise<void> {
  await phone.tap(field('问题类型').find('.form-field__option', { text: /^乱堆乱放$/ }));
  await phone.type(field('位置').find('.form-field__input'), where);
  await phone.tap('.request-form .request-form__submit');
  await phone.waitFor('.request-detail .request-detail__sent');
}

async function openCg03(phone: JourneyDriver): Promise<void> {
  await phone.open('pages/item/index', { code: 'CG-03' });
  await phone.tap('.item .item__apply');
  await phone.waitFor(card);
}

describe('a request finds its grid', () => {
  it('a newcomer without a building shares the phone’s location and the request goes to that grid', async () => {
    const { driver: phone, host } = journey;
    await need(phone, 'location').at(IN_XIYUAN_2);
    await need(phone, 'signIn').asNewcomer('newcomer-route', '西园社区');

    await openCg03(phone);
    await phone.waitFor(card.find('.route-card__grid', { text: '西园社区' }));
    await expect(phone.text(card.find('.route-card__how'))).resolves.toBe('由社区统一分派');
    await phone.tap(card.find('.route-card__locate', { text: '使用当前位置' }));
    await phone.waitFor(card.find('.route-card__grid', { text: '西园第二网格' }));
    await expect(phone.text(card.find('.route-card__how'))).resolves.toBe('按所在位置分派');
    await phone.snap('routing-located');

    await report(phone, '西园路与锦华路口');
    await phone.waitFor($('.request-detail .request-detail__fact', { text: /受理网格\s*西园第二网格（按所在位置分派）/ }));
    await phone.snap('routing-request-detail');

    const [stored] = await host.store.find<{ _id: string; gridId: string; routedBy: string; location: { lng: number; lat: number } }>('service_requests', { residentId: 'newcomer-route' });
    expect(stored).toMatchObject({ gridId: 'gd-xiyuan-2', routedBy: 'location' });
    // The phone's position came back to the map's GCJ-02 within a metre or so (the H5 build converts from WGS-84).
    expect(Math.abs(stored!.location.lng - IN_XIYUAN_2.lng)).toBeLessThan(1e-5);
    expect(Math.abs(stored!.location.lat - IN_XIYUAN_2.lat)).toBeLessThan(1e-5);
  });

  it('says so plainly when the phone refuses its location, and the request can still go to the community', async () => {
    const { host } = journey;
    const denied = await journey.phone();
    try {
      await need(denied, 'location').refuse();
      await need(denied, 'signIn').asNewcomer('newcomer-no-gps', '西园社区');
      await openCg03(denied);
      await denied.tap(card.find('.route-card__locate'));
      await denied.waitFor(card.find('.route-card__hint', { text: '未能获取位置' }));
      await expect(denied.text(card.find('.route-card__how'))).resolves.toBe('由社区统一分派');
      await denied.snap('routing-denied');
      await report(denied, '西园路口');
      await denied.waitFor($('.request-detail .request-detail__fact', { text: /受理网格\s*由社区统一分派/ }));
      const [stored] = await host.store.find<{ _id: string; gridId: string | null; routedBy: string }>('service_requests', { residentId: 'newcomer-no-gps' });
      expect(stored).toMatchObject({ gridId: null, routedBy: 'community' });
    } finally {
      await denied.close();
    }
  });

  it('a resident with a registered building sees that building’s grid and is not asked for a location', async () => {
    const phone = journey.driver;
    await need(phone, 'signIn').asDemo('demo-resident');
    await openCg03(phone);
    await phone.waitFor(card.find('.route-card__grid', { text: '西园第一网格' }));
    await expect(phone.text(card.find('.route-card__how'))).resolves.toBe('按登记楼栋分派：西园3栋');
    expect(await phone.count(card.find('.route-card__locate'))).toBe(0);
  });
});
