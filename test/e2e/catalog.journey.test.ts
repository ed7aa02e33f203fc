import { $, need } from '../../scripts/harness/journey-driver';
import { useJourney } from '../support/use-journey';

const journey = useJourney();

const firstRow = $('.catalog .item-row');
const field = (label: string) => $('.request-form .form-field', { text: new RegExp(`^${label}`) });
const fieldError = (label: string) => field(label).find('.form-field__error');
const option = (label: string, value: string) => field(label).find('.form-field__option', { text: new RegExp(`^${value}$`) });

describe('resident reads a service item', () => {
  it('signs in, searches by pinyin initials, opens the item and sees its policy basis', async () => {
    const phone = journey.driver;
    await need(phone, 'signIn').asDemo('demo-resident');
    await phone.waitFor($('.home .home__community', { text: '西园社区' }));
    await phone.waitFor($('.home .card-title', { text: '九大服务领域' }));
    await phone.snap('home');

    await phone.switchTab('pages/catalog/index');
    await phone.type('.catalog .catalog__input', 'ylbx');
    await phone.waitFor($('.catalog .catalog__count', { text: '“ylbx”的搜索结果' }));
    await phone.snap('catalog-search');
    const title = await phone.text(firstRow.find('.item-row__title'));
    expect(title).toContain('养老保险');

    await phone.tap(firstRow);
    await phone.waitFor('.item .item__basis');
    await expect(phone.text('.item .item__basis-title')).resolves.toMatch(/^《.+》/);
    await expect(phone.text('.item .item__title')).resolves.toBe(title);
    await phone.waitFor($('.item .card-title', { text: '所需材料' }));
    await phone.waitFor($('.item .card-title', { text: '办理流程' }));
    await phone.snap('item-detail');
  });

  it('filters by a field from the home page and offers the fields when nothing matches', async () => {
    const phone = journey.driver;
    await phone.open('pages/home/index');
    await phone.tap($('.home .home__field', { text: /^养老服务$/ }));
    await phone.waitFor($('.catalog .catalog__chip--on', { text: '养老服务' }));
    await phone.waitFor(firstRow);
    const texts = await phone.texts('.catalog .item-row');
    expect(texts.length).toBeGreaterThan(3);
    for (const t of texts) expect(t).toContain('养老');

    await phone.type('.catalog .catalog__input', '火星移民');
    await phone.waitFor($('.catalog .catalog__empty', { text: '没有找到相关事项' }));
    expect(await phone.count('.catalog .catalog__empty .catalog__chip')).toBe(9);
    await phone.snap('catalog-empty');
  });

  it('asks for an item online: initials search, the item, its form checked as typed, then 我的 → 我的申请', async () => {
    const { driver: phone, host } = journey;
    await phone.open('pages/home/index');
    await phone.switchTab('pages/catalog/index');
    await phone.tap($('.catalog .catalog__chip', { text: '全部' }));
    await phone.type('.catalog .catalog__input', 'zdshbz');
    await phone.waitFor($('.catalog .item-row', { text: '最低生活保障申请' }));
    await expect(phone.text(firstRow.find('.item-row__title'))).resolves.toBe('最低生活保障申请');
    await phone.tap(firstRow);

    await phone.tap('.item .item__apply');
    await phone.waitFor(field('共同生活家庭人口'));
    await phone.tap('.request-form .request-form__submit');
    // Checked on the device before anything is sent: one message per field.
    await expect(phone.text(fieldError('共同生活家庭人口'))).resolves.toBe('请填写共同生活家庭人口');
    await expect(phone.text(fieldError('主要困难'))).resolves.toBe('请选择主要困难');
    await phone.type(field('共同生活家庭人口').find('.form-field__input'), '30');
    await expect(phone.text(fieldError('共同生活家庭人口'))).resolves.toBe('共同生活家庭人口不能大于20');
    await phone.snap('request-form-errors');
    expect(await host.store.count('service_requests')).toBe(0);

    await phone.type(field('共同生活家庭人口').find('.form-field__input'), '3');
    await phone.tap(option('主要困难', '因病'));
    await phone.tap(option('主要困难', '无稳定收入'));
    await phone.type(field('联系电话').find('.form-field__input'), '13800000001');
    expect(await phone.count('.request-form .form-field__error')).toBe(0);
    await phone.doubleTap('.request-form .request-form__submit');

    await phone.waitFor($('.request-detail .request-detail__sent', { text: '提交成功' }));
    await expect(phone.text('.request-detail .request-detail__title')).resolves.toBe('最低生活保障申请');
    await phone.waitFor($('.request-detail .card', { text: '因病、无稳定收入' }));
    await phone.snap('request-submitted');
    // A double tap made one request.
    expect(await host.store.count('service_requests')).toBe(1);

    await phone.open('pages/me/index');
    await phone.tap($('.me .entry-list__row', { text: '我的申请' }));
    await expect(phone.text('.my-requests .my-requests__row')).resolves.toMatch(/最低生活保障申请[\s\S]*待受理[\s\S]*编号 XIYUAN-\d{8}-\d{4}/);
    await phone.snap('my-requests');
  });

  it('lets a grid worker switch to the worker view, which adds the 社区工作 items residents do not see', async () => {
    const phone = journey.driver;
    await need(phone, 'signIn').asDemo('demo-resident');
    await phone.switchTab('pages/catalog/index');
    await phone.waitFor(firstRow);
    expect(await phone.count('.catalog .catalog__views')).toBe(0);

    await need(phone, 'signIn').asDemo('demo-grid-worker');
    await phone.switchTab('pages/catalog/index');
    await phone.tap($('.catalog .catalog__chip', { text: '全部' }));
    await phone.type('.catalog .catalog__input', '枫桥经验');
    await phone.waitFor($('.catalog .catalog__empty'));
    await phone.tap($('.catalog .catalog__view', { text: '工作人员视图' }));
    await phone.waitFor($('.catalog .item-row', { text: /ZZ-08/ }).find('.tag', { text: '社区工作' }));
    await phone.snap('catalog-worker-view');
    await phone.tap($('.catalog .catalog__view', { text: '居民视图' }));
    await phone.waitFor($('.catalog .catalog__empty'));
    await phone.type('.catalog .catalog__input', '');
  });

  it('opens 办事 and a viewed item from the device with no network, saying it is offline', async () => {
    const phone = journey.driver;
    const network = need(phone, 'network');
    await phone.open('pages/me/index');
    await phone.waitFor('.me .entry-list__row');
    await network.offline(true);
    try {
      await phone.switchTab('pages/catalog/index');
      await expect(phone.text('.catalog .offline-hint')).resolves.toContain('离线');
      await phone.type('.catalog .catalog__input', 'ylbx');
      await expect(phone.text(firstRow.find('.item-row__title'))).resolves.toContain('养老保险');
      await phone.snap('catalog-offline');
      await phone.tap(firstRow);
      await phone.waitFor('.item .offline-hint');
      await phone.waitFor('.item .item__basis');
      await phone.snap('item-offline');
    } finally {
      await network.offline(false);
    }
  });
});
