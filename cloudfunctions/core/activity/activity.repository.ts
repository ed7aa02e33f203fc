import { createHash } from 'node:crypto';
import type { ActivityType, Audience, CheckInMethod, SignupStatus } from '../../../types/activity-names';
import { holderKey, type PlaceRef, type Pool } from '../hot/places';
import { findByIds } from '../store/find-by-ids';
import type { Store } from '../store/port';

export const ACTIVITIES = 'activities';
export const SIGNUPS = 'signups';

/**
 * One activity: the hot document of its signups. Its seats are a pool of places (hot/places.ts): who holds a seat
 * and who waits, in order, taken and given up by single conditional updates, never through a transaction; and who
 * has checked in, on the same document, so that a seat checked in on can no longer be given up.
 */
export interface ActivityDoc {
  _id: string;
  title: string;
  type: ActivityType;
  /** The organising unit and its path (officers above it manage it too). */
  unitId: string;
  unitPath: string[];
  unitName: string;
  audience: Audience;
  /** Root of the audience: a unit whose subtree's party members (or residents) may sign up. */
  audienceUnitId: string;
  audienceUnitName: string;
  startAt: number;
  endAt: number;
  place: string;
  capacity: number;
  waitlistLimit: number;
  signupDeadline: number;
  cancelDeadline: number;
  checkInOpensMinutes: number;
  description: string;
  coverImage: string | null;
  status: 'published' | 'cancelled';
  cancelReason: string | null;
  cancelledAt: number | null;
  seats: Pool;
  /** Per seat holder (by holderKey), when and how they checked in. */
  present: Record<string, { at: number; method: CheckInMethod }>;
  /** Set by every change to the seats: the sweeper looks at the activities touched lately. */
  touchedAt: number;
  /** Bumped by every organiser change: names the change in notification events. */
  revision: number;
  createdBy: string;
  createdByName: string;
  createdAt: number;
  updatedAt: number;
}

/** What an organiser did to a signup's attendance, kept on the signup (the last few entries). */
export interface AttendanceLogEntry {
  at: number;
  by: string;
  byName: string;
  action: 'scan_member_code' | 'mark_present' | 'mark_absent';
}

/**
 * The record of one person's signup, following the activity's seats: written after each change to them, under a
 * deterministic id, with its messages; the sweeper completes any the function did not live to write.
 */
export interface SignupDoc {
  /** `${activityId}:${openid}`: one signup per member per activity, whatever the timing of their requests. */
  _id: string;
  activityId: string;
  openid: string;
  /** Their name when they signed up, for the organiser's list and the export. */
  name: string;
  status: SignupStatus;
  /** When they took the seat or waiting place this record follows: names its notifications' events. */
  since: number;
  /** Fixed per person and activity: the row id organisers see and the subject of the member's own code. */
  ticket: string;
  signedUpAt: number;
  confirmedAt: number | null;
  promotedAt: number | null;
  cancelledAt: number | null;
  checkedInAt: number | null;
  checkInMethod: CheckInMethod | null;
  /** Set when an organiser recorded the attendance (scan of the member's code, or by hand). */
  recordedBy: string | null;
  recordedByName: string | null;
  recordedAt: number | null;
  log: AttendanceLogEntry[];
  /** Everyone who ever recorded this signup's attendance (the log keeps the last few): found by their OPENID. */
  loggedBy?: string[];
}

export const signupId = (activityId: string, openid: string) => `${activityId}:${openid}`;

/** The seats of an activity, as the places module takes them; every change stamps `touchedAt`. */
export const seatsOf = (activityId: string): PlaceRef => ({ collection: ACTIVITIES, id: activityId, path: 'seats', touch: 'touchedAt' });

/** The field recording `openid`'s check-in on the activity. */
export const presentField = (openid: string): `present.${string}` => `present.${holderKey(openid)}`;

/** Opaque and stable: organisers see it instead of the OPENID; the member's code signs it. */
export function ticketOf(activityId: string, openid: string): string {
  return createHash('sha1').update(`ticket\u0000${signupId(activityId, openid)}`).digest('hex').slice(0, 16);
}

const HOUR = 3_600_000;
/** Hours credited for attending, to one decimal. */
export function hoursOf(a: Pick<ActivityDoc, 'startAt' | 'endAt'>): number {
  return Math.round(((a.endAt - a.startAt) / HOUR) * 10) / 10;
}

export function checkInOpensAt(a: Pick<ActivityDoc, 'startAt' | 'checkInOpensMinutes'>): number {
  return a.startAt - a.checkInOpensMinutes * 60_000;
}

export const activitiesByIds = (store: Store, ids: readonly string[]) => findByIds(store, ACTIVITIES, ids);
export const signupsByIds = (store: Store, ids: readonly string[]) => findByIds(store, SIGNUPS, ids);

/** Everyone's signup records of an activity that hold or wait for a seat. */
export async function liveSignups(store: Store, activityId: string): Promise<SignupDoc[]> {
  return store.find(SIGNUPS, { activityId, status: { $in: ['confirmed', 'waitlisted'] } }, { limit: 1000 });
}

/** Activities whose seats changed since `since`: the sweeper's work. */
export async function touchedSince(store: Store, since: number): Promise<ActivityDoc[]> {
  return store.find(ACTIVITIES, { touchedAt: { $gte: since } }, { orderBy: [['touchedAt', 'asc']], limit: 200 });
}

declare module '../store/collections' {
  interface CollectionDocs {
    activities: ActivityDoc;
    signups: SignupDoc;
  }
}
