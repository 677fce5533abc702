// logveil/llm: keeps credentials and personal data out of what an agent sends to a model. Loads no AI SDK or
// model client package at run time.
export { logveilMiddleware } from './middleware.js';
export { guardFetch } from './fetch.js';
export { LlmBlockedError } from './guard.js';
export { DEFAULT_LLM_MODES } from './options.js';
export type { LogveilMiddleware } from './middleware.js';
export type { GuardedFetch } from './fetch.js';
export type { LlmGuardOptions, LlmMode, LlmModes } from './options.js';
export type { LlmFinding, LlmGuardStats } from './audit.js';
