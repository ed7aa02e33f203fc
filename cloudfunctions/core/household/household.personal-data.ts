import { ERASURE_PAGE, type HoldsPeople, remove, union } from '../store/personal-data';
import { HOUSEHOLDS, householdIdOf, type HouseholdClaimDoc } from './household.repository';

/** A person's household claim is theirs alone; a verifier's decisions stay on others' claims, anonymised. */
const household_claims: HoldsPeople<HouseholdClaimDoc> = {
  holds: 'people',
  label: '住址与业主核实',
  fields: ['_id (hash of the OPENID)', 'openid', 'verifiedBy.actor', 'owner.verifiedBy.actor'],
  find: (store, openid) =>
    union(
      store.get(HOUSEHOLDS, householdIdOf(openid)).then((d) => (d ? [d] : [])),
      store.find(HOUSEHOLDS, { 'verifiedBy.actor': openid }, ERASURE_PAGE),
      store.find(HOUSEHOLDS, { 'owner.verifiedBy.actor': openid }, ERASURE_PAGE),
    ),
  export: (h, openid) =>
    h.openid === openid
      ? { buildingId: h.buildingId, entrance: h.entrance, room: h.room, status: h.status, verifiedAt: h.verifiedAt, owner: { status: h.owner.status, area: h.owner.area, verifiedAt: h.owner.verifiedAt } }
      : { verifiedByYou: h._id, at: h.verifiedBy?.actor === openid ? h.verifiedAt : h.owner.verifiedAt },
  erase: (h, { openid, alias }) => {
    if (h.openid === openid) return remove;
    const set: Record<string, string> = {};
    if (h.verifiedBy?.actor === openid) set['verifiedBy.actor'] = alias;
    if (h.owner.verifiedBy?.actor === openid) set['owner.verifiedBy.actor'] = alias;
    return { kind: 'update', update: { set } };
  },
};

export const HOUSEHOLD_PERSONAL_DATA = { household_claims } as const;
