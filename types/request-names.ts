/**
 * Request statuses, urgencies, report categories and ratings with their labels, free of zod so that pages can
 * import them cheaply. A request is submitted and at once assigned to the person accountable (首接负责), who
 * accepts it, works on it and resolves it; the resident confirms it (or reopens it, once, within 7 days) and rates
 * it, which closes it; a request nobody rates closes 7 days after it was resolved.
 */
export const REQUEST_STATUSES = ['submitted', 'assigned', 'accepted', 'in_progress', 'resolved', 'confirmed', 'reopened', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  submitted: '已提交',
  assigned: '待受理',
  accepted: '已受理',
  in_progress: '处理中',
  resolved: '已办结待确认',
  confirmed: '已确认待评价',
  reopened: '已重新办理',
  closed: '已关闭',
};

/** Someone still has to act (the clocks run on these). */
export const OPEN_STATUSES: readonly RequestStatus[] = ['submitted', 'assigned', 'accepted', 'in_progress', 'reopened'];
/** Waiting for the accountable person to accept. */
export const UNACCEPTED_STATUSES: readonly RequestStatus[] = ['submitted', 'assigned'];

/** How fast it must be resolved: the street's limits per urgency (or the item's own community limit). */
export const URGENCIES = ['urgent', 'normal', 'complex'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS: Record<Urgency, string> = { urgent: '紧急', normal: '一般', complex: '复杂' };

/**
 * Free-form reports (随手拍, as FixMyStreet or 12345 take them). `outside`: usually another department's duty
 * (the street's dispatch desk hands it on); `legal`: not a grid request at all, legal aid answers it.
 */
export const REPORT_CATEGORIES = [
  { id: 'streetlight', name: '路灯不亮' },
  { id: 'road', name: '道路破损' },
  { id: 'garbage', name: '垃圾清运' },
  { id: 'greenery', name: '绿化损坏' },
  { id: 'drainage', name: '下水道堵塞' },
  { id: 'property_repair', name: '物业维修' },
  { id: 'parking', name: '乱停乱放' },
  { id: 'occupation', name: '占道经营', outside: true },
  { id: 'noise', name: '噪音扰民', outside: true },
  { id: 'safety', name: '安全隐患', urgent: true },
  { id: 'neighbour', name: '邻里纠纷' },
  { id: 'other', name: '其他问题' },
  { id: 'legal', name: '法律咨询', legal: true },
] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number]['id'];
export const LEGAL_CATEGORY: ReportCategory = 'legal';
/** The catalog item that books legal aid: a legal question, never a grid request. */
/** Where legal questions go instead; the page is built by the legal-aid feature. */
export const LEGAL_AID_PAGE = '/pkg-legal/index/index';
export const LEGAL_AID_HINT = '法律咨询请在“法律援助”中预约志愿律师或提交快速咨询，不作为网格诉求受理';

export function categoryName(id: string): string {
  return REPORT_CATEGORIES.find((c) => c.id === id)?.name ?? id;
}

/** The resident's rating of a resolved request. */
export const RATINGS = ['satisfied', 'basic', 'dissatisfied'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = { satisfied: '满意', basic: '基本满意', dissatisfied: '不满意' };

/** Teams a community's category rules may send requests to instead of the grid. */
export const TEAMS = ['property'] as const;
export type Team = (typeof TEAMS)[number];
export const TEAM_LABELS: Record<Team, string> = { property: '物业党建联建' };

/** The levels an unattended request climbs, one at a time. */
export const ESCALATION_LEVELS = ['网格员', '网格党支部书记', '社区', '街道'] as const;

/** The most photos a report, a reply or a result may carry. */
export const MAX_PHOTOS = 9;
/** Days after resolution within which the resident may reopen, and after which an unrated request closes. */
export const RATE_WINDOW_DAYS = 7;

/** How each step reads on the timeline. */
export const TIMELINE_LABELS: Record<string, string> = {
  submit: '提交诉求',
  assign: '派单',
  accept: '受理',
  start: '开始处理',
  comment: '居民补充',
  reply: '办理人员回复',
  resolve: '办结',
  confirm: '居民确认',
  reopen: '申请重新办理',
  rate: '评价',
  close: '关闭',
  transfer: '转办',
  escalate: '逾期升级',
  pause: '暂停计时',
  resume: '恢复计时',
  handoff: '转交部门',
  return: '街道退回',
  handover: '工作交接',
  clear: '内容审核',
};
