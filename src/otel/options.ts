import { ErrorCodes, LogveilError } from '../engine/errors.js';
import { OPTION_NAMES } from '../options.js';
import { Redactor } from '../redactor.js';
import type { RedactorOptions } from '../options.js';

/** What the OpenTelemetry adapters add to the core redactor options. */
export interface OtelAdapterOptions {
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

const ADAPTER_OPTION_NAMES = ['redactor', 'summary', 'urlParams', 'urlAttributes'] as const satisfies readonly (keyof OtelAdapterOptions)[];

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
  return { redactor, summary: options.summary ?? false, urlParams, urlAttributes };
}

function stringList(name: string, value: unknown): readonly string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new LogveilError(ErrorCodes.BAD_OPTION, `logveil/otel: option "${name}" must be an array of strings`);
  }
  return value as readonly string[];
}
