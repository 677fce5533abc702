import { resolveOverlaps } from './finding.js';
import { shannonEntropy } from './entropy.js';
import { Prefilter } from './prefilter.js';
import type { Detector } from './detector.js';
import type { Finding, RankedFinding } from './finding.js';
import type { KnownSecrets } from './known-secrets.js';

export const KNOWN_SECRET_DETECTOR = 'known-secret';
const KNOWN_SECRET_PRIORITY = 100;

export interface ScanResult {
  readonly findings: Finding[];
  /** JSON keys in the text that the key classifier may call sensitive (only filled when asked for). */
  readonly keys: string[];
  /** How many detectors the prefilter sent to confirmation (0: nothing in the text resembles a secret). */
  readonly candidates: number;
}

/**
 * Confirms the prefilter's candidates: each candidate detector's RE2 pattern runs over the text, then its
 * entropy floor and validator; known secrets are matched by fingerprint; overlaps are settled by priority.
 * A validator that throws counts as "no match" and is reported through `onDetectorError`.
 */
export class Scanner {
  readonly detectors: readonly Detector[];
  readonly #prefilter: Prefilter;
  readonly #knownSecrets: KnownSecrets | undefined;
  readonly #onDetectorError: (detector: string, error: unknown) => void;

  constructor(
    detectors: readonly Detector[],
    knownSecrets: KnownSecrets | undefined,
    onDetectorError: (detector: string, error: unknown) => void = () => {},
  ) {
    this.detectors = detectors;
    this.#prefilter = new Prefilter(detectors);
    this.#knownSecrets = knownSecrets;
    this.#onDetectorError = onDetectorError;
  }

  scan(text: string): ScanResult {
    const candidates = this.#prefilter.scan(text);
    const found: RankedFinding[] = [];
    for (const index of candidates.detectors) this.#confirm(this.detectors[index]!, text, found);
    if (this.#knownSecrets !== undefined && this.#knownSecrets.size > 0) {
      for (const match of this.#knownSecrets.scan(text)) {
        found.push({ detector: KNOWN_SECRET_DETECTOR, category: 'secret', start: match.start, end: match.end, priority: KNOWN_SECRET_PRIORITY });
      }
    }
    return { findings: resolveOverlaps(found), keys: candidates.keys, candidates: candidates.detectors.length };
  }

  #confirm(detector: Detector, text: string, out: RankedFinding[]): void {
    const regex = detector.regex;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      if (match[0].length === 0) {
        regex.lastIndex = match.index + 1;
        continue;
      }
      const span = (match as unknown as { indices: ([number, number] | undefined)[] }).indices[detector.secretGroup];
      if (span === undefined) continue;
      const [start, end] = span;
      if (start === end) continue;
      const secret = text.slice(start, end);
      if (detector.entropy !== undefined && shannonEntropy(secret) < detector.entropy) continue;
      if (detector.validate !== undefined) {
        let valid = false;
        try {
          valid = detector.validate(secret, { match: match[0], groups: [...match] });
        } catch (error) {
          this.#onDetectorError(detector.id, error);
        }
        if (!valid) continue;
      }
      out.push({ detector: detector.id, category: detector.category, start, end, priority: detector.priority });
    }
  }
}
