import type { BookingDoc } from '../../cloudfunctions/core/legal-aid/booking.repository';
import type { UserDoc } from '../../cloudfunctions/core/kernel/users';
import { DEMO_UNITS } from '../../cloudfunctions/core/seed/demo-org';
import { addResidents, addVolunteer, applyInput } from '../../scripts/harness/legal-input';
import { TEST_NOW } from '../../scripts/harness/test-now';
import { outboxOf } from '../support/activity-fixtures';
import { bookInput, dayDocs, freeStarts } from '../support/legal-fixtures';
import { useTestHost } from '../support/use-test-host';

/**
 * A community's team serves its own community; the street's team serves the whole street. Across communities every
 * step is refused: admins decide only their own teams, residents reach only the teams that serve their home, and a
 * volunteer takes no question from a home their team does not serve.
 */
const host = useTestHost();
beforeEach(() => host.clock.set(TEST_NOW));

const DQ_ADMIN = 'cc-dq-admin';
const pathOf = (id: string) => DEMO_UNITS.find((u) => u.id === id)!.path;
let xiyuanTeam = '';
let streetTeam = '';
let dongqiaoResident = '';
let xiyuanResident = '';
beforeAll(async () => {
  await host.store.put('users', {
    _id: DQ_ADMIN,
    name: '东桥主任',
    roles: [{ role: 'resident' }, { role: 'community_admin', unitId: 'cm-dongqiao', unitPath: pathOf('cm-dongqiao') }],
    communityId: 'cm-dongqiao',
    homePath: pathOf('cm-dongqiao'),
    createdAt: 0,
    updatedAt: 0,
  } as UserDoc);
  xiyuanTeam = await addVolunteer(host, 'cc-xy-lawyer', { apply: { unitId: 'cm-xiyuan', specialties: ['labor', 'family'] } });
  streetTeam = await addVolunteer(host, 'cc-st-lawyer', { apply: { specialties: ['labor', 'family'] } });
  dongqiaoResident = (await addResidents(host, 'cc-dq', 1, 'bd-dongqiao-01'))[0]!;
  xiyuanResident = (await addResidents(host, 'cc-xy', 1))[0]!;
});

describe('verification stays within the team\'s unit', () => {
  it('each community admin sees and decides their own community\'s applications only', async () => {
    const [applicant] = await addResidents(host, 'cc-dq-app', 1, 'bd-dongqiao-02');
    const v = await host.callOk(applicant!, 'legal-aid', 'apply', applyInput({ realName: '东桥志愿律师', unitId: 'cm-dongqiao' }));
    const pendingOf = async (admin: string) => (await host.callOk(admin, 'legal-aid', 'volunteers', { status: 'pending' })).items.map((i) => i.id);

    expect(await pendingOf('demo-admin')).not.toContain(v.id);
    expect((await host.call('demo-admin', 'legal-aid', 'verify', { volunteerId: v.id, approve: true })).error?.code).toBe('FORBIDDEN');
    expect((await host.call('demo-admin', 'legal-aid', 'verify', { volunteerId: v.id, approve: false, reason: '不是本社区' })).error?.code).toBe('FORBIDDEN');
    expect(await outboxOf(host, 'volunteer_decided', applicant)).toHaveLength(0);
    // 东桥's admin does not see 西园's team either.
    const verifiedOf = async (admin: string) => (await host.callOk(admin, 'legal-aid', 'volunteers', { status: 'verified' })).items.map((i) => i.id);
    expect(await verifiedOf(DQ_ADMIN)).not.toContain(xiyuanTeam);
    expect(await verifiedOf('demo-admin')).toContain(xiyuanTeam);

    expect(await pendingOf(DQ_ADMIN)).toContain(v.id);
    await host.callOk(DQ_ADMIN, 'legal-aid', 'verify', { volunteerId: v.id, approve: true });
    const granted = (await host.store.get<UserDoc>('users', applicant!))?.roles.find((g) => g.role === 'lawyer');
    expect(granted).toMatchObject({ unitId: 'cm-dongqiao', unitPath: pathOf('cm-dongqiao') });
  });
});

describe('residents reach only the teams serving their home', () => {
  it('a 东桥 resident neither sees, lists the slots of, nor books 西园\'s community team; nothing is held', async () => {
    const { items } = await host.callOk(dongqiaoResident, 'legal-aid', 'lawyers', {});
    expect(items.map((i) => i.id)).toContain(streetTeam);
    expect(items.map((i) => i.id)).not.toContain(xiyuanTeam);
    const [startAt] = await freeStarts(host, xiyuanResident, xiyuanTeam);
    const before = await dayDocs(host, xiyuanTeam);

    const res = await host.call(dongqiaoResident, 'legal-aid', 'book', bookInput(xiyuanTeam, startAt!));
    expect(res.error?.code).toBe('NOT_FOUND');
    expect(await host.store.find<BookingDoc>('legal_bookings', { residentId: dongqiaoResident })).toHaveLength(0);
    expect(await dayDocs(host, xiyuanTeam)).toEqual(before);
    expect(await outboxOf(host, 'booking_requested', 'cc-xy-lawyer')).toHaveLength(0);
    // The street's team takes the same resident.
    const [streetStart] = await freeStarts(host, dongqiaoResident, streetTeam);
    expect((await host.call(dongqiaoResident, 'legal-aid', 'book', bookInput(streetTeam, streetStart!))).ok).toBe(true);
  });
});

describe('quick questions stay with the teams serving the asker', () => {
  it('西园\'s community team neither sees nor claims a 东桥 resident\'s question; the street\'s team does', async () => {
    const asked = await host.callOk(dongqiaoResident, 'legal-aid', 'ask', {
      specialty: 'labor',
      service: 'advice',
      text: '东桥这边的工厂拖欠加班费两个月了，可以去哪里投诉？',
      consent: true,
      idempotencyKey: 'cc-question-0000000001',
    });
    const id = asked.question.id;
    const openOf = async (as: string) => (await host.callOk(as, 'legal-aid', 'questions', {})).open.map((q) => q.id);
    expect(await openOf('cc-xy-lawyer')).not.toContain(id);
    expect((await host.call('cc-xy-lawyer', 'legal-aid', 'claim', { id })).error).toMatchObject({ code: 'FORBIDDEN', message: '该问题不在您的服务范围内' });
    expect((await host.call('cc-xy-lawyer', 'legal-aid', 'question', { id })).error?.code).toBe('FORBIDDEN');
    expect(await openOf('cc-st-lawyer')).toContain(id);
    expect((await host.callOk('cc-st-lawyer', 'legal-aid', 'claim', { id })).question.claimedByName).toBe('律师cc-st-lawyer');
  });
});

describe('admins of another community', () => {
  it('read no content and no figures of a community not theirs', async () => {
    const [startAt] = await freeStarts(host, xiyuanResident, xiyuanTeam);
    const id = (await host.callOk(xiyuanResident, 'legal-aid', 'book', bookInput(xiyuanTeam, startAt!))).booking.id;
    expect((await host.call(DQ_ADMIN, 'legal-aid', 'get', { id })).error?.code).toBe('FORBIDDEN');
    expect((await host.call(DQ_ADMIN, 'legal-aid', 'reads', { id })).error?.code).toBe('FORBIDDEN');
    expect((await host.call(DQ_ADMIN, 'legal-aid', 'stats', { communityId: 'cm-xiyuan' })).error?.code).toBe('FORBIDDEN');
    expect((await host.callOk(DQ_ADMIN, 'legal-aid', 'stats', {})).communities.map((c) => c.id)).toEqual(['cm-dongqiao']);
  });
});
