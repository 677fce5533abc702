/** Kept for pino's own modules; the rule lives with the sources every adapter shares. */
export { errorReason } from '../sources/error-reason.js';
