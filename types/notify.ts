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
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const CHANNELS = ['inbox', 'subscribe'] as const;
export type Channel = (typeof CHANNELS)[number];
