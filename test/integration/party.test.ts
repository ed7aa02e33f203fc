import { CONSENT_TEXTS } from '../../types/privacy';
import { addOfficer, outboxOf } from '../support/activity-fixtures';
import { snapshotData } from '../support/db-snapshot';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
beforeAll(async () => {
  await addOfficer(host, 'dq-secretary', 'cm-dongqiao', 'cm-dongqiao');
  for (const id of ['applicant-a', 'applicant-b']) {
    await host.store.put('users', { _id: id, name: id === 'applicant-a' ? '周建华' : '吴秀英', phone: '13712345678', roles: [{ role: 'resident' }], communityId: 'cm-xiyuan', buildingId: 'bd-xiyuan-01', createdAt: 0, updatedAt: 0 });
  }
  // Membership is sensitive data: it is kept only after its own consent (the apply page asks for it first).
  for (const id of ['applicant-a', 'applicant-b', 'demo-resident']) await host.callOk(id, 'user', 'consent', { scope: 'membership', version: CONSENT_TEXTS.membership.version });
});

const pending = async (openid = 'demo-secretary') => (await host.call(openid, 'party', 'applications', { status: 'pending' })).data?.items ?? [];

describe('membership applications', () => {
  it('shows the seeded application to the secretary, with the phone masked', async () => {
    const items = await pending();
    const seeded = items.find((i) => i.name === '李秀梅')!;
    expect(seeded).toMatchObject({ partyOrgName: '西园第二网格党支部', joinedAt: '2015-06', status: 'pending', phoneMasked: '138****0002' });
    expect(JSON.stringify(items)).not.toContain('13800000002');
    expect(JSON.stringify(items)).not.toContain('demo-resident-2');
  });

  it('lists the branches of the caller\'s community to apply to', async () => {
    const res = await host.call('applicant-a', 'party', 'branches', {});
    expect(res.data!.branches.map((b) => b.unitId).sort()).toEqual(['cm-xiyuan', 'gd-xiyuan-1', 'gd-xiyuan-2']);
  });

  it('approves: the applicant becomes a member of the branch (role and register) and is told', async () => {
    const applied = await host.call('applicant-a', 'party', 'apply', { unitId: 'gd-xiyuan-1', joinedAt: '2010-07', note: '组织关系已转入' });
    expect(applied.data?.application).toMatchObject({ status: 'pending', partyOrgName: '西园第一网格党支部' });
    // Applying again for the same branch returns the pending application; for another branch is refused.
    const again = await host.call('applicant-a', 'party', 'apply', { unitId: 'gd-xiyuan-1' });
    expect(again.data?.application?.id).toBe(applied.data?.application?.id);
    expect((await host.call('applicant-a', 'party', 'apply', { unitId: 'gd-xiyuan-2' })).error?.code).toBe('CONFLICT');

    const id = applied.data!.application!.id;
    const decided = await host.call('demo-secretary', 'party', 'decide', { id, approve: true });
    expect(decided.data).toMatchObject({ status: 'approved', decidedByName: '孙书记' });
    const mine = await host.call('applicant-a', 'party', 'myMembership', {});
    expect(mine.data?.memberships).toEqual([{ unitId: 'gd-xiyuan-1', partyOrgName: '西园第一网格党支部', joinedAt: '2010-07' }]);
    const told = await outboxOf(host, 'membership_decided', 'applicant-a');
    expect(told.map((t) => t.title)).toEqual(['党员登记已通过']);
    // The new member now sees the branch's party activities.
    const list = await host.call('applicant-a', 'activity', 'list', { scope: 'upcoming' });
    expect(list.data!.items.map((i) => i.id)).toContain('act_demolesson');
    // Deciding twice is refused and changes nothing.
    expect((await host.call('demo-secretary', 'party', 'decide', { id, approve: false, reason: '重复处理' })).error?.code).toBe('CONFLICT');
    const members = await host.call('demo-secretary', 'party', 'members', {});
    expect(members.data!.items).toEqual(expect.arrayContaining([expect.objectContaining({ name: '周建华', partyOrgName: '西园第一网格党支部' })]));
  });

  it('rejects only with a reason, which the applicant reads; they may apply again', async () => {
    const applied = await host.call('applicant-b', 'party', 'apply', { unitId: 'gd-xiyuan-2' });
    const id = applied.data!.application!.id;
    const noReason = await host.call('demo-secretary', 'party', 'decide', { id, approve: false });
    expect(noReason.error).toMatchObject({ code: 'INVALID_INPUT', fields: { reason: '不通过时请填写理由' } });
    await host.call('demo-secretary', 'party', 'decide', { id, approve: false, reason: '请先提交组织关系介绍信' });
    const mine = await host.call('applicant-b', 'party', 'myMembership', {});
    expect(mine.data).toMatchObject({ memberships: [], application: { status: 'rejected', reason: '请先提交组织关系介绍信' } });
    expect((await outboxOf(host, 'membership_decided', 'applicant-b'))[0]?.body).toContain('请先提交组织关系介绍信');
    const user = await host.store.get<{ _id: string; roles: Array<{ role: string }> }>('users', 'applicant-b');
    expect(user!.roles.map((r) => r.role)).toEqual(['resident']);
    const retry = await host.call('applicant-b', 'party', 'apply', { unitId: 'gd-xiyuan-2', note: '介绍信已补交' });
    expect(retry.data?.application).toMatchObject({ status: 'pending', reason: null, note: '介绍信已补交' });
  });

  it('refuses applying to a branch of another community, or for a member', async () => {
    expect((await host.call('applicant-b', 'party', 'apply', { unitId: 'gd-xiyuan-1' })).error?.code).toBe('CONFLICT'); // still pending elsewhere
    expect((await host.call('demo-resident', 'party', 'apply', { unitId: 'gd-dongqiao-1' })).error).toMatchObject({ code: 'INVALID_INPUT', message: '请选择本社区的党支部' });
    expect((await host.call('demo-party-member', 'party', 'apply', { unitId: 'gd-xiyuan-1' })).error?.code).toBe('CONFLICT');
  });
});

