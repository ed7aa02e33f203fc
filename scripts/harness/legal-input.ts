import type { InputOf } from '../../types/api';
import type { AvailabilityInput } from '../../types/legal-aid';
import { DEMO_UNITS } from '../../cloudfunctions/core/seed/demo-org';
import type { TestHost } from './test-host';

type ApplyInput = InputOf<'legal-aid', 'apply'>;

const pathOf = (unitId: string) => DEMO_UNITS.find((u) => u.id === unitId)!.path;

/** Residents of a building, written straight into the users collection with their home's path (as `user.enter` writes it). */
export async function addResidents(host: TestHost, prefix: string, count: number, buildingId = 'bd-xiyuan-01'): Promise<string[]> {
  const homePath = pathOf(buildingId);
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) {
    const id = `${prefix}-${String(i).padStart(2, '0')}`;
    await host.store.put('users', { _id: id, name: `居民${prefix}${i}`, phone: `137${String(10000000 + i).slice(-8)}`, roles: [{ role: 'resident' }], communityId: homePath[1]!, buildingId, homePath, createdAt: 0, updatedAt: 0 });
    ids.push(id);
  }
  return ids;
}

/** A lawyer's application to the street's team (or another unit on their home path). */
export function applyInput(overrides: Partial<ApplyInput> = {}): ApplyInput {
  return {
    kind: 'lawyer',
    realName: '测试律师',
    licenseNo: '15101200010000001',
    firm: '四川锦华律师事务所',
    specialties: ['family', 'labor', 'neighbor'],
    modes: ['phone', 'in_person'],
    place: '西园社区党群服务中心法律服务室',
    intro: '从事婚姻家庭和劳动争议业务十年。',
    unitId: 'st-jinhua',
    ...overrides,
  };
}

/** Every weekday 09:00–12:00 and 14:00–17:00, 30-minute slots with 10 minutes between them. */
export const WEEKDAY_HOURS: AvailabilityInput = {
  weekly: {
    mon: [{ start: '09:00', end: '12:00' }, { start: '14:00', end: '17:00' }],
    tue: [{ start: '09:00', end: '12:00' }, { start: '14:00', end: '17:00' }],
    wed: [{ start: '09:00', end: '12:00' }, { start: '14:00', end: '17:00' }],
    thu: [{ start: '09:00', end: '12:00' }, { start: '14:00', end: '17:00' }],
    fri: [{ start: '09:00', end: '12:00' }, { start: '14:00', end: '17:00' }],
    sat: [],
    sun: [],
  },
  exceptions: [],
  slotMinutes: 30,
  bufferMinutes: 10,
  minNoticeHours: 2,
  horizonDays: 14,
  dailyCap: 8,
};

/**
 * A verified volunteer with hours, through the real actions: a resident of `buildingId` applies to the street's team,
 * the street admin verifies, and the volunteer publishes `hours`. Returns their volunteer id.
 */
export async function addVolunteer(host: TestHost, openid: string, options: { apply?: Partial<ApplyInput>; hours?: AvailabilityInput | null; buildingId?: string } = {}): Promise<string> {
  const homePath = pathOf(options.buildingId ?? 'bd-xiyuan-02');
  await host.store.put('users', { _id: openid, name: options.apply?.realName ?? `律师${openid}`, phone: '13900000000', roles: [{ role: 'resident' }], communityId: homePath[1]!, buildingId: homePath[3]!, homePath, createdAt: 0, updatedAt: 0 });
  const applied = await host.callOk(openid, 'legal-aid', 'apply', applyInput({ realName: `律师${openid}`.slice(0, 20), ...options.apply }));
  const verifier = applied.unitId === 'st-jinhua' ? 'demo-street-admin' : 'demo-admin';
  await host.callOk(verifier, 'legal-aid', 'verify', { volunteerId: applied.id, approve: true });
  if (options.hours !== null) await host.callOk(openid, 'legal-aid', 'setAvailability', options.hours ?? WEEKDAY_HOURS);
  return applied.id;
}
