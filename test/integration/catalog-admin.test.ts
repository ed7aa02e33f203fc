import type { ActionName, InputOf } from '../../types/api';
import { snapshotData, snapshotWithoutRateWindows } from '../support/db-snapshot';
import { localItem } from '../../scripts/harness/catalog-input';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();

// demo-resident lives in 西园; demo-lawyer-2 in 东桥.
const XIYUAN = 'demo-resident';
const DONGQIAO = 'demo-lawyer-2';
const list = (who: string, data: InputOf<'catalog', 'list'> = {}) => host.call(who, 'catalog', 'list', data);
const get = (who: string, code: string) => host.call(who, 'catalog', 'get', { code });
const admin = <A extends ActionName<'catalog-admin'>>(who: string, action: A, data: InputOf<'catalog-admin', A>) => host.call(who, 'catalog-admin', action, data);
const PATCH = { window: '一楼3号窗口', hours: '周一至周六 8:30-17:30', address: '西园路18号 党群服务中心一楼东侧', contactRole: '民政专干 张老师', contactPhone: '028-86001888', notes: '周六上午可预约办理。' };

describe('community adjustments to the catalog', () => {
  it('changes the community copy of an item for that community only, and moves its list version', async () => {
    const [before, otherBefore] = [await list(XIYUAN), await list(DONGQIAO)];
    const saved = await admin('demo-admin', 'adjust', { communityId: 'cm-xiyuan', code: 'MS-01', patch: PATCH, hidden: false, rev: 0 });
    expect(saved).toMatchObject({ ok: true, data: { rev: 1 } });

    const mine = await get(XIYUAN, 'MS-01');
    expect(mine.data?.item.place).toEqual({ window: PATCH.window, hours: PATCH.hours });
    expect(mine.data?.item).toMatchObject({ contactRole: PATCH.contactRole, notes: PATCH.notes });
    expect(mine.data?.place).toMatchObject({ address: PATCH.address, phone: PATCH.contactPhone });

    const theirs = await get(DONGQIAO, 'MS-01');
    expect(theirs.data?.item.place.window).toBe('民生服务窗口');
    expect(theirs.data?.place?.address).toContain('东桥街6号');

    const after = await list(XIYUAN);
    expect(after.data?.version).not.toBe(before.data?.version);
    expect(after.data?.version).toBe(saved.data?.version);
    expect((await list(DONGQIAO)).data?.version).toBe(otherBefore.data?.version);
  });

  it('audits who changed what and when, with the values before and after', async () => {
    const res = await admin(
      'demo-admin', 'audit', { communityId: 'cm-xiyuan', code: 'MS-01' },
    );
    const entry = res.data?.entries[0];
    expect(entry).toMatchObject({ actorRole: '社区管理员（西园社区）', actorAccount: expect.stringMatching(/^[0-9a-f]{8}$/), action: 'catalog.adjust', target: 'MS-01', at: host.clock.now() });
    expect(entry?.changes).toEqual(expect.arrayContaining([{ field: 'window', before: null, after: PATCH.window }, { field: 'contactPhone', before: null, after: PATCH.contactPhone }]));
    const stored = await host.store.find<{ _id: string; actor: string; unitId: string }>('audit', { target: 'MS-01' });
    expect(stored).toEqual([expect.objectContaining({ actor: 'demo-admin', unitId: 'cm-xiyuan', actorRoles: [{ role: 'community_admin', unitId: 'cm-xiyuan', unitPath: ['st-jinhua', 'cm-xiyuan'] }] })]);
  });

  it('reverts a field left out of the next patch, and writes nothing for an unchanged form', async () => {
    const { window: _w, ...rest } = PATCH;
    const saved = await admin('demo-admin', 'adjust', { communityId: 'cm-xiyuan', code: 'MS-01', patch: rest, hidden: false, rev: 1 });
    expect(saved.data?.rev).toBe(2);
    expect((await get(XIYUAN, 'MS-01')).data?.item.place.window).toBe('民生服务窗口');
    const snapshot = snapshotWithoutRateWindows(host.dataDir);
    const same = await admin('demo-admin', 'adjust', { communityId: 'cm-xiyuan', code: 'MS-01', patch: rest, hidden: false, rev: 2 });
    expect(same.data).toEqual(saved.data);
    expect(snapshotWithoutRateWindows(host.dataDir)).toEqual(snapshot);
  });

  it('refuses a form loaded before someone else saved (CONFLICT), writing nothing', async () => {
    const snapshot = snapshotData(host.dataDir);
    const res = await admin('demo-admin', 'adjust', { communityId: 'cm-xiyuan', code: 'MS-01', patch: {}, hidden: false, rev: 1 });
    expect(res.error?.code).toBe('CONFLICT');
    expect(snapshotData(host.dataDir)).toEqual(snapshot);
  });

  it.each([
    ['the admin of 西园 changing 东桥', 'demo-admin', 'cm-dongqiao', 'FORBIDDEN'],
    ['a resident', 'demo-resident', 'cm-xiyuan', 'FORBIDDEN'],
    ['a grid worker of 西园', 'demo-grid-worker', 'cm-xiyuan', 'FORBIDDEN'],
    ['a branch secretary of 西园', 'demo-secretary', 'cm-xiyuan', 'FORBIDDEN'],
    ['an admin naming a grid instead of a community', 'demo-admin', 'gd-xiyuan-1', 'NOT_FOUND'],
  ])('denies %s and writes nothing', async (_label, who, communityId, code) => {
    const snapshot = snapshotData(host.dataDir);
    for (const [action, data] of [
      ['adjust', { communityId, code: 'ZZ-01', patch: { window: '被篡改' }, hidden: true, rev: 0 }],
      ['addLocal', { communityId, item: localItem('LDQ-09') }],
      ['removeLocal', { communityId, code: 'LXY-01', rev: 1 }],
      ['items', { communityId }],
      ['handbook', { communityId }],
    ] as const) {
      const res = await host.callRaw(who, 'catalog-admin', action, data);
      expect(res.error?.code).toBe(code);
      expect(res.error?.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(snapshotData(host.dataDir)).toEqual(snapshot);
  });

  it('lets the street admin adjust any community of the street, and lists the communities each admin manages', async () => {
    const res = await admin('demo-street-admin', 'adjust', { communityId: 'cm-dongqiao', code: 'ZZ-01', patch: { window: '调解室' }, hidden: false, rev: 0 });
    expect(res.ok).toBe(true);
    expect((await get(DONGQIAO, 'ZZ-01')).data?.item.place.window).toBe('调解室');
    expect((await get(XIYUAN, 'ZZ-01')).data?.item.place.window).not.toBe('调解室');
    const scopes = async (who: string) => (await admin(who, 'scopes', {})).data?.communities.map((c) => c.id);
    expect(await scopes('demo-admin')).toEqual(['cm-xiyuan']);
    expect((await scopes('demo-street-admin'))?.sort()).toEqual(['cm-dongqiao', 'cm-xiyuan']);
  });

  it('validates a patch with the shared schema and Chinese messages', async () => {
    const res = await admin('demo-admin', 'adjust', { communityId: 'cm-xiyuan', code: 'ZZ-02', patch: { contactPhone: '电话', window: 'x'.repeat(31) }, hidden: false, rev: 0 });
    expect(res.error).toMatchObject({ code: 'INVALID_INPUT', fields: { 'patch.contactPhone': expect.stringContaining('电话号码'), 'patch.window': '办理窗口最多30个字' } });
  });
});

describe('hidden items', () => {
  it('disappear from list, get and search for that community only, and come back when shown again', async () => {
    const saved = await admin('demo-admin', 'adjust', { communityId: 'cm-xiyuan', code: 'ZZ-06', patch: {}, hidden: true, rev: 0 });
    expect(saved.ok).toBe(true);
    const codes = async (who: string, data: InputOf<'catalog', 'list'> = {}) => (await list(who, data)).data?.items.map((i) => i.code) ?? [];
    expect(await codes(XIYUAN)).not.toContain('ZZ-06');
    expect(await codes(XIYUAN, { q: '安全隐患' })).not.toContain('ZZ-06');
    expect(await codes(XIYUAN, { q: 'aqyh' })).not.toContain('ZZ-06');
    expect((await get(XIYUAN, 'ZZ-06')).error?.code).toBe('NOT_FOUND');
    expect(await codes(DONGQIAO, { q: '安全隐患' })).toContain('ZZ-06');
    expect((await get(DONGQIAO, 'ZZ-06')).ok).toBe(true);

    const rows = await admin('demo-admin', 'items', { communityId: 'cm-xiyuan' });
    expect(rows.data?.items.find((i) => i.code === 'ZZ-06')?.hidden).toBe(true);

    await admin('demo-admin', 'adjust', { communityId: 'cm-xiyuan', code: 'ZZ-06', patch: {}, hidden: false, rev: 1 });
    expect(await codes(XIYUAN, { q: '安全隐患' })).toContain('ZZ-06');
  });
});

describe('local items', () => {
  it('adds a community item with pinyin keys computed at write time, seen by that community only', async () => {
    const res = await admin('demo-admin', 'addLocal', { communityId: 'cm-xiyuan', item: localItem() });
    expect(res).toMatchObject({ ok: true, data: { rev: 1 } });
    // 长者 reads zhǎngzhě: the keys come from pinyin-pro, not from a hand-rolled table.
    const found = await list(XIYUAN, { q: 'xyzzst' });
    expect(found.data?.items[0]?.code).toBe('LXY-01');
    expect((await list(XIYUAN, { q: 'zhangzhe' })).data?.items[0]?.code).toBe('LXY-01');
    expect((await get(XIYUAN, 'LXY-01')).data?.item.title).toBe('西园长者食堂就餐登记');
    expect((await list(DONGQIAO, { q: 'xyzzst' })).data?.items.map((i) => i.code)).not.toContain('LXY-01');
    expect((await get(DONGQIAO, 'LXY-01')).error?.code).toBe('NOT_FOUND');
    // After the city's items, in code order.
    expect((await list(XIYUAN)).data?.items.at(-1)?.code).toBe('LXY-01');
  });

  it('refuses a taken code, a city code and an item breaking the content rules', async () => {
    expect((await admin('demo-admin', 'addLocal', { communityId: 'cm-xiyuan', item: localItem() })).error?.code).toBe('CONFLICT');
    const city = await admin('demo-admin', 'addLocal', { communityId: 'cm-xiyuan', item: localItem('MS-99') });
    expect(city.error).toMatchObject({ code: 'INVALID_INPUT', fields: { 'item.code': expect.stringContaining('L开头') } });
    const noForm = await admin('demo-admin', 'addLocal', { communityId: 'cm-xiyuan', item: localItem('LXY-02', { online: true, form: [] }) });
    expect(noForm.error).toMatchObject({ code: 'INVALID_INPUT', fields: { 'item.form': '可网上办理的事项须设置申请表单' } });
    const incomplete = await admin('demo-admin', 'addLocal', { communityId: 'cm-xiyuan', item: { ...localItem('LXY-03'), policyBasis: [] } });
    expect(incomplete.error?.code).toBe('INVALID_INPUT');
    expect((await get(XIYUAN, 'LXY-02')).error?.code).toBe('NOT_FOUND');
  });

  it('updates a local item (new pinyin keys) and removes it, auditing both', async () => {
    host.clock.advance(60_000);
    const updated = await admin('demo-admin', 'updateLocal', { communityId: 'cm-xiyuan', item: localItem('LXY-01', { title: '西园爱心助餐登记' }), rev: 1 });
    expect(updated.data?.rev).toBe(2);
    expect((await list(XIYUAN, { q: 'axzc' })).data?.items[0]?.code).toBe('LXY-01');
    expect((await list(XIYUAN, { q: 'xyzzst' })).data?.items.map((i) => i.code)).not.toContain('LXY-01');

    host.clock.advance(60_000);
    const removed = await admin('demo-admin', 'removeLocal', { communityId: 'cm-xiyuan', code: 'LXY-01', rev: 2 });
    expect(removed.ok).toBe(true);
    expect((await get(XIYUAN, 'LXY-01')).error?.code).toBe('NOT_FOUND');

    const trail = await admin('demo-admin', 'audit', { communityId: 'cm-xiyuan', code: 'LXY-01' });
    expect(trail.data?.entries.map((e) => e.action)).toEqual(['catalog.removeLocal', 'catalog.updateLocal', 'catalog.addLocal']);
    expect(trail.data?.entries[1]?.changes).toEqual([{ field: 'title', before: '西园长者食堂就餐登记', after: '西园爱心助餐登记' }]);
    expect(trail.data?.entries[0]?.changes).toEqual([{ field: 'item', before: 'LXY-01 西园爱心助餐登记', after: null }]);
    // The stored entry keeps the whole item removed, so it could be restored by hand.
    const stored = await host.store.find<{ _id: string; action: string; changes: Array<{ before: { policyBasis: unknown[] } }> }>('audit', { target: 'LXY-01', action: 'catalog.removeLocal' });
    expect(stored[0]?.changes[0]?.before.policyBasis).toEqual(localItem().policyBasis);
  });
});

describe('device cache revalidation', () => {
  it('answers notModified for the current version, and the full list once the community changes', async () => {
    const first = await list(XIYUAN);
    expect(first.data?.notModified).toBe(false);
    expect(first.data?.items[0]).toMatchObject({ code: 'DQ-01', py: { title: expect.stringMatching(/^ru dang/) } });
    const again = await list(XIYUAN, { knownVersion: first.data?.version });
    expect(again.data).toMatchObject({ notModified: true, version: first.data?.version, items: [] });

    await admin('demo-admin', 'adjust', { communityId: 'cm-xiyuan', code: 'DQ-11', patch: { hours: '每天 8:00-21:00' }, hidden: false, rev: 0 });
    const changed = await list(XIYUAN, { knownVersion: first.data?.version });
    expect(changed.data?.notModified).toBe(false);
    expect(changed.data?.items.length).toBe(changed.data?.total);
    expect((await list(DONGQIAO, { knownVersion: (await list(DONGQIAO)).data?.version })).data?.notModified).toBe(true);
  });
});

describe('handbook for admins', () => {
  it('renders the community copy: adjustments in, hidden items out', async () => {
    await admin('demo-admin', 'adjust', { communityId: 'cm-xiyuan', code: 'CG-06', patch: {}, hidden: true, rev: 0 });
    const res = await admin('demo-admin', 'handbook', { communityId: 'cm-xiyuan' });
    expect(res.data?.title).toBe('锦华街道 西园社区 社区服务事项手册');
    expect(res.data?.itemCount).toBe(86);
    expect(res.data?.html).toContain('每天 8:00-21:00');
    expect(res.data?.html).not.toContain('id="item-CG-06"');
    const other = await admin('demo-street-admin', 'handbook', { communityId: 'cm-dongqiao' });
    expect(other.data?.itemCount).toBe(87);
    expect(other.data?.html).toContain('id="item-CG-06"');
  });

  it('renders one field at a time for the in-app reader', async () => {
    const res = await admin('demo-admin', 'handbook', { communityId: 'cm-xiyuan', field: 'TY' });
    expect(res.data?.itemCount).toBe(6);
    expect(res.data?.html).toContain('id="item-TY-01"');
    expect(res.data?.html).not.toContain('id="item-MS-01"');
    // Every field's section stays well inside one mini-program render (setData carries at most 256 KB).
    for (const field of ['DQ', 'ZZ', 'XJ', 'MS', 'WJ', 'TY', 'YL', 'CY', 'CG'] as const) {
      const section = await admin('demo-admin', 'handbook', { communityId: 'cm-xiyuan', field });
      expect({ field, under: Buffer.byteLength(section.data!.html) < 160 * 1024 }).toEqual({ field, under: true });
    }
    const bad = await host.callRaw('demo-admin', 'catalog-admin', 'handbook', { communityId: 'cm-xiyuan', field: 'XX' });
    expect(bad.error?.code).toBe('INVALID_INPUT');
  });
});

describe('the audit trail names the acting account', () => {
  it('by its role and unit then, whatever name it gives itself', async () => {
    const trail = async () => (await admin('demo-street-admin', 'audit', { communityId: 'cm-xiyuan', code: 'MS-02' })).data!.entries;
    await admin('demo-admin', 'adjust', { communityId: 'cm-xiyuan', code: 'MS-02', patch: { notes: '改名之前' }, hidden: false, rev: 0 });
    const [before] = await trail();
    // The community admin renames himself as the street admin: the trail is not fooled, before or after.
    await host.callOk('demo-admin', 'user', 'updateProfile', { name: '钱科长' });
    host.clock.advance(60_000);
    await admin('demo-admin', 'adjust', { communityId: 'cm-xiyuan', code: 'MS-02', patch: { notes: '改名之后' }, hidden: false, rev: 1 });
    const [latest, earlier] = await trail();
    expect(latest).toMatchObject({ actorRole: '社区管理员（西园社区）', actorAccount: before?.actorAccount });
    expect(earlier).toEqual(before);
    expect(JSON.stringify([latest, earlier])).not.toContain('钱科长');
    // The street admin's own entry reads differently.
    host.clock.advance(60_000);
    await admin('demo-street-admin', 'adjust', { communityId: 'cm-xiyuan', code: 'MS-02', patch: {}, hidden: false, rev: 2 });
    const [street] = await trail();
    expect(street).toMatchObject({ actorRole: '街道管理员（锦华街道）' });
    expect(street?.actorAccount).not.toBe(before?.actorAccount);
    await host.callOk('demo-admin', 'user', 'updateProfile', { name: '郑主任' });
  });
});
