import { isLogveilError } from '../engine/errors.js';

/**
 * What may be said about an error in a log line or on stderr: its stable code, or else its class name.
 * Never its message, which may quote the value being processed.
 */
export function errorReason(error: unknown): string {
  if (isLogveilError(error)) return error.code;
  const name = error instanceof Error ? error.constructor.name : typeof error;
  // Class names are chosen by code, not data; still, keep whatever reaches a log to an identifier's shape.
  return /^[A-Za-z_$][\w$]{0,40}$/.test(name) ? name : 'Error';
}
