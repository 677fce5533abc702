/**
 * Every error logveil raises for a caller's mistake carries a stable code. Codes are never reused or renamed,
 * so callers may branch on them. Messages name the detector, option or file at fault and never quote a value
 * that could be a secret.
 */
export const ErrorCodes = {
  BAD_DETECTOR: 'LOGVEIL_ERR_BAD_DETECTOR',
  BAD_PATTERN: 'LOGVEIL_ERR_BAD_PATTERN',
  DUPLICATE_DETECTOR: 'LOGVEIL_ERR_DUPLICATE_DETECTOR',
  UNKNOWN_DETECTOR: 'LOGVEIL_ERR_UNKNOWN_DETECTOR',
  UNKNOWN_PRESET: 'LOGVEIL_ERR_UNKNOWN_PRESET',
  BAD_OPTION: 'LOGVEIL_ERR_BAD_OPTION',
  BAD_KNOWN_SECRETS: 'LOGVEIL_ERR_BAD_KNOWN_SECRETS',
  KNOWN_SECRET_TOO_SHORT: 'LOGVEIL_ERR_KNOWN_SECRET_TOO_SHORT',
  BAD_CONFIG: 'LOGVEIL_ERR_BAD_CONFIG',
  FILE_NOT_FOUND: 'LOGVEIL_ERR_FILE_NOT_FOUND',
  /** logveil/llm: a request held content whose mode is `block`; nothing was sent. */
  LLM_BLOCKED: 'LOGVEIL_ERR_LLM_BLOCKED',
  /** logveil/llm: the request could not be scrubbed (unreadable body, internal error); nothing was sent. */
  LLM_SCRUB_FAILED: 'LOGVEIL_ERR_LLM_SCRUB_FAILED',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export class LogveilError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LogveilError';
    this.code = code;
  }
}

export function isLogveilError(error: unknown): error is LogveilError {
  return error instanceof LogveilError;
}
