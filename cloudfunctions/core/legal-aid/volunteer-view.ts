import type { MyVolunteer, VolunteerAdminRow, VolunteerPublic } from '../../../types/legal-aid';
import { maskPhone } from '../kernel/mask';
import type { UserDoc } from '../kernel/users';
import { ratingAverage, type VolunteerDoc } from './volunteer.repository';

/** The volunteer's own view of their record. */
export function toMyVolunteer(v: VolunteerDoc): MyVolunteer {
  return {
    id: v._id,
    kind: v.kind,
    realName: v.realName,
    licenseNo: v.licenseNo,
    firm: v.firm,
    specialties: v.specialties,
    modes: v.modes,
    place: v.place,
    intro: v.intro,
    unitId: v.unitId,
    unitName: v.unitName,
    status: v.status,
    paused: v.paused,
    rejectReason: v.rejectReason,
    appliedAt: v.appliedAt,
    decidedAt: v.decidedAt,
    availability: v.availability,
  };
}

/** What the admins who verify see: the application and counts, never a consultation. */
export function toAdminRow(v: VolunteerDoc, user: UserDoc | null): VolunteerAdminRow {
  const { availability: _a, ...own } = toMyVolunteer(v);
  return { ...own, phoneMasked: maskPhone(user?.phone), decidedByName: v.decidedByName, completedCount: v.completedCount, ratingAverage: ratingAverage(v), ratingCount: v.ratingCount };
}

/** A verified volunteer as residents see them; an intro held for review is not shown. */
export function toPublic(v: VolunteerDoc, nextFreeAt: number | null): VolunteerPublic {
  return {
    id: v._id,
    kind: v.kind,
    name: v.realName,
    firm: v.firm,
    specialties: v.specialties,
    modes: v.modes,
    place: v.modes.includes('in_person') ? v.place : null,
    intro: v.introReview ? '' : v.intro,
    unitName: v.unitName,
    ratingAverage: ratingAverage(v),
    ratingCount: v.ratingCount,
    completedCount: v.completedCount,
    nextFreeAt,
  };
}
