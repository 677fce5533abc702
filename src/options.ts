/**
 * The one list of logveil's detection options: their types, their names, how each is validated, and how an
 * adapter's own settings combine with a config file's. The facade (`createRedactor`) validates with
 * `checkOptions`; the pino transport, the OpenTelemetry processors and the CLI derive their option sets from
 * `OPTION_SPECS` instead of keeping lists of their own, so a new option is added here once.
 */
import { ErrorCodes, LogveilError } from './engine/errors.js';
import { REDACTION_MODE_NAMES, isRedactionMode, redactionMode } from './engine/redaction-modes.js';
import type { Category, Detector, DetectorDefinition } from './engine/detector.js';
import type { KnownSecrets } from './engine/known-secrets.js';
import type { RedactionPolicy } from './engine/redact.js';

export interface KeyNameOptions {
  /** Extra sensitive words (matched word by word, like the built-in vocabulary). */
  readonly words?: readonly string[];
  /** Extra exact key names (case-insensitive) whose values are always redacted. */
  readonly keys?: readonly string[];
  /** Key names (case-insensitive) never treated as sensitive, e.g. a `session_token_count` the rules misjudge. */
  readonly safeKeys?: readonly string[];
}

export interface RedactorOptions {
  /** Presets to start from. Default `['secrets', 'pii']`; `strict` adds opt-in detectors (IP addresses). */
  readonly presets?: readonly string[];
  /** Detector ids or presets to add. */
  readonly enable?: readonly string[];
  /** Detector ids or presets to remove. */
  readonly disable?: readonly string[];
  /** Your own detectors (definitions or results of `defineDetector`); always enabled. */
  readonly detectors?: readonly (DetectorDefinition | Detector)[];
  /** Set false to run only your own detectors. Default true. */
  readonly builtins?: boolean;
  /** Secret values to find anywhere (or a matcher you keep to rotate them). Plaintext is not kept. */
  readonly knownSecrets?: Iterable<string> | KnownSecrets;
  readonly redaction?: RedactionPolicy;
  /** Sensitive key names in structured input. Default on; `false` turns the classifier off. */
  readonly keyNames?: boolean | KeyNameOptions;
  /** Nesting depth beyond which a value is withheld (replaced), not passed unchecked. Default 64. */
  readonly maxDepth?: number;
  /**
   * Top-level fields of a JSON line that are passed through untouched (never scanned, never replaced).
   * Default none; the pino adapter passes pino's own `level`, `time`, `pid` and `hostname`.
   */
  readonly keepFields?: readonly string[];
}

export type OptionName = keyof RedactorOptions;

/**
 * A table of rules chosen per finding: one for every finding, one per category, one per detector id (the
 * most specific wins). `redaction` is such a table of strategies; logveil/llm's `modes` one of modes. Both
 * are validated, merged and looked up by the functions below, so the doors never restate them.
 */
export interface RuleTable<T> {
  readonly default?: T;
  readonly categories?: Partial<Record<Category, T>>;
  readonly detectors?: Readonly<Record<string, T>>;
}

/** The categories a rule table may name: the engine's `Category`, checked both ways by the compiler. */
const CATEGORY_NAMES = ['secret', 'pii'] as const satisfies readonly Category[];
type MissingCategory = Exclude<Category, (typeof CATEGORY_NAMES)[number]>;
const _everyCategory: MissingCategory extends never ? true : never = true;
void _everyCategory;

/** How an adapter's value for an option combines with a config file's (see `mergeOptions`). */
type MergeRule = 'replace' | 'append' | 'policy';

interface OptionSpec {
  /** Plain data: crosses into pino's worker by structured clone, and can be written in a JSON config file. */
  readonly data: boolean;
  /** Accepted in a config file (`--config`, the transport's `config`). */
  readonly config: boolean;
  readonly merge: MergeRule;
}

/**
 * Every option, once. `satisfies` makes the compiler reject an option of `RedactorOptions` missing here (or
 * one here that the type does not have).
 */
export const OPTION_SPECS = {
  presets: { data: true, config: true, merge: 'replace' },
  enable: { data: true, config: true, merge: 'append' },
  disable: { data: true, config: true, merge: 'append' },
  detectors: { data: false, config: true, merge: 'append' },
  builtins: { data: true, config: true, merge: 'replace' },
  knownSecrets: { data: false, config: false, merge: 'replace' },
  redaction: { data: true, config: true, merge: 'policy' },
  keyNames: { data: true, config: true, merge: 'replace' },
  maxDepth: { data: true, config: true, merge: 'replace' },
  keepFields: { data: true, config: true, merge: 'replace' },
} as const satisfies Record<OptionName, OptionSpec>;

export const OPTION_NAMES = Object.keys(OPTION_SPECS) as OptionName[];

const named = (test: (spec: OptionSpec) => boolean): OptionName[] =>
  OPTION_NAMES.filter((name) => test(OPTION_SPECS[name] as OptionSpec));

/** Options that are plain data: what the pino transport accepts inline (functions live in a config module). */
export const DATA_OPTION_NAMES: readonly OptionName[] = named((spec) => spec.data);
/** Options a config file may set. */
export const CONFIG_OPTION_NAMES: readonly OptionName[] = named((spec) => spec.config);

