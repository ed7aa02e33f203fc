import { createHash } from 'node:crypto';
import type { Availability } from '../../../types/legal-aid';
import type { ServiceMode, Specialty, VolunteerKind, VolunteerStatus } from '../../../types/legal-aid-names';
import type { Store } from '../store/port';

export const VOLUNTEERS = 'legal_volunteers';

/**
 * A legal-aid volunteer: their application, its decision, what they take on and their hours. One per person (the id
 * derives from the OPENID, which never leaves the server). Residents see only verified volunteers who are not paused.
 */
export interface VolunteerDoc {
  /** `lv_` + a hash of the OPENID: the id pages see. */
  _id: string;
  openid: string;
  kind: VolunteerKind;
  realName: string;
  /** 执业证号 (lawyers only). */
  licenseNo: string | null;
  firm: string | null;
  specialties: Specialty[];
  modes: ServiceMode[];
  /** Where in-person consultations take place. */
  place: string | null;
  intro: string;
  /** The content check asked for review: the intro is kept from residents until someone clears it. */
  introReview: boolean;
  /** The team: a street or a community, with its path (its admins, and those above, verify). */
  unitId: string;
  unitPath: string[];
  unitName: string;
  status: VolunteerStatus;
  paused: boolean;
  /** Bumped by each new application, so a decision applies to the application it was made on. */
  round: number;
  appliedAt: number;
  decidedAt: number | null;
  decidedBy: string | null;
  decidedByName: string | null;
  rejectReason: string | null;
  availability: Availability | null;
  completedCount: number;
  ratingSum: number;
  ratingCount: number;
  updatedAt: number;
}

export function volunteerIdOf(openid: string): string {
  return `lv_${createHash('sha1').update(`volunteer\u0000${openid}`).digest('hex').slice(0, 16)}`;
}

export async function getVolunteer(store: Store, id: string): Promise<VolunteerDoc | null> {
  return store.get(VOLUNTEERS, id);
}

export const volunteerOf = (store: Store, openid: string) => getVolunteer(store, volunteerIdOf(openid));

/** Volunteers of the teams in these units' subtrees, in one query per root. */
export async function volunteersUnder(store: Store, rootIds: readonly string[], statuses: readonly VolunteerStatus[]): Promise<VolunteerDoc[]> {
  const found: VolunteerDoc[] = [];
  for (const root of rootIds) found.push(...(await store.find(VOLUNTEERS, { unitPath: { $has: root }, status: { $in: statuses } }, { limit: 500 })));
  return found;
}

/** Verified, serving volunteers whose team covers a home on this path (its street or its community). */
export async function servingVolunteers(store: Store, homePath: readonly string[], filter: { specialty?: Specialty | undefined; mode?: ServiceMode | undefined }): Promise<VolunteerDoc[]> {
  // One index (status, paused, unitId) serves every browse: a team is a few dozen people, so specialty and mode are
  // matched here rather than in compound indexes over two array fields (which CloudBase, like MongoDB, cannot build).
  const docs = await store.find(VOLUNTEERS, { status: 'verified', paused: false, unitId: { $in: [...homePath] } }, { limit: 200 });
  return docs.filter((v) => (!filter.specialty || v.specialties.includes(filter.specialty)) && (!filter.mode || v.modes.includes(filter.mode)));
}

export const ratingAverage = (v: Pick<VolunteerDoc, 'ratingSum' | 'ratingCount'>) => (v.ratingCount > 0 ? Math.round((v.ratingSum / v.ratingCount) * 10) / 10 : null);

declare module '../store/collections' {
  interface CollectionDocs {
    legal_volunteers: VolunteerDoc;
  }
}
