import { ErrorCodes, LogveilError } from '../engine/errors.js';
import { OPTION_NAMES } from '../options.js';
import { Redactor } from '../redactor.js';
import { keepKnownSecretsLoaded } from '../sources/index.js';
import type { RedactorOptions } from '../options.js';
import type { KnownSecretsSourceOptions } from '../sources/index.js';

/**
 * What the OpenTelemetry adapters add to the core redactor options. The known-secret sources
 * (`knownSecretsFile`, `knownSecretsDir`, `knownSecretsEnv`, `watchKnownSecrets`) are the ones the pino
 * adapter and the CLI take (src/sources): they fill the redactor's matcher and keep it in step with
 * rotations, in place, for every processor sharing that redactor.
 */
export interface OtelAdapterOptions extends KnownSecretsSourceOptions {
  /**
   * A redactor to share (with another processor, or with your own code) instead of building one from the
   * core options. Give either this or core options, not both.
   */
  readonly redactor?: Redactor;
  /**
   * Add `logveil.redacted.count`, `logveil.redacted.secret` and `logveil.redacted.pii` to a span or log record
   * that had something redacted (counts only, never values). Default false.
   */
  readonly summary?: boolean;
  /**
   * Query and fragment parameter names whose values are replaced, in addition to the engine's defaults. They
   * are added to the redactor's `keyNames.keys` (URL parameters are judged like keys, in every text), so they
   * need the redactor this adapter builds: with a shared `redactor`, give them as its `keyNames.keys`.
   */
  readonly urlParams?: readonly string[];
  /**
   * Accepted for compatibility and no longer needed: every attribute value is scanned for URLs by the engine,
   * whatever its key.
   */
  readonly urlAttributes?: readonly string[];
}

/** Options of `RedactingSpanProcessor`, `RedactingSpanExporter` and `RedactingLogRecordProcessor`. */
export type OtelRedactionOptions = RedactorOptions & OtelAdapterOptions;

export interface ResolvedOtelOptions {
  readonly redactor: Redactor;
  readonly summary: boolean;
}

const SOURCE_OPTION_NAMES = ['knownSecretsFile', 'knownSecretsDir', 'knownSecretsEnv', 'watchKnownSecrets'] as const;
const ADAPTER_OPTION_NAMES = ['redactor', 'summary', 'urlParams', 'urlAttributes', ...SOURCE_OPTION_NAMES] as const satisfies readonly (keyof OtelAdapterOptions)[];

/** Every name the OpenTelemetry adapters accept: the core options (src/options.ts) and their own. */
export const OTEL_OPTION_NAMES: readonly string[] = [...OPTION_NAMES, ...ADAPTER_OPTION_NAMES];

/** Splits adapter options from core options; the core rejects names it does not know, so ours go first. */
export function resolveOtelOptions(options: OtelRedactionOptions | Redactor = {}): ResolvedOtelOptions {
  if (options instanceof Redactor) return { redactor: options, summary: false };
  if (options === null || typeof options !== 'object') {
    throw new LogveilError(ErrorCodes.BAD_OPTION, 'logveil/otel: options must be an object or a Redactor');
  }
  const core: Record<string, unknown> = { ...options };
  for (const name of ADAPTER_OPTION_NAMES) delete core[name];
  if (options.summary !== undefined && typeof options.summary !== 'boolean') {
    throw new LogveilError(ErrorCodes.BAD_OPTION, 'logveil/otel: option "summary" must be a boolean');
  }
  const urlParams = stringList('urlParams', options.urlParams);
  stringList('urlAttributes', options.urlAttributes);
  let redactor: Redactor;
  if (options.redactor !== undefined) {
    if (!(options.redactor instanceof Redactor)) {
      throw new LogveilError(ErrorCodes.BAD_OPTION, 'logveil/otel: option "redactor" must be a Redactor (createRedactor())');
    }
    if (Object.keys(core).length > 0) {
      throw new LogveilError(
        ErrorCodes.BAD_OPTION,
        `logveil/otel: give either "redactor" or redactor options (${Object.keys(core).join(', ').slice(0, 120)}), not both`,
      );
    }
    if (urlParams.length > 0) {
      throw new LogveilError(ErrorCodes.BAD_OPTION, 'logveil/otel: option "urlParams" needs the redactor this adapter builds; with a shared "redactor", give them as its keyNames.keys');
    }
    redactor = options.redactor;
  } else {
    redactor = new Redactor(withUrlParams(core as RedactorOptions, urlParams));
  }
  startKnownSecretSources(redactor, options);
  return { redactor, summary: options.summary ?? false };
}

/** URL parameter names are key names to the engine: they join `keyNames.keys`. */
function withUrlParams(core: RedactorOptions, urlParams: readonly string[]): RedactorOptions {
  if (urlParams.length === 0) return core;
  if (core.keyNames === false) {
    throw new LogveilError(ErrorCodes.BAD_OPTION, 'logveil/otel: option "urlParams" needs key names on (keyNames is false)');
  }
  const keyNames = core.keyNames === undefined || core.keyNames === true ? {} : core.keyNames;
  return { ...core, keyNames: { ...keyNames, keys: [...(keyNames.keys ?? []), ...urlParams] } };
}

function stringList(name: string, value: unknown): readonly string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new LogveilError(ErrorCodes.BAD_OPTION, `logveil/otel: option "${name}" must be an array of strings`);
  }
  return value as readonly string[];
}

/** Loads and watches the shared known-secret sources into the redactor's matcher, when any is given. */
function startKnownSecretSources(redactor: Redactor, options: OtelRedactionOptions): void {
  for (const name of ['knownSecretsFile', 'knownSecretsDir'] as const) {
    const value = options[name];
    if (value !== undefined && (typeof value !== 'string' || value === '')) {
      throw new LogveilError(ErrorCodes.BAD_OPTION, `logveil/otel: option "${name}" must be a path`);
    }
  }
  if (options.watchKnownSecrets !== undefined && typeof options.watchKnownSecrets !== 'boolean') {
    throw new LogveilError(ErrorCodes.BAD_OPTION, 'logveil/otel: option "watchKnownSecrets" must be a boolean');
  }
  const given = options.knownSecretsFile !== undefined || options.knownSecretsDir !== undefined || (options.knownSecretsEnv ?? false) !== false;
  if (!given) return;
  if (options.knownSecrets !== undefined) {
    throw new LogveilError(ErrorCodes.BAD_OPTION, 'logveil/otel: option "knownSecrets" cannot be combined with knownSecretsFile, knownSecretsDir or knownSecretsEnv');
  }
  // The watchers are unreferenced: they never keep the process alive, so no processor has to stop them.
  keepKnownSecretsLoaded(redactor.knownSecrets, {
    ...(options.knownSecretsFile === undefined ? {} : { knownSecretsFile: options.knownSecretsFile }),
    ...(options.knownSecretsDir === undefined ? {} : { knownSecretsDir: options.knownSecretsDir }),
    ...(options.knownSecretsEnv === undefined ? {} : { knownSecretsEnv: options.knownSecretsEnv }),
    ...(options.watchKnownSecrets === undefined ? {} : { watchKnownSecrets: options.watchKnownSecrets }),
  });
}
