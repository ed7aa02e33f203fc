/**
 * Names of fields, centers and item kinds, and the reading of time limits, free of zod so that pages can import
 * them without pulling the schema library into the mini-program package.
 */
import type { Role } from './role-names';

/**
 * The nine service fields named in the city's plan, with the prefix of their item codes. `name` is the plan's
 * (staff and the handbook use it); `plain` is what residents read, with no government shorthand (综治, 宣教, 卫健).
 */
export const FIELDS = [
  { id: 'DQ', name: '党群', plain: '党建群团' },
  { id: 'ZZ', name: '综治', plain: '平安法治' },
  { id: 'XJ', name: '宣教', plain: '宣传教育' },
  { id: 'MS', name: '民生', plain: '民生保障' },
  { id: 'WJ', name: '卫健', plain: '卫生健康' },
  { id: 'TY', name: '托育', plain: '婴幼儿托育' },
  { id: 'YL', name: '养老', plain: '养老服务' },
  { id: 'CY', name: '创业', plain: '就业创业' },
  { id: 'CG', name: '城市管理', plain: '城市管理' },
] as const;
export type FieldId = (typeof FIELDS)[number]['id'];

/** The three hosting centers of every community. */
export const CENTERS = [
  { id: 'party-mass', name: '党群服务中心' },
  { id: 'governance', name: '综治中心（群众工作站）' },
  { id: 'civilization', name: '新时代文明实践站' },
] as const;
export type CenterId = (typeof CENTERS)[number]['id'];

/**
 * Whom an item serves: a resident applies or asks (居民可办), a resident reads (居民可查), or it is a duty of
 * community workers (社区工作), which residents' catalog leaves out and the handbook and the worker view keep.
 */
export const ITEM_KINDS = [
  { id: 'apply', name: '居民可办' },
  { id: 'info', name: '居民可查' },
  { id: 'duty', name: '社区工作' },
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number]['id'];

/** What residents' catalog shows. */
export const RESIDENT_KINDS: readonly ItemKind[] = ['apply', 'info'];

/** Who may switch the catalog to the worker view (every item, 社区工作 included). */
export const WORKER_VIEW_ROLES: readonly Role[] = ['grid_worker', 'branch_officer', 'community_admin', 'street_admin'];

/** A time limit: `immediate` (当场/即时) or a count of hours, calendar days or working days. */
export interface TimeLimit {
  unit: 'immediate' | 'hour' | 'day' | 'workday';
  value: number;
}

/** What an item says when no cited document sets a time limit and the community has set none. */
export const LOCAL_RULE = '以当地规定为准';

/** A field as residents read it (平安法治, not 综治). */
export function fieldName(id: FieldId): string {
  return FIELDS.find((f) => f.id === id)?.plain ?? id;
}
export function centerName(id: CenterId): string {
  return CENTERS.find((c) => c.id === id)?.name ?? id;
}
export function kindName(id: ItemKind): string {
  return ITEM_KINDS.find((k) => k.id === id)?.name ?? id;
}
export function timeLimitLabel(limit: TimeLimit): string {
  switch (limit.unit) {
    case 'immediate':
      return '即时办结';
    case 'hour':
      return `${limit.value}小时内`;
    case 'day':
      return `${limit.value}日内`;
    case 'workday':
      return `${limit.value}个工作日`;
  }
}

/** 即时办结 / 当场, 24小时, 5日 (or 天), 3个工作日 → a time limit; null when it reads as none of these. */
export function parseLimitText(text: string): TimeLimit | null {
  const t = text.trim();
  if (/^(即时|当场|立即)/.test(t)) return { unit: 'immediate', value: 0 };
  const m = /^(\d{1,3})\s*(个工作日|工作日|小时|日|天)(内)?$/.exec(t);
  if (!m) return null;
  const value = Number(m[1]);
  if (value <= 0 || value > 365) return null;
  return { unit: m[2]!.includes('工作日') ? 'workday' : m[2] === '小时' ? 'hour' : 'day', value };
}
