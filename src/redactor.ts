import builtinDetectors from '../detectors/index.js';
import { selectDetectors, DEFAULT_PRESETS } from './config/select-detectors.js';
import { defineDetector } from './engine/detector.js';
import { ErrorCodes, LogveilError } from './engine/errors.js';
import { redactJsonText } from './engine/json-line.js';
import { KeyNameClassifier, sensitiveKeyAnchors } from './engine/key-names.js';
import { KnownSecrets } from './engine/known-secrets.js';
import { PolicyReplacer, applyFindings } from './engine/redact.js';
import { Scanner } from './engine/scanner.js';
import type { ScanResult } from './engine/scanner.js';
import { WHOLE_VALUE_MARKER } from './engine/redaction-modes.js';
import { StatsCollector } from './engine/stats.js';
import { redactStructured } from './engine/structured.js';
import { SENSITIVE_KEY_DETECTOR } from './engine/text-scrubber.js';
import { checkOptions } from './options.js';
import type { KeyNameOptions, RedactorOptions } from './options.js';
import type { Category, Detector, DetectorDefinition } from './engine/detector.js';
import type { Finding } from './engine/finding.js';
import type { RedactionPolicy } from './engine/redact.js';
import type { RedactionStrategy } from './engine/redaction-types.js';
import type { RedactionStats } from './engine/stats.js';
import type { TextScrubber } from './engine/text-scrubber.js';

export type { KeyNameOptions, RedactorOptions } from './options.js';

/** Redaction passes over one text before its result is final (see #scrubText). */
const MAX_PASSES = 3;

export class Redactor {
  readonly knownSecrets: KnownSecrets;
  readonly #scanner: Scanner;
  readonly #keys: KeyNameClassifier | undefined;
  readonly #replacer: PolicyReplacer;
  readonly #stats = new StatsCollector();
  readonly #scrubber: TextScrubber;

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
    this.#keys = keyNames === false ? undefined : new KeyNameClassifier(keyOptions);
    const anchors = keyNames === false ? [] : sensitiveKeyAnchors(keyOptions.words, keyOptions.keys);
    this.#scanner = new Scanner(detectors, this.knownSecrets, anchors, (detector) => this.#stats.detectorError(detector));
    const overrides = new Map<string, RedactionStrategy>();
    for (const detector of detectors) if (detector.redaction !== undefined) overrides.set(detector.id, detector.redaction);
    this.#replacer = new PolicyReplacer(options.redaction ?? {}, overrides);
    this.#scrubber = this.#makeScrubber(options.maxDepth ?? 64, new Set(options.keepFields ?? []));
  }

  /** The detectors this redactor runs, in catalog order (a line-oriented door reads their `multiline` blocks). */
  get detectors(): readonly Detector[] {
    return this.#scanner.detectors;
  }

  /** Ids of the detectors this redactor runs, in catalog order. */
  get detectorIds(): string[] {
    return this.#scanner.detectors.map((detector) => detector.id);
  }

  /** Whether a value stored under `key` is redacted whole by the sensitive-key rules (and `keyNames` options). */
  isSensitiveKey(key: string): boolean {
    return this.#keys?.isSensitive(key) ?? false;
  }

  /** Findings in `text` (detector, category, offsets), never the matched values. Counts nothing. */
  scan(text: string): Finding[] {
    return this.#scanner.scan(text).findings;
  }

  /** Redacts free text. */
  redactString(text: string): string {
    this.#stats.input();
    return this.#scrubText(text).text;
  }

  /** Redacts any value (objects, arrays, Errors, Maps...) without mutating it; keys are scanned too. */
  redactValue<T>(value: T): T {
    this.#stats.input();
    return redactStructured(value, this.#scrubber);
  }

  /**
   * Redacts one NDJSON line (a trailing newline is kept). A JSON line stays valid JSON with its keys in order
   * and the top-level `keepFields` untouched; any other line is scanned as text. A line in
   * which the prefilter finds nothing is returned as it came, without being parsed.
   */
  redactLine(line: string): string {
    this.#stats.input();
    let body = line;
    let eol = '';
    if (body.endsWith('\n')) {
      const cut = body.endsWith('\r\n') ? 2 : 1;
      eol = body.slice(-cut);
      body = body.slice(0, -cut);
    }
    const scan = this.#scanner.scan(body);
    if (this.#isClean(body, scan)) return line;
    const first = body.trimStart().charCodeAt(0);
    if (first === 123 || first === 91) {
      const redacted = redactJsonText(body, this.#scrubber, scan.findings);
      if (redacted !== null) return redacted + eol;
    }
    return this.#scrubText(body, scan.findings).text + eol;
  }

  stats(): RedactionStats {
    return this.#stats.snapshot();
  }

  resetStats(): void {
    this.#stats.reset();
  }

  /**
   * The clean path: nothing found in the raw line and no sensitive key. Escapes can hide a keyword
   * (`\u0067hp_`, `https:\/\/`), a key's true extent, or a known secret holding a quote (escaped twice in
   * a JSON string that quotes JSON), so a line with a backslash is clean only when the prefilter had nothing
   * at all to confirm, no registered secret can change under escaping, and no escape can hide a keyword.
   */
  #isClean(body: string, scan: ScanResult): boolean {
    if (scan.findings.length > 0) return false;
    if (this.#keys !== undefined && scan.keys.some((key) => this.#keys!.isSensitive(key))) return false;
    const backslash = body.indexOf('\\');
    if (backslash === -1) return true;
    if (body.includes('\\u', backslash) || body.includes('\\/', backslash)) return false;
    return scan.candidates === 0 && scan.keys.length === 0 && !this.knownSecrets.hasEscapableSecrets;
  }

  /**
   * Replaces the findings, then scans the result again until nothing more is found (at most MAX_PASSES): a
   * replacement changes the context around other text (a card number followed by a phone number is only a
   * card once the phone is a marker), and stopping early would make a second redaction change the output.
   */
  #scrubText(text: string, known?: readonly Finding[]): { text: string; findings: readonly Finding[]; removeField: boolean } {
    const first = known ?? this.#scanner.scan(text).findings;
    let findings = first;
    let current = text;
    let removeField = false;
    for (let pass = 0; pass < MAX_PASSES && findings.length > 0; pass++) {
      for (const finding of findings) {
        this.#stats.finding(finding.detector, finding.category);
        if (this.#replacer.removesField(finding.detector, finding.category)) removeField = true;
      }
      current = applyFindings(current, findings, this.#replacer);
      findings = this.#scanner.scan(current).findings;
    }
    return { text: current, findings: first, removeField };
  }

  #makeScrubber(maxDepth: number, keepFields: ReadonlySet<string>): TextScrubber {
    return {
      maxDepth,
      keepFields,
      scrub: (text, known) => this.#scrubText(text, known),
      isSensitiveKey: (key) => this.#keys?.isSensitive(key) ?? false,
      sensitiveValue: (value) => {
        if (WHOLE_VALUE_MARKER.test(value)) return value;
        if (this.#replacer.removesField(SENSITIVE_KEY_DETECTOR, 'secret')) return undefined;
        return this.#replacer.replacement(SENSITIVE_KEY_DETECTOR, 'secret', value);
      },
      count: (detector: string, category: Category) => this.#stats.finding(detector, category),
    };
  }
}

/** Creates a redactor. Throws a LogveilError naming the option at fault. */
export function createRedactor(options: RedactorOptions = {}): Redactor {
  return new Redactor(options);
}
