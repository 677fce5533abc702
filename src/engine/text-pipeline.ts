import { resolveOverlaps } from './finding.js';
import { redactJsonText } from './json-line.js';
import { MAX_EMBEDDED_JSON, MAX_LAYER_DEPTH, WorkBudget, looksLikeJson } from './layers/bounds.js';
import { outsidePlainJsonTokens } from './layers/json-token.js';
import { decodedFindings } from './layers/decoded-findings.js';
import { jsonSpans } from './layers/json-spans.js';
import { LAYER_ESCAPE } from './layers/triggers.js';
import { applyFindings } from './redact.js';
import { WHOLE_VALUE_MARKER } from './redaction-modes.js';
import { redactStructured } from './structured.js';
import { flagTexts } from './text-batch.js';
import { MAX_DEPTH_DETECTOR, MAX_SIZE_DETECTOR, SENSITIVE_KEY_DETECTOR } from './text-scrubber.js';
import type { Category } from './detector.js';
import type { Finding } from './finding.js';
import type { KeyNameClassifier } from './key-names.js';
import type { KnownSecrets } from './known-secrets.js';
import type { ProbeVerdict } from './layers/decoded-findings.js';
import type { PolicyReplacer } from './redact.js';
import type { Scanner, ScanResult } from './scanner.js';
import type { StatsCollector } from './stats.js';
import type { TextScrubber } from './text-scrubber.js';

/** Redaction passes over one text before its result is final (see #scrubText). */
const MAX_PASSES = 3;

/** What the pipeline runs on: the redactor builds these from its options and the catalog. */
export interface TextPipelineParts {
  readonly scanner: Scanner;
  readonly knownSecrets: KnownSecrets;
  /** The key-name rules, or undefined when `keyNames: false`. */
  readonly keys: KeyNameClassifier | undefined;
  /** For a key that judges by value (`pass` alone): whether a string under it reads as a password. */
  readonly isPasswordValue: (value: string) => boolean;
  readonly replacer: PolicyReplacer;
  readonly stats: StatsCollector;
  readonly maxDepth: number;
  readonly keepFields: ReadonlySet<string>;
}

/**
 * The one path every text, JSON line and value takes through the engine: the scan, the content layers
 * (decoded spans probed one layer deeper, embedded JSON walked as structure), the clean path that returns a
 * line untouched, and redaction to a fixed point. The redactor only wires its parts; every door reaches this
 * through the redactor's methods, so they all get the same verdict.
 */
export class TextPipeline {
  readonly #scanner: Scanner;
  readonly #knownSecrets: KnownSecrets;
  readonly #keys: KeyNameClassifier | undefined;
  readonly #isPasswordValue: (value: string) => boolean;
  readonly #replacer: PolicyReplacer;
  readonly #stats: StatsCollector;
  /** Per layer depth: the scrubbers the structured walkers get, counting (index d) or silent (for probes). */
  readonly #scrubbers: TextScrubber[] = [];
  readonly #silentScrubbers: TextScrubber[] = [];
  readonly #budget = new WorkBudget();

  constructor(parts: TextPipelineParts) {
    this.#scanner = parts.scanner;
    this.#knownSecrets = parts.knownSecrets;
    this.#keys = parts.keys;
    this.#isPasswordValue = parts.isPasswordValue;
    this.#replacer = parts.replacer;
    this.#stats = parts.stats;
    for (let depth = 0; depth <= MAX_LAYER_DEPTH + 1; depth++) {
      this.#scrubbers.push(this.#makeScrubber(parts.maxDepth, parts.keepFields, depth, true));
      this.#silentScrubbers.push(this.#makeScrubber(parts.maxDepth, parts.keepFields, depth, false));
    }
  }

  /** See Redactor.isSensitiveKey. */
  isSensitiveKey(key: string, value?: unknown): boolean {
    const keys = this.#keys;
    if (keys === undefined) return false;
    if (keys.isSensitive(key)) return true;
    return typeof value === 'string' && keys.judgesValue(key) && this.#isPasswordValue(value);
  }

  keyJudgesValue(key: string): boolean {
    return this.#keys?.judgesValue(key) ?? false;
  }

  /** Findings in `text`, content layers included. Counts nothing. */
  scan(text: string): Finding[] {
    this.#budget.reset();
    this.#budget.grant(text.length);
    return this.#scan(text, 0).findings;
  }

  /** See Redactor.flagTexts and engine/text-batch.ts. */
  flagTexts(texts: readonly string[]): Uint8Array | null {
    return flagTexts(texts, (joined) => {
      this.#budget.reset();
      this.#budget.grant(joined.length);
      const scan = this.#scan(joined, 0, true);
      return { findings: scan.findings, clean: this.#isClean(joined, scan) };
    });
  }

  redactString(text: string): string {
    this.#begin();
    return this.#scrubText(text, 0, undefined, true).text;
  }

  redactValue<T>(value: T): T {
    this.#begin();
    return redactStructured(value, this.#scrubbers[0]!);
  }

  /**
   * One NDJSON line (a trailing newline is kept). A line in which the prefilter finds nothing is returned as
   * it came, without being parsed; a JSON line is rewritten token by token; any other line is scanned as text.
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
    return scan.candidates === 0 && scan.keys.length === 0 && !this.#knownSecrets.hasEscapableSecrets;
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
  #scan(text: string, depth: number, gateApart = false): ScanResult {
    const scan = this.#scanner.scan(text, gateApart);
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
          const rest = outsidePlainJsonTokens(structured, structured === text ? first : this.#scan(structured, depth).findings);
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
    // A key that judges by value (`"pass":`) sends the text to the structured walk, which reads the value.
    return this.#keys !== undefined && scan.keys.some((key) => this.#keys!.isSensitive(key) || this.#keys!.judgesValue(key));
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
      isSensitiveKey: (key, value) => this.isSensitiveKey(key, value),
      judgesValue: (key) => this.keyJudgesValue(key),
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
