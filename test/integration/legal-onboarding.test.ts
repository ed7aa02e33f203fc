import type { AuditDoc } from '../../cloudfunctions/core/audit/audit';
import type { UserDoc } from '../../cloudfunctions/core/kernel/users';
import type { VolunteerDoc } from '../../cloudfunctions/core/legal-aid/volunteer.repository';
import { DEMO_UNITS } from '../../cloudfunctions/core/seed/demo-org';
import type { InputOf } from '../../types/api';
import { outboxOf } from '../support/activity-fixtures';
import { snapshotData } from '../support/db-snapshot';
import { useTestHost } from '../support/use-test-host';

const host = useTestHost();
type ApplyInput = InputOf<'legal-aid', 'apply'>;

const pathOf = (unitId: string) => DEMO_UNITS.find((u) => u.id === unitId)!.path;
async function resident(openid: string, buildingId = 'bd-xiyuan-01'): Promise<string> {
  const homePath = pathOf(buildingId);
  await host.store.put('users', { _id: openid, name: `申请人${openid.slice(-2)}`, phone: '13700000009', roles: [{ role: 'resident' }], communityId: homePath[1]!, buildingId, homePath, createdAt: 0, updatedAt: 0 });
  return openid;
}
const lawyer = (overrides: Partial<ApplyInput> = {}): ApplyInput => ({
  kind: 'lawyer',
  realName: '林律师',
  licenseNo: '15101200010000001',
  firm: '四川锦华律师事务所',
  specialties: ['family', 'labor'],
  modes: ['phone', 'in_person'],
  place: '西园社区党群服务中心法律服务室',
  intro: '擅长婚姻家庭纠纷。',
  unitId: 'cm-xiyuan',
  ...overrides,
});
const apply = (openid: string, input: Partial<ApplyInput> = {}) => host.call(openid, 'legal-aid', 'apply', lawyer(input));
const user = (openid: string) => host.store.get<UserDoc>('users', openid);

describe('applying', () => {
  it('checks the 执业证号 by length and digits only: 17 digits or a legacy 12', async () => {
    const who = await resident('ob-license');
    for (const bad of ['1510120001000000', '151012000100000012', '1510120001000000X', '', '15101 2000100000']) {
      const before = snapshotData(host.dataDir);
      const res = await apply(who, { licenseNo: bad });
      expect(res.error).toMatchObject({ code: 'INVALID_INPUT', fields: { licenseNo: '执业证号应为17位数字（旧证为12位数字）' } });
      expect(snapshotData(host.dataDir)).toEqual(before);
    }
    expect((await apply(who, { licenseNo: '151012000100' })).data).toMatchObject({ status: 'pending', licenseNo: '151012000100' });
    expect((await apply(who, { licenseNo: '99999999999999999' })).data).toMatchObject({ status: 'pending', licenseNo: '99999999999999999' });
  });

  it('a 法律明白人 gives no 执业证号 nor law firm; in-person service names its place', async () => {
    const who = await resident('ob-guide');
    expect((await apply(who, { kind: 'guide', licenseNo: '15101200010000001' })).error?.fields).toMatchObject({ licenseNo: '法律明白人无需填写执业证号' });
    expect((await apply(who, { kind: 'guide', licenseNo: undefined, firm: undefined, place: '' })).error?.fields).toHaveProperty('place');
    const ok = await apply(who, { kind: 'guide', licenseNo: undefined, firm: undefined, specialties: ['neighbor', 'property'] });
    expect(ok.data).toMatchObject({ kind: 'guide', licenseNo: null, firm: null, status: 'pending', unitName: '西园社区法律服务志愿队' });
  });

  it('joins only a team of the applicant\'s own street or community; a newcomer first chooses a community', async () => {
    const who = await resident('ob-team');
    expect((await apply(who, { unitId: 'cm-dongqiao' })).error).toMatchObject({ code: 'INVALID_INPUT', fields: { unitId: expect.any(String) } });
    expect((await host.call('ob-newcomer', 'legal-aid', 'apply', lawyer())).error?.code).toBe('FORBIDDEN');
    const mine = await host.callOk(who, 'legal-aid', 'myVolunteer', {});
    expect(mine).toEqual({ volunteer: null, teamOptions: [{ unitId: 'st-jinhua', name: '锦华街道法律援助志愿服务队', kind: 'street' }, { unitId: 'cm-xiyuan', name: '西园社区法律服务志愿队', kind: 'community' }] });
  });

  it('refuses a risky intro and stores nothing; an intro held for review is kept from residents', async () => {
    const who = await resident('ob-intro');
    const before = snapshotData(host.dataDir);
    expect((await apply(who, { intro: '刷单返利了解一下' })).error).toMatchObject({ code: 'CONTENT_REJECTED', fields: { intro: expect.any(String) } });
    expect(snapshotData(host.dataDir)).toEqual(before);
    await apply(who, { intro: '有问题加微信咨询' });
    expect((await host.store.get<VolunteerDoc>('legal_volunteers', (await host.callOk(who, 'legal-aid', 'myVolunteer', {})).volunteer!.id))?.introReview).toBe(true);
  });
});

