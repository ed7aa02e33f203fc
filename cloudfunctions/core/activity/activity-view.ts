import type { ActivityDetail, ActivitySummary, MySignup } from '../../../types/activity';
import { checkInOpensAt, type ActivityDoc, type SignupDoc } from './activity.repository';

/** Storage documents to what pages see: counts, never the OPENIDs of who holds the seats. */
export function toMySignup(a: ActivityDoc, s: SignupDoc): MySignup {
  const position = a.seats.waiting.indexOf(s.openid);
  return {
    activityId: a._id,
    status: s.status,
    waitlistPosition: s.status === 'waitlisted' && position >= 0 ? position + 1 : null,
    signedUpAt: s.signedUpAt,
    checkedInAt: s.checkedInAt,
  };
}

export function toSummary(a: ActivityDoc, mine: SignupDoc | null): ActivitySummary {
  return {
    id: a._id,
    title: a.title,
    type: a.type,
    unitId: a.unitId,
    unitName: a.unitName,
    audience: a.audience,
    startAt: a.startAt,
    endAt: a.endAt,
    place: a.place,
    capacity: a.capacity,
    confirmedCount: a.seats.holders.length,
    waitlistCount: a.seats.queued,
    signupDeadline: a.signupDeadline,
    status: a.status,
    coverImage: a.coverImage,
    mine: mine ? toMySignup(a, mine) : null,
  };
}

export function toDetail(a: ActivityDoc, mine: SignupDoc | null, flags: { eligible: boolean; residenceNeeded: boolean; canManage: boolean; now: number }): ActivityDetail {
  const { now } = flags;
  const live = a.status === 'published';
  const opensAt = checkInOpensAt(a);
  const cancelOpen = live && mine !== null && ((mine.status === 'confirmed' && now < a.cancelDeadline) || (mine.status === 'waitlisted' && now < a.startAt));
  return {
    ...toSummary(a, mine),
    description: a.description,
    audienceUnitId: a.audienceUnitId,
    audienceUnitName: a.audienceUnitName,
    cancelDeadline: a.cancelDeadline,
    waitlistLimit: a.waitlistLimit,
    checkInOpensMinutes: a.checkInOpensMinutes,
    checkInOpensAt: opensAt,
    cancelReason: a.cancelReason,
    eligible: flags.eligible,
    residenceNeeded: flags.residenceNeeded,
    canManage: flags.canManage,
    signupOpen: live && now < a.signupDeadline && now < a.startAt,
    cancelOpen,
    checkInOpen: live && now >= opensAt && now <= a.endAt,
  };
}
