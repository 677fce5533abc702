import builtinDetectors from '../detectors/index.js';
import { isPasswordPlaceholder, isPlaceholder } from '../detectors/lib/checks.js';
import { selectDetectors, DEFAULT_PRESETS } from './config/select-detectors.js';
import { defineDetector } from './engine/detector.js';
import { ErrorCodes, LogveilError } from './engine/errors.js';
import { resolveOverlaps } from './engine/finding.js';
import { redactJsonText } from './engine/json-line.js';
import { KeyNameClassifier, sensitiveKeyAnchors } from './engine/key-names.js';
import { MAX_EMBEDDED_JSON, MAX_LAYER_DEPTH, WorkBudget, looksLikeJson } from './engine/layers/bounds.js';
import { decodedFindings } from './engine/layers/decoded-findings.js';
import { jsonSpans } from './engine/layers/json-spans.js';
import { LAYER_ESCAPE } from './engine/layers/triggers.js';
import { urlDetectors } from './engine/layers/url.js';
import { KnownSecrets } from './engine/known-secrets.js';
import { PolicyReplacer, applyFindings } from './engine/redact.js';
import { Scanner } from './engine/scanner.js';
import type { ScanResult } from './engine/scanner.js';
import { WHOLE_VALUE_MARKER } from './engine/redaction-modes.js';
import { StatsCollector } from './engine/stats.js';
import { redactStructured } from './engine/structured.js';
import { flagTexts } from './engine/text-batch.js';
import { MAX_DEPTH_DETECTOR, MAX_SIZE_DETECTOR, SENSITIVE_KEY_DETECTOR } from './engine/text-scrubber.js';
import { checkOptions } from './options.js';
import type { KeyNameOptions, RedactorOptions } from './options.js';
import type { Category, Detector, DetectorDefinition } from './engine/detector.js';
import type { Finding } from './engine/finding.js';
import type { ProbeVerdict } from './engine/layers/decoded-findings.js';
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
  /** Per layer depth: the scrubbers the structured walkers get, counting (index d) or silent (for probes). */
  readonly #scrubbers: TextScrubber[] = [];
  readonly #silentScrubbers: TextScrubber[] = [];
  readonly #budget = new WorkBudget();

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
    // URL credentials are parameter names judged like keys: they follow the key-name rules and their switch.
    const layerDetectors = keyNames === false ? [] : urlDetectors((name) => this.#keys?.isSensitive(name) ?? false, anchors, { isPlaceholder, isPasswordPlaceholder });
    this.#scanner = new Scanner([...detectors, ...layerDetectors], this.knownSecrets, anchors, (detector) => this.#stats.detectorError(detector));
    const overrides = new Map<string, RedactionStrategy>();
    for (const detector of detectors) if (detector.redaction !== undefined) overrides.set(detector.id, detector.redaction);
    this.#replacer = new PolicyReplacer(options.redaction ?? {}, overrides);
    const maxDepth = options.maxDepth ?? 64;
    const keepFields = new Set(options.keepFields ?? []);
    for (let depth = 0; depth <= MAX_LAYER_DEPTH + 1; depth++) {
      this.#scrubbers.push(this.#makeScrubber(maxDepth, keepFields, depth, true));
      this.#silentScrubbers.push(this.#makeScrubber(maxDepth, keepFields, depth, false));
    }
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
    this.#budget.reset();
    this.#budget.grant(text.length);
    return this.#scan(text, 0).findings;
  }

  /**
   * For a batch of short texts (the attribute values of one span): which of them `redactString` may change
   * (1), or null when none. One scan of the texts joined by line breaks decides; see engine/text-batch.ts.
   */
  flagTexts(texts: readonly string[]): Uint8Array | null {
    return flagTexts(texts, (joined) => {
      this.#budget.reset();
      this.#budget.grant(joined.length);
      const scan = this.#scan(joined, 0);
      return { findings: scan.findings, clean: this.#isClean(joined, scan) };
    });
  }

  /** Redacts free text. Text that is JSON is redacted as structure (keys, order and validity kept). */
  redactString(text: string): string {
    this.#begin();
    return this.#scrubText(text, 0, undefined, true).text;
  }

  /** Redacts any value (objects, arrays, Errors, Maps...) without mutating it; keys are scanned too. */
  redactValue<T>(value: T): T {
    this.#begin();
    return redactStructured(value, this.#scrubbers[0]!);
  }

  /**
   * Redacts one NDJSON line (a trailing newline is kept). A JSON line stays valid JSON with its keys in order
   * and the top-level `keepFields` untouched; any other line is scanned as text. A line in
   * which the prefilter finds nothing is returned as it came, without being parsed.
   */
  redactLine(line: string): string {
    this.#begin();
    let body = line;
    let eol = '';
    if (body.endsWith('\n')) {
      const cut = body.endsWith('\r\n') ? 2 : 1;
      eol = body.slice(-cut);
      body = body.slice(0, -cut);
    }
    this.#budget.grant(body.length);
    const scan = this.#scan(body, 0);
    if (this.#isClean(body, scan)) return line;
    if (looksLikeJson(body)) {
      const redacted = redactJsonText(body, this.#scrubbers[0]!, scan.findings, scan.keys.length === 0);
      if (redacted !== null) return redacted + eol;
    }
    return this.#scrubText(body, 0, scan, true).text + eol;
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
    if (this.#hasSensitiveKey(scan)) return false;
    const backslash = body.indexOf('\\');
    if (backslash === -1) return true;
    // Escapes in JSON text are read token by token by the structure layer, which must see them.
    if ((scan.layers & LAYER_ESCAPE) !== 0) return false;
    if (body.includes('\\u', backslash) || body.includes('\\/', backslash)) return false;
    return scan.candidates === 0 && scan.keys.length === 0 && !this.knownSecrets.hasEscapableSecrets;
  }

  #begin(): void {
    this.#stats.input();
    this.#budget.reset();
  }

  /**
   * The scanner's findings plus those of the content layers that the prefilter flagged: encoded spans are
   * decoded and probed one layer deeper (engine/layers/decoded-findings.ts). A text with no flag costs nothing
   * more than the scan.
   */
  #scan(text: string, depth: number): ScanResult {
    const scan = this.#scanner.scan(text);
    if (scan.layers === 0) return scan;
    const decoded = decodedFindings(text, scan.layers, depth, looksLikeJson(text), this.#probe, this.#budget, scan.findings);
    if (decoded.length === 0) return scan;
    const ranked = scan.findings.map((finding) => ({ ...finding, priority: 50 }));
    return { ...scan, findings: resolveOverlaps([...ranked, ...decoded]) };
  }

  /** Scrubs a decoded span silently (its finding is counted once, in the outer text) and says what it found. */
  readonly #probe = (decoded: string, depth: number): ProbeVerdict => {
    const result = this.#scrubText(decoded, depth, undefined, false);
    const first = result.findings[0];
    return first !== undefined
      ? { detector: first.detector, category: first.category, text: result.text }
      : { detector: SENSITIVE_KEY_DETECTOR, category: 'secret', text: result.text };
  };

  /**
   * Scrubs one text at a layer depth. JSON text that may hold something (a finding, a sensitive key, an
   * escape) is redacted as structure, its strings one layer deeper (embedded JSON). Other text: replaces the
   * findings, then scans the result again until nothing more is found (at most MAX_PASSES): a replacement
   * changes the context around other text (a card number followed by a phone number is only a card once the
   * phone is a marker), and stopping early would make a second redaction change the output. `known`: findings
   * of a scan of this very text (a JSON token without escapes, whose raw text is its value).
   */
  #scrubText(
    text: string,
    depth: number,
    known: ScanResult | readonly Finding[] | undefined,
    counting: boolean,
  ): { text: string; findings: readonly Finding[]; removeField: boolean } {
    if (depth === 0) this.#budget.grant(text.length);
    let first: readonly Finding[];
    let current = text;
    if (Array.isArray(known)) {
      first = known as readonly Finding[];
    } else {
      const scan = (known as ScanResult | undefined) ?? this.#scan(text, depth);
      first = scan.findings;
      if (!this.#isClean(text, scan)) {
        const structured = looksLikeJson(text) ? this.#scrubStructured(text, depth, scan, counting) : null;
        if (structured !== null) {
          // A match that spans tokens (`"private_key": "-----BEGIN...`) is not seen token by token: what the
          // walk left is then redacted as text, at the cost of the document's validity, never of the secret.
          const rest = structured === text ? first : this.#scan(structured, depth).findings;
          if (rest.length === 0 || structured === `[REDACTED:${MAX_DEPTH_DETECTOR}]` || structured === `[REDACTED:${MAX_SIZE_DETECTOR}]`) {
            return { text: structured, findings: first, removeField: false };
          }
          current = structured;
        } else if (this.#hasSensitiveKey(scan)) {
          current = this.#scrubJsonSpans(text, depth, counting);
        }
      }
    }
    let findings = current === text ? first : this.#scan(current, depth).findings;
    let removeField = false;
    for (let pass = 0; pass < MAX_PASSES && findings.length > 0; pass++) {
      for (const finding of findings) {
        if (counting) this.#stats.finding(finding.detector, finding.category);
        if (this.#replacer.removesField(finding.detector, finding.category)) removeField = true;
      }
      current = applyFindings(current, findings, this.#replacer);
      findings = this.#scan(current, depth).findings;
    }
    return { text: current, findings: first, removeField };
  }

  #hasSensitiveKey(scan: ScanResult): boolean {
    return this.#keys !== undefined && scan.keys.some((key) => this.#keys!.isSensitive(key));
  }

  /** Free text with a sensitive JSON key: each JSON document inside it is redacted as structure. */
  #scrubJsonSpans(text: string, depth: number, counting: boolean): string {
    let out = '';
    let cursor = 0;
    for (const span of jsonSpans(text)) {
      const inner = text.slice(span.start, span.end);
      const scan = this.#scan(inner, depth + 1);
      if (this.#isClean(inner, scan)) continue;
      const redacted = this.#scrubStructured(inner, depth, scan, counting);
      if (redacted === null || redacted === inner) continue;
      out += text.slice(cursor, span.start) + redacted;
      cursor = span.end;
    }
    return cursor === 0 ? text : out + text.slice(cursor);
  }

  /**
   * Embedded JSON: null when `text` is not JSON (or too large to parse: its text is scanned instead). Past
   * the depth bound, JSON with a sensitive key is withheld whole rather than read as text.
   */
  #scrubStructured(text: string, depth: number, scan: ScanResult, counting: boolean): string | null {
    if (depth >= MAX_LAYER_DEPTH) {
      // Still JSON down there: withheld when it names a sensitive key, or escapes one a level further down.
      if (!this.#hasSensitiveKey(scan) && (scan.layers & LAYER_ESCAPE) === 0) return null;
      if (counting) this.#stats.finding(MAX_DEPTH_DETECTOR, 'secret');
      return `[REDACTED:${MAX_DEPTH_DETECTOR}]`;
    }
    if (text.length > MAX_EMBEDDED_JSON) return null;
    if (depth > 0 && !this.#budget.spend(text.length)) {
      if (counting) this.#stats.finding(MAX_SIZE_DETECTOR, 'secret');
      return `[REDACTED:${MAX_SIZE_DETECTOR}]`;
    }
    const scrubbers = counting ? this.#scrubbers : this.#silentScrubbers;
    return redactJsonText(text, scrubbers[depth + 1]!, scan.findings, scan.keys.length === 0);
  }

  #makeScrubber(maxDepth: number, keepFields: ReadonlySet<string>, depth: number, counting: boolean): TextScrubber {
    return {
      maxDepth,
      keepFields,
      scrub: (text, known) => this.#scrubText(text, depth, known, counting),
      isSensitiveKey: (key) => this.#keys?.isSensitive(key) ?? false,
      sensitiveValue: (value) => {
        if (WHOLE_VALUE_MARKER.test(value)) return value;
        if (this.#replacer.removesField(SENSITIVE_KEY_DETECTOR, 'secret')) return undefined;
        return this.#replacer.replacement(SENSITIVE_KEY_DETECTOR, 'secret', value);
      },
      count: (detector: string, category: Category) => {
        if (counting) this.#stats.finding(detector, category);
      },
    };
  }
}

/** Creates a redactor. Throws a LogveilError naming the option at fault. */
export function createRedactor(options: RedactorOptions = {}): Redactor {
  return new Redactor(options);
}
