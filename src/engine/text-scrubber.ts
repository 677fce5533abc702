import type { Category } from './detector.js';
import type { Finding } from './finding.js';

/**
 * What the structured walkers need from the redactor: scrub one string, say whether a key is sensitive, and
 * replace a whole value under a sensitive key. Keeps `structured.ts` and `json-line.ts` free of configuration.
 */
export interface TextScrubber {
  /**
   * Returns the scrubbed text and whether any finding's policy asks to drop the enclosing field. `known`:
   * findings already located in `text` (by a scan of the whole line), which then is not scanned again.
   */
  scrub(text: string, known?: readonly Finding[]): { text: string; findings: readonly Finding[]; removeField: boolean };
  /**
   * Whether the value under `key` is replaced whole. `value`: the string held there, for a key that names a
   * credential only when its value reads as one (`judgesValue`); without it such a key says no.
   */
  isSensitiveKey(key: string, value?: string): boolean;
  /** `key` is not sensitive by its name alone, but a string under it may be (`"pass": "Xk9;mQ2v"`, not `"pass": 12`). */
  judgesValue(key: string): boolean;
  /** Replacement for a whole value under a sensitive key, or `undefined` when the field is to be dropped. */
  sensitiveValue(value: string): string | undefined;
  /** Counts a finding that replaced something outside `scrub` (a sensitive key's value, a cut-off branch). */
  count(detector: string, category: Category): void;
  readonly maxDepth: number;
  /** Top-level fields of a JSON line passed through untouched (the pino adapter's `level`, `time`...). */
  readonly keepFields?: ReadonlySet<string>;
}

export const SENSITIVE_KEY_DETECTOR = 'sensitive-key';
export const MAX_DEPTH_DETECTOR = 'max-depth';
export const MAX_SIZE_DETECTOR = 'max-size';
export const UNREADABLE_DETECTOR = 'unreadable';
