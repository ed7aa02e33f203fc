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
