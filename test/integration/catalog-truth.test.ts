import type { InputOf } from '../../types/api';
import type { CallResult } from '../../scripts/harness/test-host';
import { CATALOG_ITEMS } from '../../cloudfunctions/core/catalog/content/index';
import { quotableParts } from '../../types/catalog-display';
import { snapshotData } from '../support/db-snapshot';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();

const DUTY = CATALOG_ITEMS.filter((i) => i.kind === 'duty').map((i) => i.code);
const list = (who: string, data: InputOf<'catalog', 'list'> = {}) => host.call(who, 'catalog', 'list', data);
const report = (who: string, data: unknown) => host.callRaw(who, 'catalog', 'reportMistake', data) as Promise<CallResult<{ id: string }>>;
const reports = (who: string, communityId: string, status?: 'open' | 'resolved') =>
  host.call(who, 'catalog-admin', 'reports', { communityId, ...(status ? { status } : {}) });
const quoteOf = (code: string, label: string) => quotableParts(CATALOG_ITEMS.find((i) => i.code === code)!).find((p) => p.label === label)!.text;

describe('whom items serve: residents’ catalog and the worker view', () => {
  it('shows residents the 居民可办 and 居民可查 items only, and hides duties from their search and detail', async () => {
    const res = await list('demo-resident');
    expect(DUTY.length).toBeGreaterThan(0);
    expect(res.data?.total).toBe(87 - DUTY.length);
    expect(res.data?.items.filter((i) => i.kind === 'duty')).toEqual([]);
    expect((await list('demo-resident', { q: '矛盾排查' })).data?.items.map((i) => i.code)).not.toContain('ZZ-08');
    expect((await host.call('demo-resident', 'catalog', 'get', { code: 'ZZ-08' })).error?.code).toBe('NOT_FOUND');
  });

  it('gives staff every item in the worker view, under its own version, and refuses it to residents', async () => {
    const worker = await list('demo-grid-worker', { view: 'worker' });
    expect(worker.data?.total).toBe(87);
    expect(worker.data?.items.map((i) => i.code)).toEqual(expect.arrayContaining(DUTY));
    const resident = await list('demo-grid-worker');
    expect(worker.data?.version).not.toBe(resident.data?.version);
    expect((await list('demo-grid-worker', { view: 'worker', knownVersion: resident.data?.version })).data?.total).toBe(87);
    expect((await host.call('demo-grid-worker', 'catalog', 'get', { code: 'ZZ-08' })).ok).toBe(true);
    const refused = await list('demo-resident', { view: 'worker' });
    expect(refused.error?.code).toBe('FORBIDDEN');
    expect(refused.error?.message).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('本社区承诺: a community’s own time limit and hours', () => {
  it('shows the community’s promise beside what the documents say, and refuses a limit it cannot read', async () => {
    const saved = await host.call('demo-admin', 'catalog-admin', 'adjust', { communityId: 'cm-xiyuan', code: 'MS-01', patch: { promisedLimit: '5个工作日' }, hidden: false, rev: 0 });
    expect(saved.ok).toBe(true);
    const detail = await host.call('demo-resident', 'catalog', 'get', { code: 'MS-01' });
    expect(detail.data?.item.promisedLimit).toBe('5个工作日');
    expect(detail.data?.item.steps.some((s) => s.limit?.quote === '公示期为7天')).toBe(true);
    expect(detail.data?.place?.hours).toContain('9:00');
    const other = await host.call('demo-lawyer-2', 'catalog', 'get', { code: 'MS-01' });
    expect(other.data?.item.promisedLimit).toBeUndefined();

    const before = snapshotData(host.dataDir);
    const bad = await host.call('demo-admin', 'catalog-admin', 'adjust', { communityId: 'cm-xiyuan', code: 'MS-02', patch: { promisedLimit: '尽快办理' }, hidden: false, rev: 0 });
    expect(bad.error).toMatchObject({ code: 'INVALID_INPUT', fields: { 'patch.promisedLimit': expect.stringContaining('工作日') } });
    expect(snapshotData(host.dataDir)).toEqual(before);
  });
});

describe('纠错: reporting a mistake in an item', () => {
  it('records a report quoting the item, audited with it, on the community admin’s list', async () => {
    const quote = quoteOf('MS-01', '办理条件 2');
    const res = await report('demo-resident', { code: 'MS-01', quote, problem: '本市财产标准已调整，请核实后更新。' });
    expect(res.ok).toBe(true);
    const open = await reports('demo-admin', 'cm-xiyuan', 'open');
    expect(open.data?.reports).toEqual([expect.objectContaining({ id: res.data?.id, code: 'MS-01', quote, reporterName: '王建国', status: 'open' })]);
    const audit = await host.store.find<{ _id: string; action: string; unitId: string; actor: string }>('audit', { action: 'catalog.reportMistake' });
    expect(audit).toEqual([expect.objectContaining({ unitId: 'cm-xiyuan', actor: 'demo-resident' })]);
    // Another community's admin list does not see it.
    expect((await reports('demo-street-admin', 'cm-dongqiao')).data?.reports).toEqual([]);
  });

  it('refuses text the item does not show, a too-short explanation, a duty item for a resident, and a newcomer, writing nothing', async () => {
    const before = snapshotData(host.dataDir);
    const wrongQuote = await report('demo-resident', { code: 'MS-01', quote: '公示7个工作日', problem: '公示期写错了，应为自然日。' });
    expect(wrongQuote.error).toMatchObject({ code: 'INVALID_INPUT', fields: { quote: expect.stringMatching(/[\u4e00-\u9fa5]/) } });
    const short = await report('demo-resident', { code: 'MS-01', quote: quoteOf('MS-01', '名称'), problem: '错' });
    expect(short.error?.code).toBe('INVALID_INPUT');
    const duty = await report('demo-resident', { code: 'ZZ-08', quote: quoteOf('ZZ-08', '名称'), problem: '这个事项的名称不准确。' });
    expect(duty.error?.code).toBe('NOT_FOUND');
    const newcomer = await report('newcomer-report', { code: 'MS-01', quote: quoteOf('MS-01', '名称'), problem: '这个事项的名称不准确。' });
    expect(newcomer.error?.code).toBe('FORBIDDEN');
    expect(snapshotData(host.dataDir)).toEqual(before);
  });

  it('lets staff report on a duty item', async () => {
    const res = await report('demo-grid-worker', { code: 'ZZ-08', quote: quoteOf('ZZ-08', '办理流程 1'), problem: '排查频次应写明以街道要求为准。' });
    expect(res.ok).toBe(true);
  });

  it('limits reports to a few per person per day (RATE_LIMITED, nothing written), and counts afresh the next day', async () => {
    const send = () => report('demo-resident-2', { code: 'YL-01', quote: quoteOf('YL-01', '名称'), problem: '名称里应写明高龄津贴也叫长寿补贴。' });
    for (let n = 0; n < 5; n++) expect((await send()).ok).toBe(true);
    const before = snapshotData(host.dataDir);
    const over = await send();
    expect(over.error?.code).toBe('RATE_LIMITED');
    expect(snapshotData(host.dataDir)).toEqual(before);
    host.clock.advance(24 * 3_600_000);
    expect((await send()).ok).toBe(true);
  });

  it('is closed by the admin with a note, audited; a second close is a CONFLICT, another community’s admin is refused', async () => {
    const [first] = (await reports('demo-admin', 'cm-xiyuan', 'open')).data!.reports.filter((r) => r.code === 'MS-01');
    const resolved = await host.call('demo-admin', 'catalog-admin', 'resolveReport', { communityId: 'cm-xiyuan', id: first!.id, note: '已向区民政局核实，标准以当地公布为准，已补充说明。' });
    expect(resolved).toMatchObject({ ok: true, data: { status: 'resolved' } });
    const done = (await reports('demo-admin', 'cm-xiyuan', 'resolved')).data?.reports.find((r) => r.id === first!.id);
    expect(done).toMatchObject({ status: 'resolved', resolution: expect.stringContaining('已补充说明'), resolvedByName: '郑主任' });
    const trail = await host.call('demo-admin', 'catalog-admin', 'audit', { communityId: 'cm-xiyuan', code: 'MS-01' });
    expect(trail.data?.entries[0]).toMatchObject({ action: 'catalog.resolveReport', changes: expect.arrayContaining([{ field: 'resolution', before: null, after: expect.stringContaining('已补充说明') }]) });

    const before = snapshotData(host.dataDir);
    const again = await host.call('demo-admin', 'catalog-admin', 'resolveReport', { communityId: 'cm-xiyuan', id: first!.id, note: '再次处理' });
    expect(again.error?.code).toBe('CONFLICT');
    const theirs = await report('demo-lawyer-2', { code: 'MS-01', quote: quoteOf('MS-01', '名称'), problem: '东桥社区的窗口名称不对。' });
    expect(theirs.ok).toBe(true);
    const snapshotAfterReport = snapshotData(host.dataDir);
    const forbidden = await host.call('demo-admin', 'catalog-admin', 'resolveReport', { communityId: 'cm-dongqiao', id: theirs.data!.id, note: '越权处理' });
    expect(forbidden.error?.code).toBe('FORBIDDEN');
    const wrongCommunity = await host.call('demo-admin', 'catalog-admin', 'resolveReport', { communityId: 'cm-xiyuan', id: theirs.data!.id, note: '越权处理' });
    expect(wrongCommunity.error?.code).toBe('NOT_FOUND');
    expect(snapshotData(host.dataDir)).toEqual(snapshotAfterReport);
    expect(before).not.toEqual(snapshotAfterReport);
    const street = await host.call('demo-street-admin', 'catalog-admin', 'resolveReport', { communityId: 'cm-dongqiao', id: theirs.data!.id, note: '已更正窗口名称。' });
    expect(street.ok).toBe(true);
  });
});

describe('freshness: items due for review', () => {
  it('lists items whose cited document has a successor recorded (社会救助法 adopted), with the reason', async () => {
    const due = await host.call('demo-admin', 'catalog-admin', 'reviewDue', { communityId: 'cm-xiyuan' });
    const ms01 = due.data?.items.find((i) => i.code === 'MS-01');
    expect(ms01?.reasons.join('')).toContain('《中华人民共和国社会救助法》已通过');
    expect(due.data?.items.map((i) => i.code)).not.toContain('TY-01');
  });

  it('lists every item once its review is more than a year old', async () => {
    host.clock.advance(400 * 24 * 3_600_000);
    const due = await host.call('demo-admin', 'catalog-admin', 'reviewDue', { communityId: 'cm-xiyuan' });
    expect(due.data?.items).toHaveLength(87);
    expect(due.data?.items.find((i) => i.code === 'TY-01')?.reasons).toEqual([expect.stringContaining('已超过一年')]);
  });
});
