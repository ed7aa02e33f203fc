import { $, need } from '../../scripts/harness/journey-driver';
import { findText } from '../support/openid-scan';
import { useJourney } from '../support/use-journey';

const journey = useJourney();
const entry = (page: string, title: string) => $(`.${page} .entry-list__row`, { text: title });

describe('verified residence', () => {
  it('the 楼栋长 vouches for a household of the building, and the resident sees it verified', async () => {
    const phone = journey.driver;
    await need(phone, 'signIn').asDemo('demo-building-head');
    await phone.switchTab('pages/me/index');
    await phone.tap(entry('me', '住户核实'));
    const card = $('.household-verify .household-verify__claim', { text: '李秀梅' });
    await phone.waitFor(card);
    await expect(phone.text(card)).resolves.toContain('西园6栋 2单元 501室');
    await phone.snap('household-verify');
    await phone.tap(card.find('.household-verify__approve'));
    await phone.waitFor(card, { gone: true });

    await need(phone, 'signIn').asDemo('demo-resident-2');
    await phone.switchTab('pages/me/index');
    await phone.tap(entry('me', '我的住户'));
    await phone.waitFor($('.household-mine .household-mine__status', { text: '已核实' }));
    await expect(phone.text('.household-mine .household-mine__claim')).resolves.toContain('楼栋长（西园6栋）');
    await phone.snap('household-mine');
  });
});

describe('my data', () => {
  it('a member sees who read their membership details, by role and unit', async () => {
    const phone = journey.driver;
    await journey.host.callOk('demo-secretary', 'party', 'members', {});
    await need(phone, 'signIn').asDemo('demo-party-member');
    await phone.switchTab('pages/me/index');
    await phone.tap(entry('me', '谁查看了我的信息'));
    await phone.waitFor($('.privacy-reads .privacy-reads__who', { text: '支部书记（西园社区）' }));
    await expect(phone.text('.privacy-reads .privacy-reads__row')).resolves.toContain('查看党员名册');
  });

  it('a newcomer agrees to the privacy guide, exports their data, and deletes the account', async () => {
    const phone = journey.driver;
    await need(phone, 'signIn').asNewcomer('e2e-leaver', '西园社区');
    expect(await journey.host.store.get('users', 'e2e-leaver')).toMatchObject({ consents: { basic: expect.objectContaining({ version: expect.any(String) }) } });
    await phone.switchTab('pages/me/index');
    await phone.tap(entry('me', '我的数据'));
    await phone.tap('.privacy-data .privacy-data__export');
    await phone.waitFor($('.privacy-data .privacy-data__notice', { text: '已导出' }));
    await phone.tap('.privacy-data .privacy-data__delete-start');
    await phone.snap('delete-confirm');
    await phone.tap('.privacy-data .privacy-data__delete-confirm');
    await phone.waitFor($('.privacy-data .privacy-data__deleted', { text: '账号已注销' }));
    expect(findText(journey.host.dataDir, 'e2e-leaver')).toEqual([]);
    await phone.tap('.privacy-data .privacy-data__restart');
    await phone.waitFor('.login');
  });
});
