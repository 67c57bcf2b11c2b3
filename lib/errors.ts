// A domain or service refusal carries a stable code and a message safe to show the user (Chinese).
// Anything that is not an AppError is an internal error: it is logged and never shown.

export type FieldErrors = Record<string, string[]>;

export type AppErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'RULE_VIOLATION';

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly fieldErrors: FieldErrors | undefined;

  constructor(options: { code: AppErrorCode; userMessage: string; fieldErrors?: FieldErrors; cause?: unknown }) {
    super(`${options.code}: ${options.userMessage}`, { cause: options.cause });
    this.name = 'AppError';
    this.code = options.code;
    this.userMessage = options.userMessage;
    this.fieldErrors = options.fieldErrors;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
