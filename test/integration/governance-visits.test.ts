import type { AuditDoc } from '../../cloudfunctions/core/audit/audit';
import { snapshotData } from '../support/db-snapshot';
import { useTestHost } from '../support/use-test-host';
import { todayText } from '../../types/date-windows';

const host = useTestHost();
const labels = async (who: string) => (await host.callOk(who, 'governance', 'myVisits', {})).items.map((h) => h.label);
const householdId = async (label: string) => (await host.callOk('demo-admin', 'governance', 'visitHouseholds', { communityId: 'cm-xiyuan' })).items.find((h) => h.label === label)!.id;
const today = () => todayText(host.clock.now());

describe('进百家门: whose households', () => {
  it('shows a party member only their households, a grid worker their grid’s, due first', async () => {
    expect((await labels('demo-party-member')).sort()).toEqual(['周家', '张阿姨家', '李大爷家'].sort());
    expect(await labels('demo-party-member-2')).toEqual(['吴奶奶家']);
    const grid = await labels('demo-grid-worker');
    expect(grid).toEqual(expect.arrayContaining(['张阿姨家', '李大爷家', '周家', '吴奶奶家']));
    expect(grid).not.toContain('郑家'); // 西园7栋, the second grid
    const mine = (await host.callOk('demo-party-member', 'governance', 'myVisits', {})).items;
    expect(mine.map((h) => h.dueAt)).toEqual([...mine.map((h) => h.dueAt)].sort((a, b) => a - b));
    expect(mine.find((h) => h.label === '张阿姨家')).toMatchObject({ monthly: true, care: ['elderly_alone'], overdue: true });
    expect((await host.call('demo-resident', 'governance', 'myVisits', {})).error?.code).toBe('FORBIDDEN');
  });

  it('refuses a visit log on a household that is not the visitor’s, writing nothing', async () => {
    const id = await householdId('吴奶奶家');
    const before = snapshotData(host.dataDir);
    const res = await host.call('demo-party-member', 'governance', 'logVisit', { householdId: id, visitedOn: today(), met: '吴奶奶', situation: '身体尚好', needs: [] });
    expect(res.error).toMatchObject({ code: 'FORBIDDEN', message: '您只能查看和走访分配给您的联系户或本网格的住户' });
    expect((await host.call('demo-party-member-3', 'governance', 'visits', { householdId: id })).error?.code).toBe('FORBIDDEN');
    expect(snapshotData(host.dataDir)).toEqual(before);
  });
});

describe('a visit log', () => {
  it('records a visit in one step: the needs found join 需求清单, the household is no longer due', async () => {
    const id = await householdId('李大爷家');
    const res = await host.callOk('demo-party-member', 'governance', 'logVisit', {
      householdId: id,
      visitedOn: today(),
      met: '李大爷本人',
      situation: '腿脚不便，下楼困难',
      needs: [{ category: 'elderly', description: '希望有志愿者每周帮忙买菜', people: 1 }],
      followUp: '联系志愿者',
    });
    expect(res.needs).toEqual([expect.objectContaining({ source: 'visit', place: '西园2栋', status: 'open', mine: true })]);
    expect((await host.callOk('demo-resident', 'governance', 'needs', {})).items.map((n) => n.id)).toContain(res.needs[0]!.id);
    const row = (await host.callOk('demo-party-member', 'governance', 'myVisits', {})).items.find((h) => h.label === '李大爷家')!;
    expect(row.overdue).toBe(false);
    expect(row.lastVisitAt).not.toBeNull();
    const log = await host.callOk('demo-party-member', 'governance', 'visits', { householdId: id });
    expect(log.items[0]).toMatchObject({ met: '李大爷本人', needs: [{ id: res.needs[0]!.id, description: '希望有志愿者每周帮忙买菜', status: 'open' }] });
  });

  it('shows a sensitive note only to its visitor and the community’s officers, each officer’s read audited and logged for the household', async () => {
    // 王建国’s own household (3栋1单元302) listed for visits and assigned to 刘志强.
    const listed = await host.callOk('demo-grid-worker', 'governance', 'addVisitHousehold', { buildingId: 'bd-xiyuan-03', entrance: 1, room: '302', label: '王家' });
    const { members } = await host.callOk('demo-admin', 'governance', 'visitHouseholds', { communityId: 'cm-xiyuan' });
    const liu = members.find((m) => m.name === '刘志强')!;
    const chen = members.find((m) => m.name === '陈卫东')!; // 西园第二网格党支部: not along this household's grid
    expect((await host.call('demo-admin', 'governance', 'assignVisitor', { householdId: listed.id, member: chen.ref, assign: true })).error?.fields?.member).toBe('请选择本网格或本社区党组织的党员');
    await host.callOk('demo-admin', 'governance', 'assignVisitor', { householdId: listed.id, member: liu.ref, assign: true });
    await host.callOk('demo-party-member', 'governance', 'logVisit', { householdId: listed.id, visitedOn: today(), met: '王建国', situation: '家中一切正常', note: '家属近期住院，经济压力大', needs: [] });
    const noteOf = async (who: string) => (await host.callOk(who, 'governance', 'visits', { householdId: listed.id })).items[0]!.note;
    expect(await noteOf('demo-party-member')).toBe('家属近期住院，经济压力大');
    expect(await noteOf('demo-grid-worker')).toBeNull();
    const audits = async () => (await host.store.find<AuditDoc>('audit', { target: listed.id })).filter((a) => a.action === 'governance.readVisitNotes');
    expect(await audits()).toHaveLength(0);
    expect(await noteOf('demo-admin')).toBe('家属近期住院，经济压力大');
    expect(await noteOf('demo-secretary')).toBe('家属近期住院，经济压力大');
    expect(await audits()).toHaveLength(2);
    const reads = await host.callOk('demo-resident', 'user', 'whoReadMyData', {});
    expect(reads.items.filter((r) => r.what === 'visits').map((r) => r.reader).sort()).toEqual(['支部书记（西园社区）', '社区管理员（西园社区）'].sort());
  });

  it('logs today by the server’s day unless an earlier day within a year is given', async () => {
    const id = await householdId('周家');
    await host.callOk('demo-party-member', 'governance', 'logVisit', { householdId: id, met: '周先生', situation: '一切正常', needs: [] });
    expect((await host.callOk('demo-party-member', 'governance', 'visits', { householdId: id })).items[0]!.visitedOn).toBe(today());
    const old = await host.call('demo-party-member', 'governance', 'logVisit', { householdId: id, visitedOn: '2025-01-01', met: '周先生', situation: '补记', needs: [] });
    expect(old.error?.fields?.visitedOn).toBe('只能补记一年以内的走访');
    const future = await host.call('demo-party-member', 'governance', 'logVisit', { householdId: id, visitedOn: '2027-01-01', met: '周先生', situation: '补记', needs: [] });
    expect(future.error?.fields?.visitedOn).toBe('走访日期不能晚于今天');
  });

  it('asks nothing twice and no photo, place or track: a log with any of them is refused', async () => {
    const id = await householdId('周家');
    const res = await host.callRaw('demo-party-member', 'governance', 'logVisit', { householdId: id, visitedOn: today(), met: '周先生', situation: '正常', needs: [], location: { lng: 104.1, lat: 30.65 } });
    expect(res.error?.code).toBe('INVALID_INPUT');
  });
});

