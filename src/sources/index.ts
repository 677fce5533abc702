/**
 * Where known secrets come from, shared by every adapter: lists (plaintext or hashed), directories of secret
 * files, the environment, and the watching that reloads them on rotation. Adapters import from here; nothing
 * here imports an adapter.
 */
export { KnownSecretsSource } from './known-secrets-source.js';
export type { KnownSecretsSourceOptions, ReloadResult } from './known-secrets-source.js';
export { loadKnownSecretsFile, parseKnownSecrets, plaintextLines, readSecretText } from './known-secrets-file.js';
export { loadKnownSecretsDirectory, readSecretsDirectory, MAX_SECRET_FILE_BYTES } from './known-secrets-directory.js';
export { knownSecretsEnvNames, knownSecretsEnvShortValues, knownSecretsFromEnv } from './known-secrets-env.js';
export { keepKnownSecretsLoaded } from './live-known-secrets.js';
export type { LiveKnownSecretsOptions } from './live-known-secrets.js';
export { startRotation } from './rotation.js';
export type { ReloadTarget, Rotation } from './rotation.js';
export { DEBOUNCE_MS, watchDirectory, watchPath } from './watch.js';
export type { FileWatch } from './watch.js';
