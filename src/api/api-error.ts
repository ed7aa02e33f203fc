import type { ErrorBody } from '../../types/errors';

/** A failed call as the UI sees it: a code to branch on and a Chinese message to show. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorBody['code'],
    message: string,
    readonly fields?: Record<string, string>,
    /** The call never reached the server (no network): pages may fall back to what the device saved. */
    readonly offline = false,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * Any thrown value as the UI shows it: a code and a Chinese message. An ApiError (the server's answer, or one a page
 * raises for input it checked itself) stays as it is; anything else (a platform call that failed, a bug) becomes
 * INTERNAL with `fallback`, since its text is not written for residents.
 */
export function asApiError(err: unknown, fallback: string): ApiError {
  return err instanceof ApiError ? err : new ApiError('INTERNAL', fallback);
}
