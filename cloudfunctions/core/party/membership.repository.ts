import { createHash } from 'node:crypto';
import type { ApplicationStatus } from '../../../types/activity-names';
import type { UserDoc } from '../kernel/users';
import { unitsByIds } from '../org/org.repository';
import { findByIds } from '../store/find-by-ids';
import type { Store } from '../store/port';

/** Requests to be recorded as a party member; one document per person, reused when they apply again. */
export const APPLICATIONS = 'party_applications';
/** The register of party members (党员名册): one document per member, holding their branch. */
export const MEMBERS = 'party_members';

export interface ApplicationDoc {
  /** `pa_` + a hash of the OPENID: deterministic (one open application per person) yet opaque to officers. */
  _id: string;
  openid: string;
  unitId: string;
  /** The branch's path, so that officers above it find the application with one query. */
  unitPath: string[];
  partyOrgName: string;
  joinedAt: string | null;
  note: string;
  status: ApplicationStatus;
  reason: string | null;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: number | null;
  submittedAt: number;
  /** Counts applications by this person: a new one after a rejection is a new round (and a new notification). */
  round: number;
}

export interface MemberDoc {
  /** The member's OPENID: a person is registered with one branch. */
  _id: string;
  unitId: string;
  unitPath: string[];
  partyOrgName: string;
  joinedAt: string | null;
  registeredAt: number;
  source: 'application' | 'seed';
}

export function applicationIdOf(openid: string): string {
  return `pa_${createHash('sha1').update(`party-application\u0000${openid}`).digest('hex').slice(0, 24)}`;
}

/** An id for a register row shown to officers, without the OPENID. */
export function memberRowId(openid: string): string {
  return createHash('sha1').update(`party-member\u0000${openid}`).digest('hex').slice(0, 16);
}

export async function findMember(store: Store, openid: string): Promise<MemberDoc | null> {
  return store.get(MEMBERS, openid);
}

export const membersByIds = (store: Store, openids: readonly string[]) => findByIds(store, MEMBERS, openids);

/**
 * Each person's party organisation as officers' lists show it: their row in the register, else the unit of their
 * party-member grant (a member granted the role before the register kept them); people with neither are left out.
 */
export async function branchNamesOf(store: Store, users: ReadonlyMap<string, UserDoc>): Promise<Map<string, string>> {
  const members = await membersByIds(store, [...users.keys()]);
  const names = new Map([...members.values()].map((m) => [m._id, m.partyOrgName]));
  const granted = [...users.values()].flatMap((u) => {
    const grant = names.has(u._id) ? undefined : u.roles.find((g) => g.role === 'party_member' && g.unitId);
    return grant ? [[u._id, grant.unitId!] as const] : [];
  });
  const units = await unitsByIds(store, granted.map(([, unitId]) => unitId));
  for (const [openid, unitId] of granted) {
    const unit = units.get(unitId);
    if (unit) names.set(openid, unit.partyOrgName);
  }
  return names;
}

const UNDER_LIMIT = 500;

/** Applications of the branches under any of these units (one query per root: a unit's path holds its ancestors). */
export async function applicationsUnder(store: Store, rootIds: readonly string[], status: ApplicationStatus | readonly ApplicationStatus[]): Promise<ApplicationDoc[]> {
  const wanted = typeof status === 'string' ? status : { $in: status };
  const pages = await Promise.all(rootIds.map((id) => store.find(APPLICATIONS, { status: wanted, unitPath: { $has: id } }, { limit: UNDER_LIMIT })));
  return pages.flat();
}

/** The register rows of the branches under any of these units. */
export async function membersUnder(store: Store, rootIds: readonly string[]): Promise<MemberDoc[]> {
  const pages = await Promise.all(rootIds.map((id) => store.find(MEMBERS, { unitPath: { $has: id } }, { limit: UNDER_LIMIT })));
  return pages.flat();
}

declare module '../store/collections' {
  interface CollectionDocs {
    party_applications: ApplicationDoc;
    party_members: MemberDoc;
  }
}
