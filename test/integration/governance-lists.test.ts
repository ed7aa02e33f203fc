import { photoOf } from '../support/photos';
import type { AuditDoc } from '../../cloudfunctions/core/audit/audit';
import { outboxOf } from '../support/activity-fixtures';
import { snapshotData } from '../support/db-snapshot';
import { parseCsv } from '../support/parse-csv';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
const need = { category: 'environment' as const, description: '3栋门口的垃圾桶太少，经常满溢', people: 50 };
const ids = async (who: string, communityId?: string) => (await host.callOk(who, 'governance', 'needs', communityId ? { communityId } : {})).items.map((n) => n.id);

describe('需求清单', () => {
  it('lists a resident’s need to the community, never who posted it, and not to another community', async () => {
    const posted = await host.callOk('demo-resident', 'governance', 'postNeed', need);
    expect(posted).toMatchObject({ place: '西园3栋', gridName: '西园第一网格', weight: 1, mine: true, status: 'open', source: 'resident', held: false });
    expect(await ids('demo-resident-2')).toContain(posted.id);
    const seen = (await host.callOk('demo-resident-2', 'governance', 'needs', {})).items.find((n) => n.id === posted.id);
    expect(JSON.stringify(seen)).not.toMatch(/demo-resident|王建国/);
    expect(await ids('demo-admin-2')).not.toContain(posted.id);
    expect((await host.call('demo-admin-2', 'governance', 'needs', { communityId: 'cm-xiyuan' })).error?.code).toBe('FORBIDDEN');
    expect((await host.call('mx-no-community', 'governance', 'postNeed', need)).error?.code).toBe('FORBIDDEN');
  });

  it('counts 我也需要 once per person, whatever the taps, and refuses the author', async () => {
    const posted = await host.callOk('demo-resident', 'governance', 'postNeed', { ...need, description: '小区健身器材老化，希望更换' });
    const taps = await Promise.all(Array.from({ length: 5 }, () => host.callOk('demo-resident-2', 'governance', 'meToo', { id: posted.id })));
    expect(taps.filter((t) => t.counted)).toHaveLength(1);
    await host.callOk('demo-party-member', 'governance', 'meToo', { id: posted.id });
    const row = (await host.callOk('demo-resident-2', 'governance', 'needs', {})).items.find((n) => n.id === posted.id)!;
    expect(row).toMatchObject({ weight: 3, meToo: true, mine: false });
    expect((await host.call('demo-resident', 'governance', 'meToo', { id: posted.id })).error).toMatchObject({ code: 'CONFLICT', message: '这是您提出的需求' });
    expect((await host.call('demo-admin-2', 'governance', 'meToo', { id: posted.id })).error?.code).toBe('NOT_FOUND');
  });

  it('refuses risky text and holds text for review until an officer publishes it', async () => {
    const before = snapshotData(host.dataDir).c_gov_needs;
    expect((await host.call('demo-resident-2', 'governance', 'postNeed', { ...need, description: '推荐刷单返利兼职' })).error?.code).toBe('CONTENT_REJECTED');
    expect(snapshotData(host.dataDir).c_gov_needs).toEqual(before);
    const held = await host.callOk('demo-resident-2', 'governance', 'postNeed', { ...need, description: '需要家电维修，加微信联系' });
    expect(held.held).toBe(true);
    expect(await ids('demo-resident')).not.toContain(held.id);
    expect(await ids('demo-resident-2')).toContain(held.id);
    expect(await ids('demo-secretary', 'cm-xiyuan')).toContain(held.id);
    expect((await host.call('demo-resident', 'governance', 'meToo', { id: held.id })).error?.code).toBe('NOT_FOUND');
    await host.callOk('demo-admin', 'governance', 'moderate', { kind: 'need', id: held.id, publish: true });
    expect(await ids('demo-resident')).toContain(held.id);
  });
});

