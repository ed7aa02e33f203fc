import type { BookingDetail, BookingView } from '../../../types/legal-aid-cases';
import { maskPhone } from '../kernel/mask';
import { isActive, type BookingDoc } from './booking.repository';

export type Role = 'resident' | 'volunteer';

export const CONTENT_REFUSAL = '咨询内容仅预约的居民和承办的志愿者可以查看';

/** How the caller stands to a booking, or null: nobody else may see it. */
export function roleIn(b: BookingDoc, openid: string): Role | null {
  if (b.residentId === openid) return 'resident';
  if (b.volunteerOpenid === openid) return 'volunteer';
  return null;
}

/** A resident may change a booking until the volunteer's notice before its start. */
export const residentMayChange = (b: BookingDoc, now: number) => isActive(b.status) && now < b.startAt - b.noticeMs;

/** A booking in a list: what, when, with whom and what may be done, never its content. */
export function toBookingView(b: BookingDoc, role: Role, now: number): BookingView {
  const resident = role === 'resident';
  return {
    id: b._id,
    role,
    lawyerId: b.volunteerId,
    lawyerName: b.volunteerName,
    lawyerKind: b.volunteerKind,
    residentName: b.residentName,
    specialty: b.specialty,
    service: b.service,
    mode: b.mode,
    place: b.place,
    startAt: b.startAt,
    endAt: b.endAt,
    status: b.status,
    createdAt: b.createdAt,
    expiresAt: b.expiresAt,
    respondedAt: b.respondedAt,
    declineReason: b.declineReason,
    cancelledBy: b.cancelledBy,
    cancelReason: b.cancelReason,
    rescheduled: b.rescheduledAt !== null,
    phoneMasked: maskPhone(b.phone),
    rating: b.rating ? { stars: b.rating.stars, comment: b.rating.comment } : null,
    canCancel: resident ? residentMayChange(b, now) : isActive(b.status) && now < b.startAt,
    canReschedule: resident && residentMayChange(b, now) && b.rescheduledAt === null,
    canRate: resident && b.status === 'completed' && b.rating === null,
    canRespond: !resident && b.status === 'pending' && now < b.expiresAt,
    canComplete: !resident && b.status === 'confirmed' && now >= b.startAt,
  };
}

/**
 * The whole booking, for its two parties only. The resident's full number goes to the volunteer only while a phone
 * consultation is confirmed: before it is accepted or after it is over, the volunteer sees it masked.
 */
export function toBookingDetail(b: BookingDoc, role: Role, now: number): BookingDetail {
  const callable = role === 'volunteer' && b.mode === 'phone' && b.status === 'confirmed';
  return {
    ...toBookingView(b, role, now),
    description: b.description,
    contentReview: b.contentReview,
    summary: b.summary,
    advice: b.advice,
    guidance: b.guidance,
    referral: b.referral,
    phone: callable || role === 'resident' ? b.phone : null,
    hours: b.hours,
  };
}
