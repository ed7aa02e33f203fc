import gcoord from 'gcoord';
import type { Browser, Page } from 'playwright-core';
import { phonePage, signInAs, signInAsNewcomer, snap, startJourney, stopJourney } from '../support/browser';
import type { TestHost } from '../../scripts/harness/test-host';

let host: TestHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ host, browser, page } = await startJourney());
}, 60000);
afterAll(() => stopJourney({ host, browser }));

/** A spot in 西园第二网格 on the demo map (GCJ-02), as a browser's GPS would report it (WGS-84). */
const IN_XIYUAN_2 = { lng: 104.088, lat: 30.652 };
const [longitude, latitude] = gcoord.transform([IN_XIYUAN_2.lng, IN_XIYUAN_2.lat], gcoord.GCJ02, gcoord.WGS84) as [number, number];

async function openCg03(p: Page): Promise<void> {
  await p.goto(`${host.url}/#/pages/item/index?code=CG-03`);
  // Pages earlier in the H5 router's stack stay in the DOM, hidden: act on the one on screen.
  await p.locator('.item__apply:visible').click();
  await p.locator('.request-form .route-card:visible').waitFor();
}

describe('a request finds its grid', () => {
  it('a newcomer without a building shares the phone’s location and the request goes to that grid', async () => {
    await page.context().grantPermissions(['geolocation'], { origin: host.url });
    await page.context().setGeolocation({ longitude, latitude });
    await signInAsNewcomer(page, host.url, 'newcomer-route', '西园社区');

    await openCg03(page);
    const card = page.locator('.route-card');
    await card.locator('.route-card__grid', { hasText: '西园社区' }).waitFor();
    await expect(card.locator('.route-card__how').innerText()).resolves.toBe('由社区统一分派');
    await card.locator('.route-card__locate', { hasText: '使用当前位置' }).click();
    await card.locator('.route-card__grid', { hasText: '西园第二网格' }).waitFor();
    await expect(card.locator('.route-card__how').innerText()).resolves.toBe('按所在位置分派');
    await snap(page, 'routing-located');

    const form = page.locator('.request-form');
    await form.locator('[data-key="problem"] [data-option="乱堆乱放"]').click();
    await form.locator('[data-key="location"] input').fill('西园路与锦华路口');
    await form.locator('.request-form__submit').click();
    await page.locator('.request-detail__sent').waitFor();
    await page.locator('.request-detail__fact', { hasText: '受理网格' }).filter({ hasText: '西园第二网格（按所在位置分派）' }).waitFor();
    await page.waitForTimeout(400); // the page transition
    await snap(page, 'routing-request-detail');

    const [stored] = await host.store.find<{ _id: string; gridId: string; routedBy: string; location: { lng: number; lat: number } }>('service_requests', { residentId: 'newcomer-route' });
    expect(stored).toMatchObject({ gridId: 'gd-xiyuan-2', routedBy: 'location' });
    // The browser's WGS-84 came back to the map's GCJ-02 within a metre or so.
    expect(Math.abs(stored!.location.lng - IN_XIYUAN_2.lng)).toBeLessThan(1e-5);
    expect(Math.abs(stored!.location.lat - IN_XIYUAN_2.lat)).toBeLessThan(1e-5);
  });

  it('says so plainly when the phone refuses its location, and the request can still go to the community', async () => {
    const denied = await phonePage(browser);
    denied.setDefaultTimeout(10000);
    await signInAsNewcomer(denied, host.url, 'newcomer-no-gps', '西园社区');
    await openCg03(denied);
    await denied.locator('.route-card__locate').click();
    await denied.locator('.route-card__hint.error', { hasText: '未能获取位置' }).waitFor();
    await snap(denied, 'routing-denied');
    await denied.close();
  });

  it('a resident with a registered building sees that building’s grid and is not asked for a location', async () => {
    await signInAs(page, host.url, 'demo-resident');
    await openCg03(page);
    const card = page.locator('.route-card:visible');
    await card.locator('.route-card__grid', { hasText: '西园第一网格' }).waitFor();
    await expect(card.locator('.route-card__how').innerText()).resolves.toBe('按登记楼栋分派：西园3栋');
    expect(await card.locator('.route-card__locate').count()).toBe(0);
  });
});
