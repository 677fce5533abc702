import builtinDetectors from '../detectors/index.js';
import { isPasswordPlaceholder, isPlaceholder } from '../detectors/lib/checks.js';
import { looksLikePassword } from '../detectors/lib/credential-value.js';
import { selectDetectors, DEFAULT_PRESETS } from './config/select-detectors.js';
import { defineDetector } from './engine/detector.js';
import { ErrorCodes, LogveilError } from './engine/errors.js';
import { KeyNameClassifier, sensitiveKeyAnchors } from './engine/key-names.js';
import { urlDetectors } from './engine/layers/url.js';
import { KnownSecrets } from './engine/known-secrets.js';
import { PolicyReplacer } from './engine/redact.js';
import { Scanner } from './engine/scanner.js';
import { StatsCollector } from './engine/stats.js';
import { TextPipeline } from './engine/text-pipeline.js';
import { isTelemetryKey } from './engine/telemetry-fields.js';
import { checkOptions } from './options.js';
import type { KeyNameOptions, RedactorOptions } from './options.js';
import type { Detector } from './engine/detector.js';
import type { Finding } from './engine/finding.js';
import type { RedactionStrategy } from './engine/redaction-types.js';
import type { RedactionStats } from './engine/stats.js';

export type { KeyNameOptions, RedactorOptions } from './options.js';

/**
 * The facade: it checks the options, chooses the detectors (the catalog, presets, custom ones), and wires the
 * engine's parts into one TextPipeline (src/engine/text-pipeline.ts), which every method hands its input to.
 */
const MAX_KEY_VERDICTS = 10_000;

export class Redactor {
  readonly knownSecrets: KnownSecrets;
  readonly #scanner: Scanner;
  readonly #keyVerdicts = new Map<string, boolean>();
  readonly #stats = new StatsCollector();
  readonly #pipeline: TextPipeline;

