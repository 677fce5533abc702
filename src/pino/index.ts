/**
 * `logveil/pino`: the default export is the pino transport (`target: 'logveil/pino'`), so pino's worker can
 * load the package by name; the named exports are for in-process use and for talking to a running transport.
 */
export { default } from './transport.js';
export { createRedactingStream, RedactingStream } from './redacting-stream.js';
export type { DestinationLike, RedactingStreamOptions } from './redacting-stream.js';
export { KNOWN_SECRETS_EVENT, RELOAD_KNOWN_SECRETS, reloadKnownSecrets } from './worker-messages.js';
export type { MessageTarget } from './worker-messages.js';
export type { DataRedactionPolicy, DataRedactionStrategy, KnownSecretsSourceOptions, TransportOptions } from './options.js';
export type { ReloadResult } from '../sources/known-secrets-source.js';
export type { FindingsCallback, LineFindings, ScrubSummary } from './line-scrubber.js';
