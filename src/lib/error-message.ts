import { ApiError } from '../api/api-error';

/** What most failed actions say when the reason is not the server's (or our own) to tell. */
export const ACTION_FAILED = '操作失败，请稍后重试';
export const LOAD_FAILED = '加载失败，请稍后重试';

/**
 * Any thrown value as the UI sees it. An ApiError (the server's answer, or one a page raises for input it checked
 * itself) carries a Chinese message and stays as it is; anything else (a platform call that failed, a bug) becomes
 * INTERNAL with `fallback`, since its text is not written for residents.
 */
export function asApiError(err: unknown, fallback = ACTION_FAILED): ApiError {
  return err instanceof ApiError ? err : new ApiError('INTERNAL', fallback);
}

/** The Chinese message to show for any thrown value (see asApiError). */
export function errorMessage(err: unknown, fallback = ACTION_FAILED): string {
  return asApiError(err, fallback).message;
}
