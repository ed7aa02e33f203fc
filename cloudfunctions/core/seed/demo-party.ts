import { APPLICATIONS, MEMBERS, applicationIdOf, type ApplicationDoc, type MemberDoc } from '../party/membership.repository';
import type { Store } from '../store/port';
import { DEMO_UNITS } from './demo-org';
import { DEMO_USERS } from './demo-users';

/** 入党年月 of the demo party members, as the register records them. */
const JOINED: Record<string, string> = {
  'demo-party-member': '2008-07',
  'demo-party-member-2': '2012-06',
  'demo-party-member-3': '2019-07',
  'demo-secretary': '1998-07',
  'demo-secretary-2': '2003-07',
};

const unitOf = (id: string) => DEMO_UNITS.find((u) => u.id === id)!;

/** The register of the demo party members (from their grants) and one application waiting for the secretary. */
export async function seedParty(store: Store, now: number): Promise<void> {
  for (const user of DEMO_USERS) {
    const grant = user.roles.find((g) => g.role === 'party_member' && g.unitId);
    if (!grant) continue;
    const unit = unitOf(grant.unitId!);
    const doc: MemberDoc = { _id: user._id, unitId: unit.id, unitPath: unit.path, partyOrgName: unit.partyOrgName, joinedAt: JOINED[user._id] ?? null, registeredAt: now, source: 'seed' };
    await store.put(MEMBERS, doc);
  }
  const branch = unitOf('gd-xiyuan-2');
  const application: ApplicationDoc = {
    _id: applicationIdOf('demo-resident-2'),
    openid: 'demo-resident-2',
    unitId: branch.id,
    unitPath: branch.path,
    partyOrgName: branch.partyOrgName,
    joinedAt: '2015-06',
    note: '2015年6月在原单位入党，组织关系介绍信已开具，申请登记到居住地网格党支部。',
    status: 'pending',
    reason: null,
    decidedBy: null,
    decidedByName: null,
    decidedAt: null,
    submittedAt: now - 2 * 24 * 3_600_000,
    round: 1,
  };
  await store.put(APPLICATIONS, application);
}
