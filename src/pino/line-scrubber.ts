import { defineDetector } from '../engine/detector.js';
import { createRedactor } from '../redactor.js';
import { errorReason } from './error-reason.js';
import type { Detector, DetectorDefinition } from '../engine/detector.js';
import type { KnownSecrets } from '../engine/known-secrets.js';
import type { RedactionStats } from '../engine/stats.js';
import type { Redactor, RedactorOptions } from '../redactor.js';
import type { KnownSecretsSource, ReloadResult } from '../sources/known-secrets-source.js';

/** Findings of one stream since it started, across known-secrets reloads. Counts only, never values. */
export interface ScrubSummary {
  /** Lines read. */
  readonly lines: number;
  /** Lines written changed (at least one finding). */
  readonly redactedLines: number;
  /** Lines replaced by a `logveil: line withheld` marker. */
  readonly withheld: number;
  /** Findings per detector id. */
  readonly findings: Readonly<Record<string, number>>;
  /** Validator errors per detector id. */
  readonly detectorErrors: Readonly<Record<string, number>>;
  /**
   * Present once the destination has failed: lines not written to it (those it held unconfirmed when it
   * failed, and every line since; lines after the failure are counted here only, not in `lines`).
   */
  readonly unwritten?: number;
}

/** What the in-process metrics callback is told about one line that had findings or was withheld. */
export interface LineFindings {
  /** Findings in this line, per detector id (empty for a withheld line). */
  readonly findings: Readonly<Record<string, number>>;
  /** Set when the line was withheld: the error code or class, never the line. */
  readonly withheld?: string;
}

export type FindingsCallback = (event: LineFindings) => void;

/**
 * Scrubs one line at a time and never throws: a line the engine cannot scrub is replaced by a marker line.
 * It owns the redactor so that a known-secrets reload can swap in a new one between two lines.
 */
export class LineScrubber {
  #redactor: Redactor;
  readonly #options: RedactorOptions;
  readonly #source: KnownSecretsSource;
  readonly #onFindings: FindingsCallback | undefined;
  /** Stats of redactors retired by reloads, so a summary covers the whole life of the stream. */
  #retired: RedactionStats | undefined;
  /** Findings at the last callback, to report per-line counts. */
  #seen: Readonly<Record<string, number>> = {};
  /** Id of a custom detector whose validator threw on the current line. */
  #failedDetector: string | undefined;
  #lines = 0;
  #redactedLines = 0;
  #withheld = 0;

  /** Builds the redactor now, so a bad option throws at startup. */
  constructor(options: RedactorOptions, source: KnownSecretsSource, onFindings?: FindingsCallback) {
    this.#options = { ...options, detectors: (options.detectors ?? []).map((detector) => this.#guard(detector)) };
    this.#source = source;
    this.#onFindings = onFindings;
    this.#redactor = this.#build(source.empty ? undefined : source.load());
  }

  get knownSecrets(): KnownSecrets {
    return this.#redactor.knownSecrets;
  }

  /** The scrubbed line (without its newline): the line itself when clean, or a withheld marker. */
  scrub(line: string): string {
    this.#lines++;
    let out: string;
    try {
      this.#failedDetector = undefined;
      out = this.#redactor.redactLine(line);
    } catch (error) {
      return this.#withhold(errorReason(error));
    }
    if (this.#failedDetector !== undefined) return this.#withhold('detector-error', this.#failedDetector);
    if (out !== line) {
      this.#redactedLines++;
      if (this.#onFindings !== undefined) this.#report({ findings: this.#newFindings() });
    }
    return out;
  }

  /** Reloads the known-secrets file; on failure the previous set stays in force. */
  reloadKnownSecrets(): ReloadResult {
    const { matcher, reason } = this.#source.reload();
    if (matcher === undefined) return { ok: false, reason: reason ?? 'unknown', secrets: this.knownSecrets.size };
    let next: Redactor;
    try {
      next = this.#build(matcher);
    } catch (error) {
      return { ok: false, reason: errorReason(error), secrets: this.knownSecrets.size };
    }
    this.#retired = mergeStats(this.#retired, this.#redactor.stats());
    this.#redactor = next;
    this.#seen = {};
    return { ok: true, secrets: matcher.size };
  }

  summary(): ScrubSummary {
    const stats = mergeStats(this.#retired, this.#redactor.stats());
    return {
      lines: this.#lines,
      redactedLines: this.#redactedLines,
      withheld: this.#withheld,
      findings: stats.findings,
      detectorErrors: stats.detectorErrors,
    };
  }

  #build(knownSecrets: KnownSecrets | undefined): Redactor {
    return createRedactor(knownSecrets === undefined ? this.#options : { ...this.#options, knownSecrets });
  }

  #withhold(reason: string, detector?: string): string {
    this.#withheld++;
    if (this.#onFindings !== undefined) {
      // Findings the engine counted on this line before it gave up belong to no reported line.
      this.#seen = this.#redactor.stats().findings;
      this.#report({ findings: {}, withheld: reason });
    }
    return withheldLine(reason, detector);
  }

  #newFindings(): Record<string, number> {
    const now = this.#redactor.stats().findings;
    const delta: Record<string, number> = {};
    for (const [id, count] of Object.entries(now)) {
      const added = count - (this.#seen[id] ?? 0);
      if (added > 0) delta[id] = added;
    }
    this.#seen = now;
    return delta;
  }

  #report(event: LineFindings): void {
    try {
      this.#onFindings?.(event);
    } catch {
      // A metrics callback must not cost a log line; its errors are the caller's to surface.
    }
  }

  /**
   * The engine redacts what a throwing validator was judging (fail closed) and goes on. The transport goes
   * further, as its contract says: a line on which a custom detector failed is withheld whole and counted,
   * so a broken detector shows up as marker lines rather than as silently changed output. Built-in detectors
   * are tested not to throw and are left unwrapped.
   */
  #guard(definition: DetectorDefinition | Detector): Detector {
    const detector = 'regex' in definition ? definition : defineDetector(definition);
    const validate = detector.validate;
    if (validate === undefined) return detector;
    return {
      ...detector,
      validate: (secret, context) => {
        try {
          return validate(secret, context);
        } catch (error) {
          this.#failedDetector ??= detector.id;
          throw error;
        }
      },
    };
  }
}

/** The line written in place of one that could not be scrubbed. It never contains any part of that line. */
export function withheldLine(reason: string, detector?: string): string {
  const marker: Record<string, unknown> = { level: 50, time: Date.now(), msg: 'logveil: line withheld', reason };
  if (detector !== undefined) marker.detector = detector;
  return JSON.stringify(marker);
}

/** The optional last line of a stream: counts per detector, in pino's shape so pino-pretty prints it. */
export function summaryLine(summary: ScrubSummary): string {
  return JSON.stringify({ level: 30, time: Date.now(), msg: 'logveil: summary', logveil: summary });
}

function mergeStats(a: RedactionStats | undefined, b: RedactionStats): RedactionStats {
  if (a === undefined) return b;
  const add = (x: Readonly<Record<string, number>>, y: Readonly<Record<string, number>>): Record<string, number> => {
    const sum: Record<string, number> = { ...x };
    for (const [id, count] of Object.entries(y)) sum[id] = (sum[id] ?? 0) + count;
    return sum;
  };
  return {
    inputs: a.inputs + b.inputs,
    findings: add(a.findings, b.findings),
    categories: { secret: a.categories.secret + b.categories.secret, pii: a.categories.pii + b.categories.pii },
    detectorErrors: add(a.detectorErrors, b.detectorErrors),
  };
}
