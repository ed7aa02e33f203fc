import { createHash } from 'node:crypto';
import type { BookingStatus, Service, ServiceMode, Specialty, VolunteerKind } from '../../../types/legal-aid-names';
import type { Referral } from '../../../types/legal-aid-cases';
import { findByIds } from '../store/find-by-ids';
import type { Store } from '../store/port';

export const BOOKINGS = 'legal_bookings';

/**
 * One consultation booked by a resident with a volunteer. Its time is held on the volunteer's day (day.repository.ts)
 * under this booking's id; this record carries everything else, and is written only by the two parties' actions and
 * the sweep, each a transition guarded by the status it leaves. Its content (description, summary, advice, guidance,
 * referral) is read by the resident and the assigned volunteer only, and every such read is logged (case-reads.ts).
 */
export interface BookingDoc {
  /** `bk_` + a hash of the resident and the device's idempotency key: a repeated request is the same booking. */
  _id: string;
  residentId: string;
  residentName: string;
  /** The resident's community: admins' counts are per community. */
  communityId: string;
  /** The number to call for a phone consultation. */
  phone: string | null;
  volunteerId: string;
  volunteerOpenid: string;
  volunteerName: string;
  volunteerKind: VolunteerKind;
  /** The volunteer's team. */
  unitId: string;
  specialty: Specialty;
  service: Service;
  mode: ServiceMode;
  place: string | null;
  description: string;
  contentReview: boolean;
  /** When the resident agreed to share the description with this volunteer. */
  consentAt: number;
  /** The Shanghai date and the ticks its time holds on the volunteer's day. */
  date: string;
  ticks: string[];
  startAt: number;
  endAt: number;
  /** The volunteer's notice when booked: a resident may cancel or reschedule until that long before the start. */
  noticeMs: number;
  status: BookingStatus;
  createdAt: number;
  expiresAt: number;
  respondedAt: number | null;
  declineReason: string | null;
  cancelledAt: number | null;
  cancelledBy: 'resident' | 'volunteer' | 'system' | null;
  cancelReason: string | null;
  rescheduledAt: number | null;
  previousStartAt: number | null;
  completedAt: number | null;
  summary: string | null;
  advice: string | null;
  guidance: string | null;
  referral: Referral | null;
  /** Service hours recorded for this consultation (its length). */
  hours: number | null;
  rating: { stars: number; comment: string; review: boolean; at: number } | null;
  updatedAt: number;
}

export function bookingIdOf(openid: string, idempotencyKey: string): string {
  return `bk_${createHash('sha1').update(`booking\u0000${openid}\u0000${idempotencyKey}`).digest('hex').slice(0, 24)}`;
}

/** Statuses whose booking holds its ticks: the time was, or is to be, spent. */
export const HOLDING: readonly BookingStatus[] = ['pending', 'confirmed', 'completed', 'no_show'];
export const ACTIVE: readonly BookingStatus[] = ['pending', 'confirmed'];
export const holdsTicks = (status: BookingStatus) => HOLDING.includes(status);
export const isActive = (status: BookingStatus) => ACTIVE.includes(status);

export const getBooking = (store: Store, id: string) => store.get(BOOKINGS, id);
export const bookingsByIds = (store: Store, ids: readonly string[]) => findByIds(store, BOOKINGS, ids);

export async function bookingsOfResident(store: Store, residentId: string): Promise<BookingDoc[]> {
  return store.find(BOOKINGS, { residentId }, { orderBy: [['startAt', 'desc']], limit: 100 });
}

export async function bookingsOfVolunteer(store: Store, volunteerId: string, statuses: readonly BookingStatus[], range: { from?: number; to?: number } = {}): Promise<BookingDoc[]> {
  const startAt = { ...(range.from !== undefined ? { $gte: range.from } : {}), ...(range.to !== undefined ? { $lt: range.to } : {}) };
  return store.find(BOOKINGS, { volunteerId, status: { $in: statuses }, ...(Object.keys(startAt).length ? { startAt } : {}) }, { orderBy: [['startAt', 'asc']], limit: 1000 });
}

declare module '../store/collections' {
  interface CollectionDocs {
    legal_bookings: BookingDoc;
  }
}
