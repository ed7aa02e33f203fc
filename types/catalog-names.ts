/**
 * Names of fields and centers, free of zod so that pages can import them without pulling the schema
 * library into the mini-program package.
 */

/** The nine service fields named in the city's plan, with the prefix of their item codes. */
export const FIELDS = [
  { id: 'DQ', name: '党群' },
  { id: 'ZZ', name: '综治' },
  { id: 'XJ', name: '宣教' },
  { id: 'MS', name: '民生' },
  { id: 'WJ', name: '卫健' },
  { id: 'TY', name: '托育' },
  { id: 'YL', name: '养老' },
  { id: 'CY', name: '创业' },
  { id: 'CG', name: '城市管理' },
] as const;
export type FieldId = (typeof FIELDS)[number]['id'];

/** The three hosting centers of every community. */
export const CENTERS = [
  { id: 'party-mass', name: '党群服务中心' },
  { id: 'governance', name: '综治中心（群众工作站）' },
  { id: 'civilization', name: '新时代文明实践站' },
] as const;
export type CenterId = (typeof CENTERS)[number]['id'];

/** A time limit: `immediate` (当场/即时) or a count of hours, calendar days or working days. */
export interface TimeLimit {
  unit: 'immediate' | 'hour' | 'day' | 'workday';
  value: number;
}

export function fieldName(id: FieldId): string {
  return FIELDS.find((f) => f.id === id)?.name ?? id;
}
export function centerName(id: CenterId): string {
  return CENTERS.find((c) => c.id === id)?.name ?? id;
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
