import type { InputOf } from '../../types/api';
import { snapshotData } from '../support/db-snapshot';
import { useTestHost } from '../support/use-test-host';
import { FEATURED_CODES } from '../../cloudfunctions/core/catalog/content/featured';
import { DAILY_SUBMIT_LIMIT } from '../../cloudfunctions/core/grid/submit-quota';

const host = useTestHost();

const MS01 = { householdSize: 3, hardship: ['因病', '无稳定收入'], visitDate: '2026-12-02', phone: '13800000001' };
let keySeq = 0;
const newKey = () => `test-key-${String(++keySeq).padStart(4, '0')}`;
const submit = (who: string, data: InputOf<'grid', 'submit'>) => host.call(who, 'grid', 'submit', data);
const count = (collection: string, filter = {}) => host.store.count(collection, filter);

describe('grid.submit', () => {
  it('stores a request from an online item with its answers, the resident’s place, a number and a notification', async () => {
    const res = await submit('demo-resident', { code: 'MS-01', answers: MS01, idempotencyKey: newKey() });
    expect(res.ok).toBe(true);
    const request = res.data!.request;
    expect(res.data?.created).toBe(true);
    expect(request).toMatchObject({ code: 'MS-01', title: '最低生活保障申请', status: 'assigned', no: 'XIYUAN-20261125-0001', holderName: '吴网格员', communityName: '西园社区', buildingName: '西园3栋', contactPhoneMasked: '138****0001' });
    expect(request.answers).toEqual([
      { key: 'householdSize', label: '共同生活家庭人口', text: '3' },
      { key: 'hardship', label: '主要困难', text: '因病、无稳定收入' },
      { key: 'visitDate', label: '期望社区上门日期', text: '2026-12-02' },
      // Masked here as in contactPhoneMasked: the full number stays with the people who call back.
      { key: 'phone', label: '联系电话', text: '138****0001' },
    ]);
    const stored = await host.store.get<{ _id: string } & Record<string, unknown>>('service_requests', request.id);
    expect(stored).toMatchObject({ residentId: 'demo-resident', communityId: 'cm-xiyuan', gridId: 'gd-xiyuan-1', buildingId: 'bd-xiyuan-03', createdAt: host.clock.now(), answers: MS01 });
    const outbox = await host.store.find<{ _id: string; kind: string; channel: string; link: string }>('outbox', { recipient: 'demo-resident', kind: 'request_received' });
    expect(outbox.map((m) => m.channel).sort()).toEqual(['inbox', 'subscribe']);
    expect(outbox[0]?.link).toBe(`/pkg-service/detail/index?id=${request.id}`);
  });

  it('fills a form’s 联系电话 from the registered phone when the resident leaves it out, and asks when none is registered', async () => {
    const { phone: _typed, ...withoutPhone } = MS01;
    const res = await submit('demo-resident-2', { code: 'MS-01', answers: withoutPhone, idempotencyKey: newKey() });
    expect(res.data?.request.answers.find((a) => a.key === 'phone')?.text).toBe('138****0002');
    const stored = await host.store.get<{ _id: string; answers: Record<string, unknown>; contactPhone: string }>('service_requests', res.data!.request.id);
    expect(stored).toMatchObject({ answers: { phone: '13800000002' }, contactPhone: '13800000002' });

    await host.callOk('newcomer-no-phone', 'user', 'enter', { scene: 'cm-xiyuan' });
    const asked = await submit('newcomer-no-phone', { code: 'MS-01', answers: withoutPhone, idempotencyKey: newKey() });
    expect(asked.error).toMatchObject({ code: 'INVALID_INPUT', fields: { 'answers.phone': '请填写联系电话' } });
  });

  it('makes one request for a double tap or a retry with the same idempotency key', async () => {
    const key = newKey();
    const data = { code: 'YL-10', answers: { mode: '送餐上门', meals: ['午餐'], phone: '13800000001' }, idempotencyKey: key };
    const before = await count('service_requests');
    const [a, b] = await Promise.all([submit('demo-resident', data), submit('demo-resident', data)]);
    const retry = await submit('demo-resident', data);
    expect([a, b, retry].every((r) => r.ok)).toBe(true);
    expect(new Set([a.data?.request.id, b.data?.request.id, retry.data?.request.id]).size).toBe(1);
    expect([a.data?.created, b.data?.created].sort()).toEqual([false, true]);
    expect(retry.data?.created).toBe(false);
    expect(await count('service_requests')).toBe(before + 1);
    expect(await count('outbox', { event: `rq:${a.data?.request.id}:1:submit` })).toBe(2);
    // Another resident's same key is their own request.
    const other = await submit('demo-resident-2', data);
    expect(other.data?.created).toBe(true);
    // The same key for another item is refused rather than answered with the wrong request.
    expect((await submit('demo-resident', { ...data, code: 'CG-03', answers: { location: '西园3栋', problem: '乱堆乱放' } })).error?.code).toBe('CONFLICT');
  });

  it.each([
    ['a missing required answer', { ...MS01, householdSize: undefined }, { 'answers.householdSize': '请填写共同生活家庭人口' }],
    ['a number below the minimum', { ...MS01, householdSize: 0 }, { 'answers.householdSize': '共同生活家庭人口不能小于1' }],
    ['a number above the maximum', { ...MS01, householdSize: 21 }, { 'answers.householdSize': '共同生活家庭人口不能大于20' }],
    ['a fraction', { ...MS01, householdSize: 2.5 }, { 'answers.householdSize': '共同生活家庭人口请填写整数' }],
    ['a number as text', { ...MS01, householdSize: '3' }, { 'answers.householdSize': '共同生活家庭人口请填写数字' }],
    ['an option not offered', { ...MS01, hardship: ['中彩票'] }, { 'answers.hardship': '请从选项中选择主要困难' }],
    ['a multiple choice as text', { ...MS01, hardship: '因病' }, { 'answers.hardship': '请从选项中选择主要困难' }],
    ['an impossible date', { ...MS01, visitDate: '2026-02-30' }, { 'answers.visitDate': '请选择正确的期望社区上门日期' }],
    ['a malformed phone', { ...MS01, phone: '打电话' }, { 'answers.phone': '请填写正确的联系电话' }],
    ['a key the form does not have', { ...MS01, income: 100 }, { 'answers.income': '表单中没有这一项' }],
  ])('refuses %s with a per-field Chinese message and writes nothing', async (_label, answers, fields) => {
    const snapshot = snapshotData(host.dataDir);
    const res = await submit('demo-resident', { code: 'MS-01', answers: JSON.parse(JSON.stringify(answers)), idempotencyKey: newKey() });
    expect(res.error).toMatchObject({ code: 'INVALID_INPUT', fields });
    expect(res.error?.message).toBe(Object.values(fields)[0]);
    expect(snapshotData(host.dataDir)).toEqual(snapshot);
  });

  it('checks the text length and the single choice of another item', async () => {
    const res = await submit('demo-resident', { code: 'MS-03', answers: { cause: '彩票', urgency: '否', description: '很'.repeat(501), phone: '13800000001' }, idempotencyKey: newKey() });
    expect(res.error?.fields).toEqual({ 'answers.cause': '请从选项中选择困难原因', 'answers.description': '情况说明最多500个字' });
  });

  it.each([
    ['an item that cannot be requested online', 'demo-resident', 'MS-02', 'INVALID_INPUT'],
    ['an item that does not exist', 'demo-resident', 'MS-99', 'NOT_FOUND'],
    ['a newcomer with no community yet', 'newcomer-no-community', 'MS-01', 'FORBIDDEN'],
  ])('refuses %s', async (_label, who, code, errorCode) => {
    const snapshot = snapshotData(host.dataDir);
    const res = await submit(who, { code, answers: {}, idempotencyKey: newKey() });
    expect(res.error?.code).toBe(errorCode);
    expect(res.error?.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(snapshotData(host.dataDir)).toEqual(snapshot);
  });

  it('refuses an item the community hid, while the next community can still ask for it', async () => {
    await host.call('demo-admin', 'catalog-admin', 'adjust', { communityId: 'cm-xiyuan', code: 'CG-01', patch: {}, hidden: true, rev: 0 });
    const answers = { location: '西园路口绿化带', problem: '损坏树木花草' };
    const hidden = await submit('demo-resident', { code: 'CG-01', answers, idempotencyKey: newKey() });
    expect(hidden.error?.code).toBe('NOT_FOUND');
  });
});

describe('daily submission quota', () => {
  it('refuses the eleventh new request of a Shanghai day with RATE_LIMITED, writing nothing, and resets the next day', async () => {
    const answers = { location: '西园5栋东侧', problem: '乱堆乱放' };
    const who = 'quota-resident';
    await host.store.put('users', { _id: who, name: '测试居民', roles: [{ role: 'resident' }], communityId: 'cm-xiyuan', buildingId: 'bd-xiyuan-05', createdAt: 0, updatedAt: 0 });
    const keys = Array.from({ length: DAILY_SUBMIT_LIMIT }, () => newKey());
    for (const key of keys) expect((await submit(who, { code: 'CG-03', answers, idempotencyKey: key })).ok).toBe(true);

    // A retry of a request already made is not a new submission: it still answers.
    expect((await submit(who, { code: 'CG-03', answers, idempotencyKey: keys[0]! })).data?.created).toBe(false);

    const before = snapshotData(host.dataDir);
    const over = await submit(who, { code: 'CG-03', answers, idempotencyKey: newKey() });
    expect(over.error?.code).toBe('RATE_LIMITED');
    expect(over.error?.message).toContain('明天');
    expect(snapshotData(host.dataDir)).toEqual(before);

    const saved = host.clock.now();
    host.clock.advance(24 * 3_600_000);
    try {
      expect((await submit(who, { code: 'CG-03', answers, idempotencyKey: newKey() })).ok).toBe(true);
    } finally {
      host.clock.set(saved);
    }
  });
});

describe('grid.mine and grid.get', () => {
  it('lists only the caller’s own requests, newest first, in pages', async () => {
    host.clock.advance(60_000);
    const latest = await submit('demo-resident', { code: 'ZZ-06', answers: { location: '西园3栋楼道', hazardType: '电动车违规充电', description: '楼道内飞线给电动车充电' }, idempotencyKey: newKey() });
    expect(latest.error).toBeUndefined();
    const page1 = await host.call('demo-resident', 'grid', 'mine', { limit: 1 });
    expect(page1.data?.items.map((i) => i.id)).toEqual([latest.data?.request.id]);
    const page2 = await host.call('demo-resident', 'grid', 'mine', { cursor: page1.data?.nextCursor ?? undefined });
    expect(page2.data?.items.length).toBe(2);
    expect(page2.data?.nextCursor).toBeNull();
    const others = await host.call('demo-resident-2', 'grid', 'mine', {});
    expect(others.data?.items.every((i) => !page2.data?.items.some((mine) => mine.id === i.id))).toBe(true);
  });

  it('shows a request to its resident and the people of its grid and community; to anyone else it does not exist', async () => {
    const mine = await host.call('demo-resident', 'grid', 'mine', {});
    const id = mine.data!.items[0]!.id;
    const timeline = (await host.call('demo-resident', 'grid', 'get', { id })).data?.timeline;
    expect(timeline?.map((e) => [e.status, e.note])).toEqual([
      ['submitted', '已提交，由西园第一网格受理'],
      ['assigned', '首接负责：吴网格员'],
    ]);
    for (const who of ['demo-admin', 'demo-grid-worker', 'demo-street-admin', 'demo-secretary']) expect((await host.call(who, 'grid', 'get', { id })).ok).toBe(true);
    for (const who of ['demo-resident-2', 'demo-party-member', 'demo-lawyer']) {
      expect((await host.call(who, 'grid', 'get', { id })).error?.code).toBe('NOT_FOUND');
    }
  });
});

describe('catalog.frequent', () => {
  const frequent = async (who: string) => (await host.call(who, 'catalog', 'frequent', {})).data?.items.map((i) => i.code);

  it('puts the community’s most requested items first, topped up by the curated list, and forgets after 90 days', async () => {
    for (const [code, answers] of [
      ['CG-03', { location: '西园5栋', problem: '乱堆乱放' }],
      ['CG-03', { location: '西园6栋', problem: '垃圾未及时清运' }],
      ['CG-03', { location: '西园7栋', problem: '乱扔垃圾' }],
    ] as const) {
      const res = await submit('demo-resident-2', { code, answers, idempotencyKey: newKey() });
      expect(res.error).toBeUndefined();
    }
    const xiyuan = await frequent('demo-resident');
    // CG-03 ×3, MS-01 ×2 (the registered-phone test above) and YL-10 ×2 (the idempotency test) in handbook order, ZZ-06 ×1, then the curated list.
    expect(xiyuan?.slice(0, 4)).toEqual(['CG-03', 'MS-01', 'YL-10', 'ZZ-06']);
    expect(xiyuan).toHaveLength(6);
    expect(await frequent('demo-lawyer-2')).toEqual(FEATURED_CODES.slice(0, 6));

    host.clock.advance(100 * 86_400_000);
    expect(await frequent('demo-resident')).toEqual(FEATURED_CODES.slice(0, 6));

    // An item the community hides is never offered, even from the curated list.
    await host.call('demo-street-admin', 'catalog-admin', 'adjust', { communityId: 'cm-dongqiao', code: FEATURED_CODES[0]!, patch: {}, hidden: true, rev: 0 });
    expect(await frequent('demo-lawyer-2')).toEqual(FEATURED_CODES.slice(1, 7));
  });
});
