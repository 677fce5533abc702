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
  /** Query and fragment parameter names (case-insensitive) whose values are replaced in URL attributes. */
  readonly urlParams?: readonly string[];
  /** Attribute keys holding URLs, in addition to `url.full`, `url.query`, `http.url`, `*.url`, ... */
  readonly urlAttributes?: readonly string[];
}

/** Options of `RedactingSpanProcessor`, `RedactingSpanExporter` and `RedactingLogRecordProcessor`. */
export type OtelRedactionOptions = RedactorOptions & OtelAdapterOptions;

export interface ResolvedOtelOptions {
  readonly redactor: Redactor;
  readonly summary: boolean;
  readonly urlParams: readonly string[];
  readonly urlAttributes: readonly string[];
}

const SOURCE_OPTION_NAMES = ['knownSecretsFile', 'knownSecretsDir', 'knownSecretsEnv', 'watchKnownSecrets'] as const;
const ADAPTER_OPTION_NAMES = ['redactor', 'summary', 'urlParams', 'urlAttributes', ...SOURCE_OPTION_NAMES] as const satisfies readonly (keyof OtelAdapterOptions)[];

/** Every name the OpenTelemetry adapters accept: the core options (src/options.ts) and their own. */
export const OTEL_OPTION_NAMES: readonly string[] = [...OPTION_NAMES, ...ADAPTER_OPTION_NAMES];

/** Splits adapter options from core options; the core rejects names it does not know, so ours go first. */
export function resolveOtelOptions(options: OtelRedactionOptions | Redactor = {}): ResolvedOtelOptions {
  if (options instanceof Redactor) return { redactor: options, summary: false, urlParams: [], urlAttributes: [] };
  if (options === null || typeof options !== 'object') {
    throw new LogveilError(ErrorCodes.BAD_OPTION, 'logveil/otel: options must be an object or a Redactor');
  }
  const core: Record<string, unknown> = { ...options };
  for (const name of ADAPTER_OPTION_NAMES) delete core[name];
  if (options.summary !== undefined && typeof options.summary !== 'boolean') {
    throw new LogveilError(ErrorCodes.BAD_OPTION, 'logveil/otel: option "summary" must be a boolean');
  }
  const urlParams = stringList('urlParams', options.urlParams);
  const urlAttributes = stringList('urlAttributes', options.urlAttributes);
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
    redactor = options.redactor;
  } else {
    redactor = new Redactor(core as RedactorOptions);
  }
  startKnownSecretSources(redactor, options);
  return { redactor, summary: options.summary ?? false, urlParams, urlAttributes };
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
