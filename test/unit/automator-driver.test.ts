import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AutomatorSession } from '../../scripts/harness/automator-driver';
import { devtoolsMissing } from '../../scripts/harness/devtools-journey';
import { $, need } from '../../scripts/harness/journey-driver';
import { FakeMiniProgram, node, type Node } from '../support/fake-automator';

/**
 * The DevTools driver's mapping onto miniprogram-automator, exercised on a stand-in (DevTools cannot run here): the
 * journeys are the same files on both drivers, so what each method does on the weapp side is tested here.
 */
let server: Server;
let hostUrl = '';
beforeAll(async () => {
  // The host's dev login, as the driver calls it for each phone's token.
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => res.end(JSON.stringify({ token: `tok-${(JSON.parse(body) as { openid: string }).openid}` })));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  hostUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

const taps: string[] = [];
/** A page as Taro renders it: the page, then its outer view with the page's class. */
const page = (className: string, children: Node[]) => node('page', '', [node('view', className, children)]);
const searchInput = node('input', 'catalog__input');
const TABS = ['pages/home/index', 'pages/catalog/index', 'pages/me/index'];
function fakeApp(): FakeMiniProgram {
  return new FakeMiniProgram({
    'pages/home/index': (_q, mp) =>
      page('home', [
        node('text', 'home__community', mp.storage.has('devToken') ? '西园社区' : ''),
        // Deep rows sit inside Taro's recursive custom component, which page.$$ does not enter.
        node('comp', '', [node('view', 'entry-list__row', '党员活动', { onTap: () => taps.push('党员活动') }), node('view', 'entry-list__row', '我的申请', { onTap: () => taps.push('我的申请') })]),
      ]),
    'pages/catalog/index': () => page('catalog', [node('view', 'catalog__search', [searchInput])]),
    'pkg-activity/detail/index': (q) => page('activity-detail', [node('text', 'activity-detail__title', `活动 ${q.id}`)]),
  });
}

describe('the miniprogram-automator driver', () => {
  it('opens pages with reLaunch and switchTab and reads where it is', async () => {
    const mp = fakeApp();
    const phone = new AutomatorSession(mp, hostUrl, TABS).phone();
    await phone.open('pkg-activity/detail/index', { id: 'act_1' });
    expect(mp.calls).toContain('reLaunch /pkg-activity/detail/index?id=act_1');
    expect(await phone.currentPage()).toEqual({ path: 'pkg-activity/detail/index', query: { id: 'act_1' } });
    await expect(phone.text('.activity-detail .activity-detail__title')).resolves.toBe('活动 act_1');
    await phone.switchTab('pages/catalog/index');
    expect(mp.calls).toContain('switchTab /pages/catalog/index');
    await phone.reload();
    expect(mp.calls.at(-1)).toBe('reLaunch /pages/catalog/index');
  });

  it('finds elements inside custom components, filters by text and position, taps and types', async () => {
    const mp = fakeApp();
    const phone = new AutomatorSession(mp, hostUrl, TABS).phone();
    await phone.open('pages/home/index');
    expect(await phone.count('.entry-list__row')).toBe(2);
    expect(await phone.texts('.entry-list__row')).toEqual(['党员活动', '我的申请']);
    await phone.tap($('.home .entry-list__row', { text: '我的申请' }));
    await phone.tap($('.entry-list__row', { nth: 0 }));
    expect(taps.splice(0)).toEqual(['我的申请', '党员活动']);

    await phone.switchTab('pages/catalog/index');
    // Typed into the input inside the element named, as `element.input` does.
    await phone.type('.catalog .catalog__search', 'ylbx');
    expect(searchInput.value).toBe('ylbx');
    await phone.doubleTap('.catalog .catalog__search');
  });

  it('waits for an element to show or go, and says what it waited for', async () => {
    const mp = fakeApp();
    const phone = new AutomatorSession(mp, hostUrl, TABS).phone();
    await phone.open('pages/catalog/index');
    await phone.waitFor('.catalog__nothing', { gone: true });
    await expect(phone.waitFor('.catalog__nothing', { timeoutMs: 300 })).rejects.toThrow(/timed out after 300 ms waiting for \.catalog__nothing to be shown \(weapp\)/);
  });

  it('signs a phone in with the host’s dev token, and phones take turns on the one simulator', async () => {
    const mp = fakeApp();
    const session = new AutomatorSession(mp, hostUrl, TABS);
    const secretary = session.phone();
    const member = session.phone();
    await need(secretary, 'signIn').asDemo('demo-secretary');
    expect(mp.storage.get('devToken')).toBe('tok-demo-secretary');
    await secretary.open('pkg-activity/detail/index', { id: 'act_9' });

    await need(member, 'signIn').asDemo('demo-party-member');
    expect(mp.storage.get('devToken')).toBe('tok-demo-party-member');
    expect((await mp.currentPage())?.path).toBe('pages/home/index');

    // The secretary acts again: their token back in storage and their page relaunched.
    await expect(secretary.text('.activity-detail__title')).resolves.toBe('活动 act_9');
    expect(mp.storage.get('devToken')).toBe('tok-demo-secretary');
    expect(mp.calls.at(-1)).toBe('reLaunch /pkg-activity/detail/index?id=act_9');

    // A phone's location is its own: the simulator's mock follows whose turn it is.
    await need(member, 'location').refuse();
    await need(secretary, 'location').at({ lng: 104.087, lat: 30.652 });
    expect(mp.mocks.get('getLocation')).toMatchObject({ errMsg: 'getLocation:ok' });
    await member.currentPage();
    expect(mp.mocks.get('getLocation')).toEqual({ errMsg: 'getLocation:fail auth deny' });

    await need(member, 'signIn').signOut();
    expect(mp.storage.has('devToken')).toBe(false);
  });

  it('mocks location and network the way WeChat answers, and reads tab badges back', async () => {
    const mp = fakeApp();
    const phone = new AutomatorSession(mp, hostUrl, TABS).phone();
    await need(phone, 'location').at({ lng: 104.087, lat: 30.652 });
    expect(mp.mocks.get('getLocation')).toEqual({ latitude: 30.652, longitude: 104.087, errMsg: 'getLocation:ok' });
    await need(phone, 'location').refuse();
    expect(mp.mocks.get('getLocation')).toEqual({ errMsg: 'getLocation:fail auth deny' });

    await need(phone, 'network').offline(true);
    expect(String(mp.mocks.get('request'))).toContain('request:fail');
    expect(mp.mocks.get('getNetworkType')).toEqual({ networkType: 'none', errMsg: 'getNetworkType:ok' });
    await need(phone, 'network').offline(false);
    expect([...mp.mocks.keys()]).toEqual(['getLocation']);

    setTimeout(() => (mp.badges[2] = '3'), 100);
    await need(phone, 'tabBar').waitForBadge('pages/me/index', '3', { timeoutMs: 2000 });
    delete mp.badges[2];
    await need(phone, 'tabBar').waitForBadge('pages/me/index', null);
    await expect(need(phone, 'tabBar').waitForBadge('pages/inbox/index', null)).rejects.toThrow(/not a tab page/);
  });

  it('has no QR reader (the weapp draws codes on a canvas), screenshots into the shared folder, and closes DevTools', async () => {
    const mp = fakeApp();
    const session = new AutomatorSession(mp, hostUrl, TABS);
    const phone = session.phone();
    expect(phone.can.qr).toBeUndefined();
    expect(() => need(phone, 'qr')).toThrow(/needs the 'qr' capability, which the weapp driver does not have/);
    await phone.open('pages/home/index');
    await phone.snap('home');
    expect(mp.calls.at(-1)).toMatch(/^screenshot .*\/weapp-home\.png$/);
    await session.close();
    expect(mp.closed).toBe(true);
  });

  it('says what is missing to run in DevTools', () => {
    expect(devtoolsMissing({})).toMatch(/WECHAT_DEVTOOLS_CLI is not set/);
    expect(devtoolsMissing({ WECHAT_DEVTOOLS_CLI: '/nowhere/cli' })).toBe('WECHAT_DEVTOOLS_CLI=/nowhere/cli does not exist');
  });
});

