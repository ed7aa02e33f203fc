import { grantIndex, type StoredGrant } from '../../cloudfunctions/core/kernel/users';
import { DEMO_UNITS } from '../../cloudfunctions/core/seed/demo-org';
import type { TestHost } from '../../scripts/harness/test-host';
import type { InputOf } from '../../types/api';
import type { Store } from '../../cloudfunctions/core/store/port';

const pathOf = (unitId: string) => DEMO_UNITS.find((u) => u.id === unitId)!.path;

/** A user holding these grants (with their paths and derived keys), living in 西园 unless told otherwise. */
export async function putUser(host: TestHost, openid: string, name: string, grants: Array<Omit<StoredGrant, 'unitPath'>>, home: { communityId?: string; buildingId?: string } = { communityId: 'cm-xiyuan' }): Promise<void> {
  const roles: StoredGrant[] = [{ role: 'resident' }, ...grants.map((g) => ({ ...g, unitPath: pathOf(g.unitId!) }))];
  const homePath = pathOf(home.buildingId ?? home.communityId ?? 'cm-xiyuan');
  await host.store.put('users', { _id: openid, name, phone: '13900000000', roles, ...grantIndex(roles), ...home, homePath, createdAt: 0, updatedAt: 0 });
}

let keys = 0;
export const newKey = (prefix = 'fixture') => `${prefix}-${String(++keys).padStart(6, '0')}`;

/** A free-form report as `who`, with defaults that pass every check. */
export function reportAs(host: TestHost, who: string, extra: Partial<InputOf<'grid', 'report'>> = {}) {
  return host.call(who, 'grid', 'report', { category: 'streetlight', description: '3栋门口路灯连续三晚不亮', photos: [], idempotencyKey: newKey('report'), ...extra });
}

/** The id of a report that must be made. */
export async function reported(host: TestHost, who: string, extra: Partial<InputOf<'grid', 'report'>> = {}): Promise<string> {
  const res = await reportAs(host, who, extra);
  if (!res.data) throw new Error(`report failed: ${JSON.stringify(res.error)}`);
  return res.data.request.id;
}

/** A stored request, as the domain keeps it. */
export function stored(host: TestHost, id: string) {
  return (host.store as Store).get('service_requests', id);
}

let residents = 0;
/** A new resident who scanned a building's QR code (西园3栋, in 西园第一网格, by default), with a phone on record. */
export async function newResident(host: TestHost, buildingScene = 'cm-xiyuan~bd-xiyuan-03'): Promise<string> {
  const openid = `resident-${process.pid}-${++residents}`;
  await host.callOk(openid, 'user', 'enter', { scene: buildingScene });
  await host.callOk(openid, 'user', 'updateProfile', { name: `居民${residents}`, phone: '13700000000' });
  return openid;
}
