/** Party-activity names and labels, free of zod so that pages can import them cheaply. */

export const ACTIVITY_TYPES = [
  { id: 'theme_day', name: '主题党日' },
  { id: 'three_meetings', name: '三会一课' },
  { id: 'volunteer', name: '志愿服务' },
  { id: 'study', name: '学习教育' },
  { id: 'org_life', name: '组织生活会' },
  { id: 'other', name: '其他活动' },
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number]['id'];

/**
 * Who may sign up: party members of an org subtree (a branch and the units below it), every party member of the
 * community, or every resident of the community.
 */
export const AUDIENCES = [
  { id: 'party_subtree', name: '本支部党员' },
  { id: 'community_party', name: '全社区党员' },
  { id: 'residents', name: '全体居民' },
] as const;
export type Audience = (typeof AUDIENCES)[number]['id'];

export const SIGNUP_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];
export const SIGNUP_STATUS_LABELS: Record<SignupStatus, string> = { confirmed: '已报名', waitlisted: '候补中', cancelled: '已取消' };

/** How a check-in was recorded: the member scanned the organiser's code, the organiser scanned theirs, or by hand. */
export const CHECK_IN_METHODS = ['scan', 'member_code', 'manual'] as const;
export type CheckInMethod = (typeof CHECK_IN_METHODS)[number];
export const CHECK_IN_METHOD_LABELS: Record<CheckInMethod, string> = { scan: '扫码签到', member_code: '出示签到码', manual: '手工登记' };

export const APPLICATION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = { pending: '待审核', approved: '已通过', rejected: '未通过' };

/** Rotating check-in codes change every 30 s and are accepted for the current and the previous window. */
export const CHECK_IN_WINDOW_MS = 30_000;

/** Pages of the feature, for deep links in notifications and QR codes. */
export const ACTIVITY_DETAIL_PAGE = '/pkg-activity/detail/index';
export const CHECK_IN_PAGE = '/pkg-activity/checkin/index';
export const PARTY_APPLY_PAGE = '/pkg-activity/apply/index';

export function activityTypeName(id: ActivityType): string {
  return ACTIVITY_TYPES.find((t) => t.id === id)?.name ?? id;
}
export function audienceName(id: Audience): string {
  return AUDIENCES.find((a) => a.id === id)?.name ?? id;
}

/**
 * Takes a check-in token out of whatever a scan returned: the H5 link the organiser's QR encodes
 * (`…/pkg-activity/checkin/index?t=<token>`), a mini-program path with `t=`, or the bare token.
 */
export function tokenFromScan(scanned: string): string | null {
  const text = scanned.trim();
  const match = /[?&]t=([^&#\s]+)/.exec(text);
  const raw = match ? decodeURIComponent(match[1]!) : text;
  return /^[A-Za-z0-9._-]{10,200}$/.test(raw) ? raw : null;
}
