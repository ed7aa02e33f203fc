import { $, need } from '../../scripts/harness/journey-driver';
import { useJourney } from '../support/use-journey';

const journey = useJourney();

const input = (nth: number) => $('.me .profile-editor .profile-editor__input', { nth });

describe('a newcomer arrives without a QR code', () => {
  it('signs in with a new openid, chooses a community, and fills in the profile with validation', async () => {
    const { driver: phone, host } = journey;
    await need(phone, 'signIn').asNewcomer('newcomer-e2e', '东桥社区');

    await phone.open('pages/me/index');
    await phone.waitFor($('.me .me__name', { text: '新居民' }));
    await phone.tap('.me .profile-editor__open');
    await phone.type(input(0), '张阿姨');
    await phone.type(input(1), '12345');
    await phone.tap('.me .profile-editor__save');
    await phone.waitFor($('.me .profile-editor__error', { text: '请填写11位手机号码' }));
    await phone.snap('profile-error');
    expect(await host.store.get('users', 'newcomer-e2e')).toMatchObject({ name: '新居民' });

    await phone.type(input(1), '13912345678');
    await phone.tap('.me .profile-editor__save');
    await phone.waitFor($('.me .me__name', { text: '张阿姨' }));
    await expect(phone.text('.me .me__profile')).resolves.toContain('139****5678');
    expect(await host.store.get('users', 'newcomer-e2e')).toMatchObject({ name: '张阿姨', communityId: 'cm-dongqiao', phone: '13912345678' });
    await phone.snap('profile-saved');
  });
});
