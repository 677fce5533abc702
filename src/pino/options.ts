import { ErrorCodes, LogveilError } from '../engine/errors.js';
import { knownSecretsEnvNames as sharedEnvNames } from '../sources/known-secrets-env.js';
import type { RedactionStrategy } from '../engine/redaction-types.js';
import { DATA_OPTION_NAMES } from '../options.js';
import type { KeyNameOptions } from '../options.js';

/** Strategies that survive the structured clone into the worker (a custom function cannot). */
export type DataRedactionStrategy = Exclude<RedactionStrategy, (...args: never[]) => unknown>;

/** The redaction policy as plain data. */
export interface DataRedactionPolicy {
  readonly default?: DataRedactionStrategy;
  readonly categories?: Readonly<Partial<Record<'secret' | 'pii', DataRedactionStrategy>>>;
  readonly detectors?: Readonly<Record<string, DataRedactionStrategy>>;
  /** HMAC key for `hash` (at least 16 bytes). */
  readonly hashKey?: string;
}

/** Where known secrets come from: the sources every adapter shares (file, directory, environment). */
export type { KnownSecretsSourceOptions } from '../sources/known-secrets-source.js';
import type { KnownSecretsSourceOptions } from '../sources/known-secrets-source.js';

/**
 * Options of the `logveil/pino` transport. They cross into pino's worker thread by structured clone, so they
 * are data only: custom detectors with functions live in a `config` module the worker imports.
 */
export interface TransportOptions extends KnownSecretsSourceOptions {
  /** A file path or a file descriptor. Default 1 (stdout). Not used when logveil is a step of a pipeline. */
  readonly destination?: string | number;
  /** Create the destination's directory. Default false. */
  readonly mkdir?: boolean;
  /** Append to an existing file. Default true. */
  readonly append?: boolean;
  /** Detector presets to start from. Default `['secrets', 'pii']`. */
  readonly presets?: readonly string[];
  /** Detector ids or presets to add. */
  readonly enable?: readonly string[];
  /** Detector ids or presets to remove. */
  readonly disable?: readonly string[];
  /** Set false to run only the detectors of `config`. Default true. */
  readonly builtins?: boolean;
  /** Sensitive key names (see `RedactorOptions.keyNames`). */
  readonly keyNames?: boolean | KeyNameOptions;
  readonly maxDepth?: number;
  /** Top-level fields passed through untouched. Default pino's `level`, `time`, `pid` and `hostname`. */
  readonly keepFields?: readonly string[];
  /** Path of a JSON file or JavaScript module with custom detectors and settings (see `loadConfigFile`). */
  readonly config?: string;
  readonly redaction?: DataRedactionPolicy;
  /** Write a final line with the findings per detector when the transport closes. Default false. */
  readonly summary?: boolean;
}

/** The transport options, checked; `destinationGiven` tells an explicit stdout from the default one. */
export interface CheckedTransportOptions extends TransportOptions {
  readonly destinationGiven: boolean;
}

/** What only the transport understands; its detection options are the data options of src/options.ts. */
const TRANSPORT_OWN_KEYS = ['destination', 'mkdir', 'append', 'config', 'summary', 'knownSecretsFile', 'knownSecretsDir', 'watchKnownSecrets', 'knownSecretsEnv'] as const;

const TRANSPORT_KEYS = new Set<string>([...DATA_OPTION_NAMES, ...TRANSPORT_OWN_KEYS]);

/**
 * pino's own top-level fields, which never hold a secret and must reach the destination unchanged: the
 * engine keeps them only because this adapter says so (`keepFields`), unless the user sets `keepFields`.
 */
export const PINO_LINE_FIELDS: readonly string[] = ['level', 'time', 'pid', 'hostname'];

/**
 * Keys pino and thread-stream add to the options of a single `target` (`pinoWillSendConfig`, `$context`):
 * theirs, not the user's, so they are skipped rather than reported as unknown.
 */
const isInfrastructureKey = (key: string): boolean => key === 'pinoWillSendConfig' || key.startsWith('$');

export function badOption(name: string, problem: string): LogveilError {
  return new LogveilError(ErrorCodes.BAD_OPTION, `option "${name}" ${problem}`);
}

/**
 * Checks what only the transport understands. Detector selection and the redaction policy are checked by
 * `createRedactor` at startup too, so every bad option fails before the first line, with its name.
 */
export function checkTransportOptions(raw: unknown): CheckedTransportOptions {
  if (raw === undefined || raw === null) return { destinationGiven: false };
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new LogveilError(ErrorCodes.BAD_OPTION, 'options must be an object');
  const options = raw as Record<string, unknown>;
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (isInfrastructureKey(key)) continue;
    if (!TRANSPORT_KEYS.has(key)) {
      throw new LogveilError(ErrorCodes.BAD_OPTION, `unknown option "${key.slice(0, 60)}" (known: ${[...TRANSPORT_KEYS].join(', ')})`);
    }
    clean[key] = value;
  }
  checkDestination(clean.destination);
  for (const name of ['mkdir', 'append', 'summary', 'builtins', 'watchKnownSecrets']) checkBoolean(name, clean[name]);
  for (const name of ['config', 'knownSecretsFile']) {
    const value = clean[name];
    if (value !== undefined && (typeof value !== 'string' || value === '')) throw badOption(name, 'must be a file path');
  }
  const dir = clean.knownSecretsDir;
  if (dir !== undefined && (typeof dir !== 'string' || dir === '')) throw badOption('knownSecretsDir', 'must be a directory path');
  checkKnownSecretsEnv(clean.knownSecretsEnv);
  const redaction = clean.redaction as Record<string, unknown> | undefined;
  if (redaction !== undefined && (redaction === null || typeof redaction !== 'object' || Array.isArray(redaction))) {
    throw badOption('redaction', 'must be an object');
  }
  if (redaction?.hashKey !== undefined && typeof redaction.hashKey !== 'string') {
    throw badOption('redaction.hashKey', 'must be a string (at least 16 bytes)');
  }
  return { ...(clean as TransportOptions), destinationGiven: clean.destination !== undefined };
}

export function checkDestination(value: unknown): void {
  if (value === undefined) return;
  if (typeof value === 'string' && value !== '') return;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return;
  throw badOption('destination', 'must be a file path or a file descriptor');
}

export function checkBoolean(name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean') throw badOption(name, 'must be true or false');
}

/** Turns `knownSecretsEnv` into what `knownSecretsFromEnv` takes; a bad pattern fails here, at startup. */
export function knownSecretsEnvNames(value: unknown): readonly string[] | RegExp | undefined {
  return sharedEnvNames(value);
}

export function checkKnownSecretsEnv(value: unknown): void {
  if (value === undefined || typeof value === 'boolean') return;
  if (Array.isArray(value)) {
    if (value.some((name) => typeof name !== 'string')) throw badOption('knownSecretsEnv', 'must list variable names (strings)');
    return;
  }
  if (typeof value !== 'string' || value === '') {
    throw badOption('knownSecretsEnv', 'must be true, a list of variable names, or a regular expression source');
  }
  knownSecretsEnvNames(value);
}