describe('verification by the team\'s admins', () => {
  it('a community admin verifies their community\'s team: the grant carries the unit\'s path, the decision is audited and told', async () => {
    const who = await resident('ob-verify');
    const v = (await apply(who)).data!;
    expect((await host.callOk('demo-admin', 'legal-aid', 'volunteers', { status: 'pending' })).items.map((i) => i.id)).toContain(v.id);
    const row = await host.callOk('demo-admin', 'legal-aid', 'verify', { volunteerId: v.id, approve: true });
    expect(row).toMatchObject({ status: 'verified', decidedByName: '郑主任', phoneMasked: '137****0009' });
    expect((await user(who))?.roles).toContainEqual({ role: 'lawyer', unitId: 'cm-xiyuan', unitPath: ['st-jinhua', 'cm-xiyuan'] });
    const audit = await host.store.find<AuditDoc>('audit', { target: v.id });
    expect(audit).toEqual([expect.objectContaining({ action: 'legal-aid.verify', actor: 'demo-admin', unitId: 'cm-xiyuan', changes: [{ field: 'status', before: 'pending', after: 'verified' }] })]);
    expect(await outboxOf(host, 'volunteer_decided', who)).toEqual([expect.objectContaining({ title: '法律援助志愿者申请已通过' })]);
    // Decided once: a second decision is refused and changes nothing.
    expect((await host.call('demo-street-admin', 'legal-aid', 'verify', { volunteerId: v.id, approve: false, reason: '重复' })).error?.code).toBe('CONFLICT');
  });

  it('a street team is verified by the street admin only; a community admin neither sees nor decides it', async () => {
    const who = await resident('ob-street');
    const v = (await apply(who, { unitId: 'st-jinhua' })).data!;
    expect((await host.callOk('demo-admin', 'legal-aid', 'volunteers', { status: 'pending' })).items.map((i) => i.id)).not.toContain(v.id);
    expect((await host.call('demo-admin', 'legal-aid', 'verify', { volunteerId: v.id, approve: true })).error?.code).toBe('FORBIDDEN');
    expect((await host.call('demo-resident', 'legal-aid', 'verify', { volunteerId: v.id, approve: true })).error?.code).toBe('FORBIDDEN');
    expect((await host.call('demo-street-admin', 'legal-aid', 'verify', { volunteerId: v.id, approve: false })).error?.fields).toHaveProperty('reason');
    const rejected = await host.callOk('demo-street-admin', 'legal-aid', 'verify', { volunteerId: v.id, approve: false, reason: '执业证号与律所信息不一致' });
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: '执业证号与律所信息不一致' });
    expect((await user(who))?.roles.map((g) => g.role)).toEqual(['resident']);
    expect(await outboxOf(host, 'volunteer_decided', who)).toEqual([expect.objectContaining({ body: expect.stringContaining('执业证号与律所信息不一致') })]);

    // A new application after a rejection is the next round, decided afresh.
    expect((await apply(who, { unitId: 'st-jinhua', firm: '四川西园律师事务所' })).data).toMatchObject({ status: 'pending', rejectReason: null });
    expect((await host.store.get<VolunteerDoc>('legal_volunteers', v.id))?.round).toBe(2);
    expect((await host.call('demo-street-admin', 'legal-aid', 'verify', { volunteerId: v.id, approve: true })).data?.status).toBe('verified');
  });
});

describe('serving, pausing and leaving', () => {
  it('a verified volunteer changes what they take on but not who they are; pauses and resumes; leaves and loses the grant', async () => {
    const who = await resident('ob-serve');
    const v = (await apply(who)).data!;
    await host.callOk('demo-admin', 'legal-aid', 'verify', { volunteerId: v.id, approve: true });
    expect((await apply(who, { specialties: ['family', 'labor', 'inheritance'] })).data).toMatchObject({ status: 'verified', specialties: ['family', 'labor', 'inheritance'] });
    expect((await apply(who, { realName: '林某某' })).error?.code).toBe('CONFLICT');
    expect((await host.callOk(who, 'legal-aid', 'pause', { paused: true })).paused).toBe(true);
    expect((await host.callOk(who, 'legal-aid', 'pause', { paused: false })).paused).toBe(false);
    expect((await host.callOk(who, 'legal-aid', 'leave', {})).status).toBe('left');
    expect((await user(who))?.roles.map((g) => g.role)).toEqual(['resident']);
    expect((await host.call(who, 'legal-aid', 'pause', { paused: true })).error?.code).toBe('FORBIDDEN');
    expect((await host.store.find<AuditDoc>('audit', { target: v.id })).map((a) => a.action).sort()).toEqual(['legal-aid.leave', 'legal-aid.verify']);
  });

  it('an applicant withdraws a pending application; someone who never applied cannot leave', async () => {
    const who = await resident('ob-withdraw');
    await apply(who);
    expect((await host.callOk(who, 'legal-aid', 'leave', {})).status).toBe('left');
    expect((await host.call('demo-resident', 'legal-aid', 'leave', {})).error?.code).toBe('FORBIDDEN');
  });
});