  constructor(options: RedactorOptions = {}) {
    checkOptions(options);
    const custom = (options.detectors ?? []).map((definition) => ('regex' in definition ? (definition as Detector) : defineDetector(definition)));
    const builtins = options.builtins === false ? [] : builtinDetectors;
    const builtinIds = new Set(builtins.map((detector) => detector.id));
    for (const detector of custom) {
      if (builtinIds.has(detector.id)) {
        throw new LogveilError(ErrorCodes.DUPLICATE_DETECTOR, `detector "${detector.id}" is already a built-in detector: choose another id`);
      }
    }
    if (new Set(custom.map((detector) => detector.id)).size !== custom.length) {
      throw new LogveilError(ErrorCodes.DUPLICATE_DETECTOR, 'two custom detectors share an id');
    }
    const selected = selectDetectors(builtins, options.presets ?? DEFAULT_PRESETS, options.enable ?? [], options.disable ?? []);
    const detectors = [...selected, ...custom];

    this.knownSecrets = options.knownSecrets instanceof KnownSecrets ? options.knownSecrets : new KnownSecrets();
    if (options.knownSecrets !== undefined && !(options.knownSecrets instanceof KnownSecrets)) {
      this.knownSecrets.add(options.knownSecrets);
    }
    const keyNames = options.keyNames ?? true;
    const keyOptions: KeyNameOptions = keyNames === true || keyNames === false ? {} : keyNames;
    const keys = keyNames === false ? undefined : new KeyNameClassifier(keyOptions);
    const anchors = keyNames === false ? [] : sensitiveKeyAnchors(keyOptions.words, keyOptions.keys);
    // URL credentials are parameter names judged like keys: they follow the key-name rules and their switch.
    const layerDetectors = keys === undefined ? [] : urlDetectors((name) => keys.isSensitive(name), anchors, { isPlaceholder, isPasswordPlaceholder });
    this.#scanner = new Scanner([...detectors, ...layerDetectors], this.knownSecrets, anchors, (detector) => this.#stats.detectorError(detector));
    const overrides = new Map<string, RedactionStrategy>();
    for (const detector of detectors) if (detector.redaction !== undefined) overrides.set(detector.id, detector.redaction);
    this.#pipeline = new TextPipeline({
      scanner: this.#scanner,
      knownSecrets: this.knownSecrets,
      keys,
      // The catalog's rule, the one generic-credential applies to `pass: …` in text.
      isPasswordValue: looksLikePassword,
      replacer: new PolicyReplacer(options.redaction ?? {}, overrides),
      stats: this.#stats,
      maxDepth: options.maxDepth ?? 64,
      keepFields: new Set(options.keepFields ?? []),
    });
  }

  /** The detectors this redactor runs, in catalog order (a line-oriented door reads their `multiline` blocks). */
  get detectors(): readonly Detector[] {
    return this.#scanner.detectors;
  }

  /** Ids of the detectors this redactor runs, in catalog order. */
  get detectorIds(): string[] {
    return this.#scanner.detectors.map((detector) => detector.id);
  }

  /**
   * Whether a value stored under `key` is redacted whole by the sensitive-key rules (and `keyNames` options).
   * Give the `value` when you have it: a key that names a credential only by its value (`pass` alone, see
   * `keyJudgesValue`) says yes for a string that reads as a password (`"pass": "Xk9;mQ2v"`, not `"pass": 12`),
   * by the same rule generic-credential applies to `pass: …` in text.
   */
  isSensitiveKey(key: string, value?: unknown): boolean {
    return this.#pipeline.isSensitiveKey(key, value);
  }

  /** `key` is not sensitive by its name, but a string stored under it may be: ask `isSensitiveKey(key, value)`. */
  keyJudgesValue(key: string): boolean {
    return this.#pipeline.keyJudgesValue(key);
  }

  /**
   * Whether the value under `key` must go through `redactValue({ [key]: value })` to be judged, whatever it
   * holds: the key is sensitive or judges by value (`pass`), names a trace-context id or an epoch time (engine/telemetry-fields.ts), or
   * itself holds something a detector finds. Any other value is judged by its text alone, so a door may batch
   * such values with `flagTexts` (the attributes of a span, an OTLP attribute list) and reach the verdict
   * `redactValue` would. Cached per key, bounded: agents emit the same few hundred keys millions of times, and
   * keys can be attacker-chosen.
   */
  keyDecidesValue(key: string): boolean {
    let decides = this.#keyVerdicts.get(key);
    if (decides === undefined) {
      decides = this.isSensitiveKey(key) || this.keyJudgesValue(key) || isTelemetryKey(key) || this.scan(key).length > 0;
      if (this.#keyVerdicts.size >= MAX_KEY_VERDICTS) this.#keyVerdicts.clear();
      this.#keyVerdicts.set(key, decides);
    }
    return decides;
  }

  /** Findings in `text` (detector, category, offsets), never the matched values. Counts nothing. */
  scan(text: string): Finding[] {
    return this.#pipeline.scan(text);
  }

  /**
   * For a batch of short texts (the attribute values of one span): which of them `redactString` may change
   * (1), or null when none. One scan of the texts joined by line breaks decides; see engine/text-batch.ts.
   */
  flagTexts(texts: readonly string[]): Uint8Array | null {
    return this.#pipeline.flagTexts(texts);
  }

  /** Redacts free text. Text that is JSON is redacted as structure (keys, order and validity kept). */
  redactString(text: string): string {
    return this.#pipeline.redactString(text);
  }

  /** Redacts any value (objects, arrays, Errors, Maps...) without mutating it; keys are scanned too. */
  redactValue<T>(value: T): T {
    return this.#pipeline.redactValue(value);
  }

  /**
   * Redacts one NDJSON line (a trailing newline is kept). A JSON line stays valid JSON with its keys in order
   * and the top-level `keepFields` untouched; any other line is scanned as text. A line in
   * which the prefilter finds nothing is returned as it came, without being parsed.
   */
  redactLine(line: string): string {
    return this.#pipeline.redactLine(line);
  }

  stats(): RedactionStats {
    return this.#stats.snapshot();
  }

  resetStats(): void {
    this.#stats.reset();
  }
}

/** Creates a redactor. Throws a LogveilError naming the option at fault. */
export function createRedactor(options: RedactorOptions = {}): Redactor {
  return new Redactor(options);
}
