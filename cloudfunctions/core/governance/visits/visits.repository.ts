import { createHash } from 'node:crypto';
import type { CareKind } from '../../../../types/governance';
import type { Store } from '../../store/port';

/**
 * 进百家门. A household to visit is an address of the grid tree (building, 单元, room; the same key the household
 * model uses), whether or not anyone living there uses the app. Party members are assigned to it (党员联系户); the
 * grid's worker covers every household of the grid. Visits are their own documents; the household keeps when it was
 * last visited, for who is due.
 */
export const VISIT_HOUSEHOLDS = 'gov_visit_households';
export const VISITS = 'gov_visits';

export interface VisitHouseholdDoc {
  _id: string;
  communityId: string;
  buildingId: string;
  /** The building's path: the grid worker's and officers' scope. */
  buildingPath: string[];
  gridId: string;
  entrance: number;
  room: string;
  householdKey: string;
  /** How the visitors call the household (王阿姨家): not a record of who lives there. */
  label: string;
  /** OPENIDs of the party members assigned to it. */
  assignees: string[];
  /** Marked for monthly visits, with the household's consent as recorded by the officer who marked it. */
  care: { kinds: CareKind[]; consentNote: string; consentAt: number; markedBy: string } | null;
  lastVisitAt: number | null;
  createdAt: number;
}

export interface VisitDoc {
  _id: string;
  householdId: string;
  communityId: string;
  buildingPath: string[];
  gridId: string;
  visitor: string;
  visitorName: string;
  visitedAt: number;
  visitedOn: string;
  met: string;
  situation: string;
  /** Sensitive: only the visitor and the community's officers read it, each read logged. */
  note: string | null;
  followUp: string;
  needIds: string[];
  /** Grid requests raised from the visit (接诉即办), by id and number. */
  requests?: Array<{ id: string; no: string }>;
  createdAt: number;
}

export const visitHouseholdIdOf = (householdKey: string) => `vh_${createHash('sha1').update(`visit-household\u0000${householdKey}`).digest('hex').slice(0, 24)}`;

export function householdsOfCommunity(store: Store, communityId: string): Promise<VisitHouseholdDoc[]> {
  return store.find(VISIT_HOUSEHOLDS, { communityId }, { orderBy: [['buildingId', 'asc'], ['room', 'asc']], limit: 1000 });
}

export function householdsUnder(store: Store, unitId: string): Promise<VisitHouseholdDoc[]> {
  return store.find(VISIT_HOUSEHOLDS, { buildingPath: { $has: unitId } }, { limit: 1000 });
}

export function householdsAssignedTo(store: Store, openid: string): Promise<VisitHouseholdDoc[]> {
  return store.find(VISIT_HOUSEHOLDS, { assignees: { $has: openid } }, { limit: 500 });
}

export function visitsOf(store: Store, householdId: string): Promise<VisitDoc[]> {
  return store.find(VISITS, { householdId }, { orderBy: [['visitedAt', 'desc']], limit: 100 });
}

declare module '../../store/collections' {
  interface CollectionDocs {
    gov_visit_households: VisitHouseholdDoc;
    gov_visits: VisitDoc;
  }
}
