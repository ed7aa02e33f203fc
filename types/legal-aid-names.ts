/**
 * Legal aid's names and limits, free of zod so that pages can import them cheaply. The facts behind them are in
 * CONTENT-SOURCES.md §6: 法律援助法 第二十条 (free of charge) and 第二十一条 (confidentiality), 律师法 第三十八条, the
 * 执业证号 (17 digits, older 12-digit numbers still valid), and 法律明白人 (guidance and mediation, no legal opinions).
 */

export const SPECIALTIES = [
  { id: 'family', name: '婚姻家庭' },
  { id: 'labor', name: '劳动争议' },
  { id: 'neighbor', name: '邻里纠纷' },
  { id: 'property', name: '物业纠纷' },
  { id: 'consumer', name: '消费维权' },
  { id: 'housing', name: '房产土地' },
  { id: 'inheritance', name: '继承' },
  { id: 'traffic', name: '交通事故' },
  { id: 'other', name: '其他' },
] as const;
export type Specialty = (typeof SPECIALTIES)[number]['id'];

export const SERVICE_MODES = [
  { id: 'phone', name: '电话咨询' },
  { id: 'video', name: '视频咨询' },
  { id: 'in_person', name: '到服务点面谈' },
] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number]['id'];

/** Who volunteers: a practising lawyer, or a legally trained resident (法律明白人) with a narrower scope. */
export const VOLUNTEER_KINDS = [
  { id: 'lawyer', name: '志愿律师' },
  { id: 'guide', name: '法律明白人' },
] as const;
export type VolunteerKind = (typeof VOLUNTEER_KINDS)[number]['id'];

/** What a consultation is for. A 法律明白人 mediates and guides; only a lawyer gives a legal opinion (法律意见). */
export const SERVICES = [
  { id: 'advice', name: '法律咨询' },
  { id: 'mediation', name: '矛盾纠纷调解' },
  { id: 'guidance', name: '办事指引' },
] as const;
export type Service = (typeof SERVICES)[number]['id'];

export const SERVICES_OF_KIND: Record<VolunteerKind, readonly Service[]> = {
  lawyer: ['advice', 'mediation', 'guidance'],
  guide: ['mediation', 'guidance'],
};
/** A quick question has no meeting, so no mediation: it asks for an opinion or for guidance. */
export const QUESTION_SERVICES = ['advice', 'guidance'] as const satisfies readonly Service[];

export const VOLUNTEER_STATUSES = ['pending', 'verified', 'rejected', 'left'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];
export const VOLUNTEER_STATUS_LABELS: Record<VolunteerStatus, string> = { pending: '待审核', verified: '已认证', rejected: '未通过', left: '已退出' };

export const BOOKING_STATUSES = ['pending', 'confirmed', 'declined', 'cancelled', 'expired', 'completed', 'no_show'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  pending: '待律师确认',
  confirmed: '已确认',
  declined: '律师未接受',
  cancelled: '已取消',
  expired: '已过期',
  completed: '已完成',
  no_show: '未到场',
};
/** Bookings that count against a resident's limit and hold their time. */
export const ACTIVE_BOOKING_STATUSES = ['pending', 'confirmed'] as const satisfies readonly BookingStatus[];

export const QUESTION_STATUSES = ['open', 'claimed', 'answered', 'withdrawn', 'expired'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
export const QUESTION_STATUS_LABELS: Record<QuestionStatus, string> = { open: '等待志愿者认领', claimed: '志愿者解答中', answered: '已解答', withdrawn: '已撤回', expired: '已过期' };
export const OPEN_QUESTION_STATUSES = ['open', 'claimed'] as const satisfies readonly QuestionStatus[];

export const MAX_ACTIVE_BOOKINGS = 2;
export const MAX_OPEN_QUESTIONS = 3;
export const MAX_DESCRIPTION = 1000;
/** 法律援助志愿者管理办法 (reported): service time is recorded in hours, 原则上每天不超过8小时. */
export const MAX_SERVICE_HOURS_PER_DAY = 8;

/** 执业证号: 17 digits, or a legacy 12-digit number. Only the length and the digits are checked, never the segments. */
export const LICENSE_PATTERN = /^(\d{17}|\d{12})$/;
export const LICENSE_MESSAGE = '执业证号应为17位数字（旧证为12位数字）';

const nameIn = <T extends { id: string; name: string }>(list: readonly T[], id: string) => list.find((x) => x.id === id)?.name ?? id;
export const specialtyName = (id: string) => nameIn(SPECIALTIES, id);
export const modeName = (id: string) => nameIn(SERVICE_MODES, id);
export const kindName = (id: string) => nameIn(VOLUNTEER_KINDS, id);
export const serviceName = (id: string) => nameIn(SERVICES, id);

/** Pages of the legal-aid subpackage, for links in messages and between pages. */
export const LEGAL_PAGES = {
  home: '/pkg-legal/index/index',
  lawyer: '/pkg-legal/lawyer/index',
  book: '/pkg-legal/book/index',
  ask: '/pkg-legal/ask/index',
  mine: '/pkg-legal/mine/index',
  booking: '/pkg-legal/booking/index',
  question: '/pkg-legal/question/index',
  apply: '/pkg-legal/apply/index',
  hours: '/pkg-legal/hours/index',
  desk: '/pkg-legal/desk/index',
  record: '/pkg-legal/record/index',
  admin: '/pkg-legal/admin/index',
} as const;
