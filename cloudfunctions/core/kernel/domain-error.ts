import { DEFAULT_ERROR_MESSAGES, type ErrorBody, type ErrorCode } from '../../../types/errors';

/** The one error type the domain throws; only the transport turns it into a response. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = DEFAULT_ERROR_MESSAGES[code],
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toBody(): ErrorBody {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `没有找到${what}`);
export const forbidden = (why?: string) => new DomainError('FORBIDDEN', why);
export const invalid = (message: string, fields?: Record<string, string>) => new DomainError('INVALID_INPUT', message, fields);
