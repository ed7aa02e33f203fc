/** Error codes every function may return; the UI shows `message` (Chinese) as is. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'FULL',
  'RATE_LIMITED',
  'CONTENT_REJECTED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const DEFAULT_ERROR_MESSAGES: Record<ErrorCode, string> = {
  INVALID_INPUT: '提交的内容不符合要求，请检查后重试',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '没有找到相关内容',
  CONFLICT: '数据已被他人修改，请刷新后重试',
  FULL: '名额已满',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  CONTENT_REJECTED: '内容未通过审核，请修改后重试',
  INTERNAL: '系统繁忙，请稍后再试',
};

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** Field-level problems for forms: path → Chinese message. */
  fields?: Record<string, string>;
}

export type FunctionResult<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };
