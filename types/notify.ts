import type { Role } from './role-names';

/** Kinds of notification; each maps to a WeChat subscribe-message template in the notify configuration. */
export const NOTIFICATION_KINDS = [
  'request_received',
  'request_assigned',
  'request_escalated',
  'request_resolved',
  /** A step the resident (or the worker) should know of: accepted, paused, handed on, reopened. */
  'request_update',
  /** A comment or a reply on a request. */
  'request_comment',
  'booking_confirmed',
  'booking_declined',
  'booking_cancelled',
  'consultation_reminder',
  'booking_requested',
  'booking_rescheduled',
  'booking_expired',
  'consultation_completed',
  'question_answered',
  'question_expired',
  'volunteer_decided',
  'signup_confirmed',
  'signup_waitlisted',
  'signup_promoted',
  'activity_changed',
  'activity_cancelled',
  'activity_reminder',
  'membership_decided',
  'household_verified',
  /** A need the person raised became a project, or was resolved (三张清单). */
  'need_answered',
  /** A 大事共议 topic opened for the person's building: 征求意见 or 业主表决, with its deadline. */
  'topic_opened',
  /** A topic's deadline passed and its results are published. */
  'topic_results',
  /** A notice from the community itself (also the demo's welcome messages). */
  'community_notice',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Short Chinese labels for the inbox (zod-free, so pages can import them). */
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  request_received: '诉求受理',
  request_assigned: '诉求派单',
  request_escalated: '诉求升级',
  request_resolved: '诉求办结',
  request_update: '诉求进展',
  request_comment: '诉求留言',
  booking_confirmed: '预约成功',
  booking_declined: '预约未通过',
  booking_cancelled: '预约取消',
  consultation_reminder: '咨询提醒',
  booking_requested: '预约申请',
  booking_rescheduled: '预约改期',
  booking_expired: '预约过期',
  consultation_completed: '咨询完成',
  question_answered: '咨询答复',
  question_expired: '咨询过期',
  volunteer_decided: '志愿者审核',
  signup_confirmed: '报名成功',
  signup_waitlisted: '候补登记',
  signup_promoted: '候补转正',
  activity_changed: '活动变更',
  activity_cancelled: '活动取消',
  activity_reminder: '活动提醒',
  membership_decided: '组织关系',
  household_verified: '住户核实',
  need_answered: '需求回应',
  topic_opened: '大事共议',
  topic_results: '议题结果',
  community_notice: '社区通知',
};

/** How a message reaches people: the in-app inbox, a WeChat subscribe message, or (internal) a fan-out to a list. */
export const CHANNELS = ['inbox', 'subscribe', 'fanout'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * The notices staff must keep receiving to do their work (a request assigned or escalated to them, a consultation
 * about to start). One-time subscriptions would run out after a few sends: the staff inbox shows how many remain and
 * asks them to renew (or says 长期订阅 where the template is long-term).
 */
export const STAFF_NOTICE_KINDS: Partial<Record<Role, readonly NotificationKind[]>> = {
  grid_worker: ['request_assigned', 'request_escalated'],
  property_liaison: ['request_assigned', 'request_escalated'],
  community_admin: ['request_escalated'],
  street_admin: ['request_escalated'],
  lawyer: ['booking_confirmed', 'booking_cancelled', 'consultation_reminder'],
};
