import type { ActivityType, Audience, CheckInMethod, SignupStatus } from '../../../types/activity-names';
import type { Store } from '../store/port';

export const ACTIVITIES = 'activities';
export const SIGNUPS = 'signups';

/**
 * One activity. Its seats live here: `confirmed` and the FIFO `waitlist` hold OPENIDs (both bounded by the
 * activity's limits), so that a signup, a cancellation with its promotion, or an edit that tells everyone signed
 * up is one transaction over this document and the signup documents it names.
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
  confirmed: string[];
  waitlist: string[];
  /** Always `confirmed.length`; kept as a field for lists and queries. */
  confirmedCount: number;
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

export interface SignupDoc {
  /** `${activityId}:${openid}`: one signup per member per activity, whatever the timing of their requests. */
  _id: string;
  activityId: string;
  openid: string;
  /** Name and party organisation when they signed up, for the organiser's list and the export. */
  name: string;
  branchName: string;
  status: SignupStatus;
  /** Signing up again after cancelling starts a new round: its notifications are new events. */
  round: number;
  /** Random, fixed per signup: the row id organisers see and the subject of the member's own code. */
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
}

export const signupId = (activityId: string, openid: string) => `${activityId}:${openid}`;

const HOUR = 3_600_000;
/** Hours credited for attending, to one decimal. */
export function hoursOf(a: Pick<ActivityDoc, 'startAt' | 'endAt'>): number {
  return Math.round(((a.endAt - a.startAt) / HOUR) * 10) / 10;
}

export function checkInOpensAt(a: Pick<ActivityDoc, 'startAt' | 'checkInOpensMinutes'>): number {
  return a.startAt - a.checkInOpensMinutes * 60_000;
}

export async function activitiesByIds(store: Store, ids: readonly string[]): Promise<Map<string, ActivityDoc>> {
  const out = new Map<string, ActivityDoc>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 100) {
    const docs = await store.find(ACTIVITIES, { _id: { $in: unique.slice(i, i + 100) } });
    for (const d of docs) out.set(d._id, d);
  }
  return out;
}

export async function signupsByIds(store: Store, ids: readonly string[]): Promise<Map<string, SignupDoc>> {
  const out = new Map<string, SignupDoc>();
  for (let i = 0; i < ids.length; i += 100) {
    const docs = await store.find(SIGNUPS, { _id: { $in: ids.slice(i, i + 100) } });
    for (const d of docs) out.set(d._id, d);
  }
  return out;
}

declare module '../store/collections' {
  interface CollectionDocs {
    activities: ActivityDoc;
    signups: SignupDoc;
  }
}