/** Only the options of `options` named in `names` (adapters carry other keys the facade would reject). */
export function pickOptions(options: Readonly<Record<string, unknown>>, names: readonly OptionName[] = OPTION_NAMES): RedactorOptions {
  const picked: Record<string, unknown> = {};
  for (const name of names) if (options[name] !== undefined) picked[name] = options[name];
  return picked as RedactorOptions;
}

/**
 * The one rule for combining a config file with an adapter's own settings (transport options, CLI flags,
 * processor options): the adapter's value of a `replace` option wins; an `append` option (`enable`, `disable`,
 * `detectors`) is the config's list followed by the adapter's; the redaction policy is merged group by group
 * (`default` and `hashKey` replaced, `categories` and `detectors` merged key by key, the adapter's winning).
 * An option the adapter does not set keeps the config's value.
 */
export function mergeOptions(config: RedactorOptions, adapter: RedactorOptions): RedactorOptions {
  const merged: Record<string, unknown> = { ...config };
  for (const name of OPTION_NAMES) {
    const value = adapter[name];
    if (value === undefined) continue;
    const rule: MergeRule = OPTION_SPECS[name].merge;
    if (rule === 'replace') merged[name] = value;
    else if (rule === 'append') merged[name] = [...((config[name] as readonly unknown[] | undefined) ?? []), ...(value as readonly unknown[])];
    else {
      const base = config.redaction ?? {};
      const own = value as RedactionPolicy;
      merged[name] = { ...base, ...own, ...mergeRuleTables(base, own) };
    }
  }
  return merged as RedactorOptions;
}

/** `own` over `base`: `default` replaced, `categories` and `detectors` merged key by key, `own` winning. */
export function mergeRuleTables<T>(base: RuleTable<T>, own: RuleTable<T> | undefined): RuleTable<T> {
  const chosen = own?.default ?? base.default;
  return {
    ...(chosen === undefined ? {} : { default: chosen }),
    categories: { ...base.categories, ...own?.categories },
    detectors: { ...base.detectors, ...own?.detectors },
  };
}

/** The rule for one finding: its detector's, else its category's, else the default. */
export function ruleFor<T>(table: RuleTable<T>, detector: string, category: Category): T | undefined {
  return table.detectors?.[detector] ?? table.categories?.[category] ?? table.default;
}

/**
 * Every rule of a table with the name an error message gives it (`redaction.default`,
 * `modes.categories.pii`, `redaction.detectors.email`), after refusing a category the engine does not have.
 * The caller checks the values (strategies, modes).
 */
export function ruleEntries(name: string, table: RuleTable<unknown>): [string, unknown][] {
  const entries: [string, unknown][] = [[`${name}.default`, table.default]];
  for (const [category, rule] of Object.entries(table.categories ?? {})) {
    if (!(CATEGORY_NAMES as readonly string[]).includes(category)) {
      throw new LogveilError(ErrorCodes.BAD_OPTION, `${name}.categories: unknown category "${category.slice(0, 40)}" (${CATEGORY_NAMES.join(', ')})`);
    }
    entries.push([`${name}.categories.${category}`, rule]);
  }
  for (const [id, rule] of Object.entries(table.detectors ?? {})) entries.push([`${name}.detectors.${id.slice(0, 60)}`, rule]);
  return entries;
}

/** Validates options for the facade. Throws a LogveilError (`LOGVEIL_ERR_BAD_OPTION`) naming the option at fault. */
export function checkOptions(options: RedactorOptions): void {
  if (options === null || typeof options !== 'object') {
    throw new LogveilError(ErrorCodes.BAD_OPTION, 'options must be an object');
  }
  for (const name of Object.keys(options)) {
    if (!Object.hasOwn(OPTION_SPECS, name)) {
      throw new LogveilError(ErrorCodes.BAD_OPTION, `unknown option "${name.slice(0, 60)}" (known: ${OPTION_NAMES.join(', ')})`);
    }
  }
  for (const name of ['presets', 'enable', 'disable', 'keepFields'] as const) {
    const list = options[name];
    if (list !== undefined && (!Array.isArray(list) || list.some((item) => typeof item !== 'string'))) {
      throw new LogveilError(ErrorCodes.BAD_OPTION, `option "${name}" must be an array of strings`);
    }
  }
  if (options.maxDepth !== undefined && !(Number.isInteger(options.maxDepth) && options.maxDepth >= 1 && options.maxDepth <= 1000)) {
    throw new LogveilError(ErrorCodes.BAD_OPTION, 'option "maxDepth" must be an integer from 1 to 1000');
  }
  checkPolicy(options.redaction);
}

function checkPolicy(policy: RedactionPolicy | undefined): void {
  if (policy === undefined) return;
  for (const [name, strategy] of ruleEntries('redaction', policy)) {
    if (strategy === undefined || typeof strategy === 'function') continue;
    if (!isRedactionMode(strategy)) {
      throw new LogveilError(ErrorCodes.BAD_OPTION, `${name}: unknown strategy (${REDACTION_MODE_NAMES.join(', ')}, or a function)`);
    }
    if (redactionMode(strategy).needsHashKey === true && (policy.hashKey === undefined || policy.hashKey.length < 16)) {
      throw new LogveilError(ErrorCodes.BAD_OPTION, `${name}: "${strategy}" needs redaction.hashKey (at least 16 bytes)`);
    }
  }
}
