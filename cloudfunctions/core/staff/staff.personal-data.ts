import { ERASED_NAME, ERASURE_PAGE, type HoldsPeople, union } from '../store/personal-data';
import { INVITATIONS, type InvitationDoc } from './invitation.repository';

/** Invitations name who made, took or withdrew them: kept for the appointments' audit, the person anonymised. */
const invitations: HoldsPeople<InvitationDoc> = {
  holds: 'people',
  label: '人员任命邀请',
  fields: ['invitedBy', 'invitedByName', 'usedBy', 'usedByName', 'revokedBy'],
  find: (store, openid) => union(store.find(INVITATIONS, { invitedBy: openid }, ERASURE_PAGE), store.find(INVITATIONS, { usedBy: openid }, ERASURE_PAGE), store.find(INVITATIONS, { revokedBy: openid }, ERASURE_PAGE)),
  export: (i, openid) => ({ role: i.role, unit: i.unitName, createdAt: i.createdAt, status: i.status, ...(i.invitedBy === openid ? { invitedByYou: true } : {}), ...(i.usedBy === openid ? { acceptedByYou: i.usedAt } : {}) }),
  erase: (i, { openid, alias }) => ({
    kind: 'update',
    update: {
      set: {
        ...(i.invitedBy === openid ? { invitedBy: alias, invitedByName: ERASED_NAME } : {}),
        ...(i.usedBy === openid ? { usedBy: alias, usedByName: ERASED_NAME } : {}),
        ...(i.revokedBy === openid ? { revokedBy: alias } : {}),
      },
    },
  }),
};

export const STAFF_PERSONAL_DATA = { invitations } as const;