describe('资源清单 and 项目清单', () => {
  it('takes an offer, lets only the community’s officers verify it, and masks the contact to residents', async () => {
    const offer = await host.callOk('demo-resident-2', 'governance', 'offerResource', {
      type: 'volunteers',
      title: '退休教师辅导',
      description: '每周三下午辅导小学生作业',
      providerKind: 'party_member',
      providerName: '西园退休教师志愿队',
      availability: '每周三 15:00-17:00',
      contactName: '李老师',
      contactPhone: '13912345678',
    });
    expect(offer.status).toBe('pending');
    expect((await host.callOk('demo-resident', 'governance', 'resources', {})).items.map((r) => r.id)).not.toContain(offer.id);
    expect((await host.call('demo-admin-2', 'governance', 'verifyResource', { id: offer.id, rev: offer.rev, approve: true })).error?.code).toBe('FORBIDDEN');
    expect((await host.call('demo-grid-worker', 'governance', 'verifyResource', { id: offer.id, rev: offer.rev, approve: true })).error?.code).toBe('FORBIDDEN');
    expect((await host.call('demo-secretary', 'governance', 'verifyResource', { id: offer.id, rev: offer.rev + 1, approve: true })).error?.code).toBe('CONFLICT');
    const verified = await host.callOk('demo-secretary', 'governance', 'verifyResource', { id: offer.id, rev: offer.rev, approve: true });
    expect(verified).toMatchObject({ status: 'verified', contactPhone: '13912345678' });
    const asResident = (await host.callOk('demo-resident', 'governance', 'resources', {})).items.find((r) => r.id === offer.id);
    expect(asResident?.contactPhone).toBe('139****5678');
    expect((await host.store.find<AuditDoc>('audit', { target: offer.id })).map((a) => a.action)).toEqual(['governance.verifyResource']);
  });

  it('suggests resources of a fitting type, the need’s own grid first', async () => {
    // The seeded 四点半课堂 need is in 西园6栋 (second grid): the school hall there fits (venue) before the first grid's volunteers.
    const { items } = await host.callOk('demo-secretary', 'governance', 'matches', { id: 'nd_demo0000000002' });
    expect(items[0]).toMatchObject({ resource: { id: 'rs_demo0000000002', type: 'venue' }, sameGrid: true });
    expect(items.every((m) => ['venue', 'volunteers', 'materials'].includes(m.resource.type) && m.resource.status === 'verified')).toBe(true);
    expect((await host.call('demo-resident', 'governance', 'matches', { id: 'nd_demo0000000002' })).error?.code).toBe('FORBIDDEN');
    expect((await host.call('demo-secretary-2', 'governance', 'matches', { id: 'nd_demo0000000002' })).error?.code).toBe('FORBIDDEN');
  });

  it('makes a project from needs once per device key, shows it on the needs, tells their authors, and resolves them with the result', async () => {
    const input = {
      communityId: 'cm-xiyuan',
      key: 'project-key-0001',
      title: '四点半课堂',
      summary: '借用锦华小学多功能厅，退休教师志愿辅导',
      responsibleUnit: '西园社区居委会',
      needIds: ['nd_demo0000000002'],
      resourceIds: ['rs_demo0000000002'],
      milestones: [{ title: '招募志愿者', due: '2026-12-15' }],
    };
    expect((await host.call('demo-secretary', 'governance', 'createProject', { ...input, needIds: ['nd_demo0000000004'] })).error?.fields?.needIds).toBe('请选择本社区的需求');
    expect((await host.call('demo-secretary', 'governance', 'createProject', { ...input, resourceIds: ['rs_demo0000000003'] })).error?.fields?.resourceIds).toBe('请选择本社区已核实的资源');
    expect((await host.call('demo-secretary-2', 'governance', 'createProject', input)).error?.code).toBe('FORBIDDEN');
    const [a, b] = await Promise.all([host.callOk('demo-secretary', 'governance', 'createProject', input), host.callOk('demo-secretary', 'governance', 'createProject', input)]);
    expect(b.id).toBe(a.id);
    expect(await host.store.find('gov_projects', { title: '四点半课堂' })).toHaveLength(1);
    const row = (await host.callOk('demo-resident-2', 'governance', 'needs', {})).items.find((n) => n.id === 'nd_demo0000000002');
    expect(row).toMatchObject({ status: 'project', project: { id: a.id, title: '四点半课堂' } });
    expect(await outboxOf(host, 'need_answered', 'demo-resident-2')).toHaveLength(1);
    const updated = await host.callOk('demo-secretary', 'governance', 'updateProject', { id: a.id, text: '已招募6名退休教师志愿者', milestoneId: 'm1' });
    expect(updated.milestones[0]!.doneAt).not.toBeNull();
    expect(updated.updates[0]).toMatchObject({ text: '已招募6名退休教师志愿者', by: '支部书记（西园社区）', milestone: '招募志愿者' });
    expect((await host.call('demo-resident-2', 'governance', 'updateProject', { id: a.id, text: '居民自己写的进展' })).error?.code).toBe('FORBIDDEN');
    const done = await host.callOk('demo-secretary', 'governance', 'finishProject', { id: a.id, result: '课堂已开课，每周服务40名学生' });
    expect(done).toMatchObject({ status: 'done', result: '课堂已开课，每周服务40名学生' });
    const seen = await host.callOk('demo-resident-2', 'governance', 'project', { id: a.id });
    expect(seen.needs.map((n) => n.status)).toEqual(['resolved']);
    expect(seen.manage).toBe(false);
    expect(seen.resources[0]!.contactPhone).toBe('139****0002');
  });

  it('counts the lists for officers and exports each through export/csv.ts, formula cells neutralised', async () => {
    await host.callOk('demo-resident', 'governance', 'postNeed', { ...need, description: '=HYPERLINK("http://x")需要修路' });
    const dash = await host.callOk('demo-admin', 'governance', 'listsDashboard', { communityId: 'cm-xiyuan' });
    expect(dash.needs.fromVisits).toBeGreaterThanOrEqual(1);
    expect(dash.resources.verified).toBeGreaterThanOrEqual(2);
    expect((await host.call('demo-admin-2', 'governance', 'listsDashboard', { communityId: 'cm-xiyuan' })).error?.code).toBe('FORBIDDEN');
    const file = await host.callOk('demo-admin', 'governance', 'exportLists', { communityId: 'cm-xiyuan', list: 'needs' });
    expect(file.filename).toMatch(/^西园社区-需求清单-\d{8}\.csv$/);
    const rows = parseCsv(file.csv);
    expect(rows[0]).toEqual(['类别', '需求描述', '涉及人数', '我也需要', '位置', '来源', '状态', '提出日期']);
    expect(rows.some((r) => r[1] === `'=HYPERLINK("http://x")需要修路`)).toBe(true);
    expect(file.csv).not.toMatch(/demo-resident|王建国/);
    for (const list of ['resources', 'projects'] as const) expect(parseCsv((await host.callOk('demo-secretary', 'governance', 'exportLists', { communityId: 'cm-xiyuan', list })).csv).length).toBeGreaterThan(1);
  });
});

describe('project updates with photos (the files port)', () => {
  it('takes the officer’s own uploaded photos with an update and shows them on the project; someone else’s upload is refused', async () => {
    const mine = await photoOf(host, 'demo-secretary');
    const theirs = await photoOf(host, 'demo-resident');
    const refused = await host.call('demo-secretary', 'governance', 'updateProject', { id: 'pj_demo000000000000000001', text: '灯具已到货，本周安装', photos: [theirs] });
    expect(refused.error?.code).toBe('INVALID_INPUT');
    const updated = await host.callOk('demo-secretary', 'governance', 'updateProject', { id: 'pj_demo000000000000000001', text: '灯具已到货，本周安装', photos: [mine] });
    expect(updated.updates[0]!.photos).toHaveLength(1);
    const seen = await host.callOk('demo-resident', 'governance', 'project', { id: 'pj_demo000000000000000001' });
    expect(seen.updates[0]!.photos).toEqual([{ url: expect.any(String), held: false }]);
  });
});
