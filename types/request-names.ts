/**
 * Request statuses and their labels, free of zod so that pages can import them cheaply. A request starts as
 * `submitted`; the grid-routing issue adds the statuses that follow (assigned, resolved, …).
 */
export const REQUEST_STATUSES = ['submitted'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  submitted: '已提交',
};
