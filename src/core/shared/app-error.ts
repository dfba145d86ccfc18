/**
 * An error that carries a stable code (FEATURE_REASON), a message for logs, and the key of the
 * message a user may see. Expected outcomes (nobody found, no free slot) are data in view models,
 * not errors: throw only for not-found, forbidden and broken invariants.
 */
export type ErrorCode =
  | "CONFIG_INVALID"
  | "ACCESS_NOT_REGISTERED"
  | "ACCESS_FORBIDDEN"
  | "CASE_NOT_FOUND"
  | "CONSULT_NOT_FOUND"
  | "HANDOVER_NOT_FOUND"
  | "INPUT_INVALID"
  | "INPUT_TOO_LONG"
  | "ACTION_UNKNOWN"
  | "DATABASE_UNAVAILABLE"
  | "IMPORT_INVALID"
  | "CIPHER_INVALID"
  | "INTERNAL";

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Key of the text the user is told (a catalogue key, see src/views/i18n.ts and error-text.ts). */
  readonly userMessageKey: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    internalMessage: string,
    options: { userMessageKey?: string; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(internalMessage, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.userMessageKey = options.userMessageKey ?? "error.generic";
    this.details = options.details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
