import { ERASED_NAME, ERASURE_PAGE, type HoldsPeople, remove, union } from '../store/personal-data';
import { APPLICATIONS, MEMBERS, applicationIdOf, type ApplicationDoc, type MemberDoc } from './membership.repository';

const one = <D>(doc: D | null): D[] => (doc ? [doc] : []);

/** A person's application is theirs alone; an officer's decisions stay on others' applications, anonymised. */
const party_applications: HoldsPeople<ApplicationDoc> = {
  holds: 'people',
  label: '党员登记申请',
  fields: ['_id (hash of the OPENID)', 'openid', 'decidedBy'],
  find: (store, openid) => union(store.get(APPLICATIONS, applicationIdOf(openid)).then(one), store.find(APPLICATIONS, { decidedBy: openid }, ERASURE_PAGE)),
  export: (a, openid) =>
    a.openid === openid
      ? { branch: a.partyOrgName, joinedAt: a.joinedAt, note: a.note, status: a.status, reason: a.reason, submittedAt: a.submittedAt, decidedAt: a.decidedAt }
      : { decidedByYou: a._id, status: a.status, decidedAt: a.decidedAt },
  erase: (a, { openid, alias }) => (a.openid === openid ? remove : { kind: 'update', update: { set: { decidedBy: alias, decidedByName: ERASED_NAME } } }),
};

/**
 * The register row: a deleted account leaves the register (a branch's figures are of its register as it stands);
 * the activities it attended keep their counts through the signups, kept under the alias.
 */
const party_members: HoldsPeople<MemberDoc> = {
  holds: 'people',
  label: '党员名册登记',
  fields: ['_id'],
  find: async (store, openid) => one(await store.get(MEMBERS, openid)),
  export: (m) => ({ branch: m.partyOrgName, unitId: m.unitId, joinedAt: m.joinedAt, registeredAt: m.registeredAt }),
  erase: () => remove,
};

export const PARTY_PERSONAL_DATA = { party_applications, party_members } as const;