describe('due visits and coverage', () => {
  it('marks a household for monthly visits only with its consent recorded (audited)', async () => {
    const id = await householdId('周家');
    const noConsent = await host.call('demo-admin', 'governance', 'markCare', { householdId: id, kinds: ['disability'], consent: false });
    expect(noConsent.error?.fields?.consent).toBe('请先征得该户同意并记录');
    expect((await host.call('demo-party-member', 'governance', 'markCare', { householdId: id, kinds: ['disability'], consent: true, consentNote: '本人书面同意' })).error?.code).toBe('FORBIDDEN');
    const marked = await host.callOk('demo-admin', 'governance', 'markCare', { householdId: id, kinds: ['disability'], consent: true, consentNote: '本人书面同意' });
    expect(marked).toMatchObject({ monthly: true, care: ['disability'] });
    expect((await host.store.find<AuditDoc>('audit', { target: id })).map((a) => a.action)).toContain('governance.markCare');
  });

  it('counts coverage per grid and per branch, naming units and never people', async () => {
    const cov = await host.callOk('demo-secretary', 'governance', 'coverage', { communityId: 'cm-xiyuan' });
    expect(cov.quarter).toBe('2026-Q4');
    const first = cov.grids.find((g) => g.name === '西园第一网格')!;
    expect(first.households).toBeGreaterThanOrEqual(4);
    expect(first.visitedThisQuarter).toBeGreaterThanOrEqual(1);
    expect(first.needsRaised).toBeGreaterThanOrEqual(2);
    expect(cov.branches.map((b) => b.name)).toEqual(expect.arrayContaining(['西园第一网格党支部', '西园第二网格党支部']));
    expect(JSON.stringify(cov)).not.toMatch(/刘志强|赵丽华|陈卫东|demo-/);
    expect((await host.call('demo-admin-2', 'governance', 'coverage', { communityId: 'cm-xiyuan' })).error?.code).toBe('FORBIDDEN');
    expect((await host.call('demo-party-member', 'governance', 'coverage', { communityId: 'cm-xiyuan' })).error?.code).toBe('FORBIDDEN');
  });
});

describe('from a visit to the grid (接诉即办)', () => {
  it('raises a problem found on a visit as a report routed to the household’s grid, once however often the log is retried', async () => {
    const id = await householdId('李大爷家'); // 西园2栋, 西园第一网格
    const log = { householdId: id, met: '李大爷', situation: '楼道灯不亮，老人夜里摔过一次', needs: [], requests: [{ category: 'streetlight' as const, description: '2栋2单元楼道灯全部不亮' }], key: 'visit-key-0001' };
    const [first, retry] = [await host.callOk('demo-party-member', 'governance', 'logVisit', log), await host.callOk('demo-party-member', 'governance', 'logVisit', log)];
    expect(retry).toEqual(first);
    expect(first.requests).toHaveLength(1);
    const request = await host.callOk('demo-party-member', 'grid', 'get', { id: first.requests[0]!.id });
    expect(request).toMatchObject({ gridName: '西园第一网格', buildingName: '西园2栋' });
    expect(request.description).toContain('2栋2单元楼道灯全部不亮');
    const entry = (await host.callOk('demo-party-member', 'governance', 'visits', { householdId: id })).items.find((v) => v.id === first.id)!;
    expect(entry.requests).toEqual(first.requests);
    const legal = await host.call('demo-party-member', 'governance', 'logVisit', { ...log, key: 'visit-key-0002', requests: [{ category: 'legal', description: '邻居纠纷需要法律咨询' }] });
    expect(legal.error?.code).toBe('INVALID_INPUT');
  });
});
