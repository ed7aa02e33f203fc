/** Kinds of notification; each maps to a WeChat subscribe-message template in the notify configuration. */
export const NOTIFICATION_KINDS = [
  'request_received',
  'request_assigned',
  'request_escalated',
  'request_resolved',
  'booking_confirmed',
  'booking_declined',
  'booking_cancelled',
  'consultation_reminder',
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
  booking_confirmed: '预约成功',
  booking_declined: '预约未通过',
  booking_cancelled: '预约取消',
  consultation_reminder: '咨询提醒',
  signup_confirmed: '报名成功',
  signup_waitlisted: '候补登记',
  signup_promoted: '候补转正',
  activity_changed: '活动变更',
  activity_cancelled: '活动取消',
  activity_reminder: '活动提醒',
  membership_decided: '组织关系',
  household_verified: '住户核实',
  need_answered: '需求回应',
  community_notice: '社区通知',
};

/** How a message reaches people: the in-app inbox, a WeChat subscribe message, or (internal) a fan-out to a list. */
export const CHANNELS = ['inbox', 'subscribe', 'fanout'] as const;
export type Channel = (typeof CHANNELS)[number];