describe('membership data is private', () => {
  it('residents and members cannot read applications or the register; each reads only their own membership', async () => {
    for (const openid of ['demo-resident', 'demo-party-member', 'demo-admin']) {
      for (const action of ['applications', 'members'] as const) {
        const res = await host.call(openid, 'party', action, {});
        expect([openid, action, res.error?.code]).toEqual([openid, action, 'FORBIDDEN']);
      }
    }
    const own = await host.call('demo-resident', 'party', 'myMembership', {});
    expect(own.data).toEqual({ application: null, memberships: [] });
  });

  it('an officer of another community sees none of them and cannot decide', async () => {
    expect(await pending('dq-secretary')).toEqual([]);
    // Their own register (the seeded 东桥 secretary) and nothing of 西园's.
    const members = await host.call('dq-secretary', 'party', 'members', {});
    expect(members.data?.items.map((i) => i.partyOrgName)).toEqual(['东桥社区党支部']);
    expect((await host.call('dq-secretary', 'party', 'members', { unitId: 'cm-xiyuan' })).error?.code).toBe('FORBIDDEN');
    const seeded = (await pending()).find((i) => i.name === '李秀梅')!;
    const res = await host.call('dq-secretary', 'party', 'decide', { id: seeded.id, approve: true });
    expect(res.error?.code).toBe('FORBIDDEN');
    expect((await pending()).find((i) => i.id === seeded.id)?.status).toBe('pending');
  });
});

describe('membership is sensitive data', () => {
  it('is collected only after its own consent, at the current version of its text', async () => {
    await host.store.put('users', { _id: 'applicant-c', name: '郑红', roles: [{ role: 'resident' }], communityId: 'cm-xiyuan', createdAt: 0, updatedAt: 0 });
    const before = snapshotData(host.dataDir);
    const refused = await host.call('applicant-c', 'party', 'apply', { unitId: 'gd-xiyuan-1' });
    expect(refused.error).toEqual({ code: 'FORBIDDEN', message: `请先阅读并同意《${CONSENT_TEXTS.membership.title}》` });
    const stale = await host.call('applicant-c', 'user', 'consent', { scope: 'membership', version: '2020-01-01' });
    expect(stale.error?.code).toBe('INVALID_INPUT');
    expect(snapshotData(host.dataDir)).toEqual(before);
    const me = await host.callOk('applicant-c', 'user', 'consent', { scope: 'membership', version: CONSENT_TEXTS.membership.version });
    expect(me.consents.membership).toEqual({ version: CONSENT_TEXTS.membership.version, at: host.clock.now() });
    expect((await host.call('applicant-c', 'party', 'apply', { unitId: 'gd-xiyuan-1' })).data?.application?.status).toBe('pending');
    // Withdrawn, it stops further collection; the basic guide cannot be withdrawn but by deleting the account.
    await host.callOk('applicant-c', 'user', 'consent', { scope: 'membership', version: CONSENT_TEXTS.membership.version, agree: false });
    expect((await host.call('applicant-c', 'party', 'apply', { unitId: 'gd-xiyuan-1' })).error?.code).toBe('FORBIDDEN');
    expect((await host.call('applicant-c', 'user', 'consent', { scope: 'basic', version: CONSENT_TEXTS.basic.version, agree: false })).error?.code).toBe('INVALID_INPUT');
  });

  it('is read by officers on the record: each member sees who read theirs, by role and unit', async () => {
    await host.callOk('demo-secretary', 'party', 'members', {});
    await host.callOk('demo-secretary', 'party', 'applications', { status: 'pending' });
    const reads = (await host.callOk('demo-party-member', 'user', 'whoReadMyData', {})).items;
    expect(reads[0]).toEqual({ at: host.clock.now(), reader: '支部书记（西园社区）', what: 'membership', action: 'party.members' });
    const applicant = (await host.callOk('demo-resident-2', 'user', 'whoReadMyData', {})).items.map((r) => r.action);
    expect(applicant).toContain('party.applications');
    expect(JSON.stringify(reads)).not.toMatch(/demo-secretary|孙书记/);
    // The 东桥 secretary reads 东桥's register only: nothing of it reaches 西园's members' records.
    await host.callOk('demo-secretary-2', 'party', 'members', {});
    expect((await host.callOk('demo-party-member', 'user', 'whoReadMyData', {})).items.every((r) => r.reader.includes('西园'))).toBe(true);
    expect((await host.callOk('demo-secretary-2', 'user', 'whoReadMyData', {})).items.every((r) => r.reader.includes('东桥'))).toBe(true);
  });
});

