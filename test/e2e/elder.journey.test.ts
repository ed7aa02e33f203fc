import { $, need } from '../../scripts/harness/journey-driver';
import { useJourney } from '../support/use-journey';

const journey = useJourney();

const TILES = ['找服务', '我的办件', '消息', '拨打社区电话'];
const field = (label: string) => $('.request-form .form-field', { text: new RegExp(`^${label}`) });

describe('长辈版', () => {
  it('is switched on from 首页, remembered, and switched off from 我的', async () => {
    const phone = journey.driver;
    await need(phone, 'signIn').asDemo('demo-resident');
    await phone.open('pages/home/index');
    await phone.tap($('.home .elder-switch', { text: '已关闭' }));

    // Its 首页: exactly four large tiles and a search box; the call tile shows the service center's number.
    await phone.waitFor('.home.page--elder .elder-home__tiles');
    await expect(phone.texts('.home .elder-home__tile-title')).resolves.toEqual(TILES);
    await expect(phone.text('.home .elder-home__tile--call')).resolves.toMatch(/拨打社区电话\s*028-/);
    await phone.snap('elder-home');

    // Remembered on the device: a reload and every other page open in 长辈版.
    await phone.reload();
    await phone.waitFor('.home.page--elder .elder-home__tiles');
    await phone.open('pages/me/index');
    await phone.waitFor('.me.page--elder');

    // 文字大小 on top of it: the largest step (main functions at 30 px).
    await phone.tap($('.me .text-size__step', { text: '特大' }));
    await phone.waitFor('.me.page--elder.text-step-2');
    await phone.tap($('.me .text-size__step', { text: '标准' }));
    await phone.waitFor('.me.page--elder.text-step-0');

    await phone.tap($('.me .elder-switch', { text: '已开启' }));
    await phone.waitFor('.me.page--standard');
    await phone.open('pages/home/index');
    await phone.waitFor('.home.page--standard .home__fields');
    expect(await phone.count('.home .elder-home__tile')).toBe(0);
  });

  it('takes a newcomer from a building’s QR code to a submitted request, with no dead end', async () => {
    const { driver: phone, host } = journey;
    need(phone, 'signIn');
    // A new person: the dev sign-in with an openid nobody used, then the building's QR code (its scene).
    await phone.open('pages/login/index');
    await phone.type('.login .login__input', 'newcomer-elder');
    await phone.tap('.login .btn-primary');
    // First use: the privacy guide, agreed to before anything is kept.
    await phone.tap('.privacy-gate .privacy-gate__agree');
    await phone.waitFor('.home .home__choice');
    // The scan opens the app afresh on 首页 with the code's scene.
    await phone.open('pages/home/index', { scene: 'cm-xiyuan~bd-xiyuan-03' });
    await phone.reload();
    await phone.waitFor($('.home .home__community', { text: '西园社区' }));

    // Asked how to be addressed, not left as 新居民.
    await phone.type('.home .welcome-name__input', '王阿姨');
    await phone.tap('.home .welcome-name__save');
    await phone.waitFor('.home .welcome-name', { gone: true });
    expect(await host.store.get('users', 'newcomer-elder')).toMatchObject({ name: '王阿姨', communityId: 'cm-xiyuan', buildingId: 'bd-xiyuan-03' });

    await phone.tap($('.home .elder-switch', { text: '已关闭' }));
    await phone.waitFor('.home.page--elder .elder-home__tiles');

    // Search as dictation fills it: the words, then the keyboard's 搜索 (the button beside the box does the same).
    await phone.type('.home .elder-home__input', '低保');
    await phone.tap('.home .elder-home__go');
    await phone.waitFor($('.catalog.page--elder .item-row', { text: '最低生活保障申请' }));
    await phone.tap($('.catalog .item-row', { text: '最低生活保障申请' }));
    await phone.tap('.item.page--elder .item__apply');

    // The building from the QR code decides who handles it; nothing sends the person to a field that is not there.
    await phone.waitFor($('.request-form .route-card', { text: '按登记楼栋分派' }));
    await phone.type(field('共同生活家庭人口').find('.form-field__input'), '2');
    await phone.tap(field('主要困难').find('.form-field__option', { text: '因病' }));
    await phone.type(field('联系电话').find('.form-field__input'), '13912340000');
    await phone.snap('elder-request-form');
    await phone.tap('.request-form .request-form__submit');

    await phone.waitFor($('.request-detail.page--elder .request-detail__title', { text: '最低生活保障申请' }));
    // One number, masked the same way at the top and among the answers.
    const shown = await phone.text('.request-detail');
    expect(shown).toContain('139****0000');
    expect(shown).not.toContain('13912340000');
    const stored = await host.store.find('service_requests', { residentId: 'newcomer-elder' });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ code: 'MS-01', buildingId: 'bd-xiyuan-03', contactPhone: '13912340000' });
    await phone.snap('elder-request-submitted');
  });
});
