import RE2 from 're2';
import { sensitiveKeyAnchors } from './key-names.js';
import type { Detector } from './detector.js';
import type { RE2Instance } from './re2-compile.js';

/**
 * One linear pass that decides which detectors must run on a text. All keywords of all detectors, the digit
 * runs that numeric detectors need, and JSON keys holding a sensitive-word fragment form a single RE2
 * alternation; RE2 scans it as one DFA, so a clean text costs the same with 30 or 300 detectors.
 *
 * Contract: it never reports a false negative. A detector left out here must be unable to match the text;
 * a detector reported here may still find nothing.
 */
export interface PrefilterResult {
  /** Indices (into the detector list) of detectors that must run, without repeats. */
  readonly detectors: number[];
  /** Keys found in JSON-shaped text whose name contains a sensitive-word fragment (possibly repeated). */
  readonly keys: string[];
}

const DIGIT_SEPARATORS = '[ ./()-]';

function escapeLiteral(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

export class Prefilter {
  readonly #regex: RE2Instance | null;
  /** Lower-cased keyword → detectors to run when it occurs (including detectors of keywords it contains). */
  readonly #byKeyword = new Map<string, number[]>();
  readonly #digitDetectors: { index: number; min: number; separated: boolean; leading: string | undefined }[] = [];
  readonly #detectorCount: number;
  readonly #seen: Uint8Array;

  constructor(detectors: readonly Detector[]) {
    this.#detectorCount = detectors.length;
    this.#seen = new Uint8Array(detectors.length);
    const keywordDetectors = new Map<string, Set<number>>();
    detectors.forEach((detector, index) => {
      for (const keyword of detector.keywords) {
        const set = keywordDetectors.get(keyword) ?? new Set<number>();
        set.add(index);
        keywordDetectors.set(keyword, set);
      }
      if (detector.digits !== undefined) {
        this.#digitDetectors.push({
          index,
          min: detector.digits.min,
          separated: detector.digits.separated === true,
          leading: detector.digits.leading,
        });
      }
    });
    // RE2 reports one alternative per start position (the first listed that matches): listing longer keywords
    // first and crediting each keyword with the keywords it contains keeps shorter, overlapping ones found.
    const keywords = [...keywordDetectors.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    for (const keyword of keywords) {
      const union = new Set<number>();
      for (const other of keywords) {
        if (keyword.includes(other)) for (const index of keywordDetectors.get(other)!) union.add(index);
      }
      this.#byKeyword.set(keyword, [...union].sort((a, b) => a - b));
    }

    const alternatives: string[] = [];
    if (keywords.length > 0) alternatives.push(`(${keywords.map(escapeLiteral).join('|')})`);
    else alternatives.push('(\\x{10FFFF}\\x{10FFFF})');
    const minDigits = Math.min(...this.#digitDetectors.map((entry) => entry.min));
    if (Number.isFinite(minDigits)) {
      alternatives.push(`(\\+?[0-9](?:${DIGIT_SEPARATORS}{0,2}[0-9]){${minDigits - 1},})`);
    } else {
      alternatives.push('(\\x{10FFFF}\\x{10FFFE})');
    }
    const anchors = sensitiveKeyAnchors().sort((a, b) => b.length - a.length).map(escapeLiteral);
    alternatives.push(`"([^"\\\\]*(?:${anchors.join('|')})[^"\\\\]*)"\\s*:`);
    this.#regex = new RE2(`(?i)${alternatives.join('|')}`, 'g');
  }

  get detectorCount(): number {
    return this.#detectorCount;
  }

  scan(text: string): PrefilterResult {
    const detectors: number[] = [];
    const keys: string[] = [];
    const regex = this.#regex;
    if (regex === null) return { detectors, keys };
    const seen = this.#seen;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      const keyword = match[1];
      const digitRun = match[2];
      const key = match[3];
      if (keyword !== undefined) {
        for (const index of this.#byKeyword.get(keyword.toLowerCase()) ?? []) {
          if (seen[index] === 0) {
            seen[index] = 1;
            detectors.push(index);
          }
        }
        // Keywords may overlap: resume one character later rather than after the match.
        regex.lastIndex = match.index + 1;
      } else if (digitRun !== undefined) {
        this.#digitCandidates(digitRun, match.index > 0 && text.charCodeAt(match.index - 1) === 43, detectors);
      } else if (key !== undefined) {
        keys.push(key);
        // A keyword may sit inside the key (`"password":`): look inside it too.
        regex.lastIndex = match.index + 1;
      }
    }
    for (const index of detectors) seen[index] = 0;
    return { detectors, keys };
  }

  #digitCandidates(run: string, afterPlus: boolean, out: number[]): void {
    let digits = 0;
    let separated = afterPlus || run.charCodeAt(0) === 43;
    for (let i = 0; i < run.length; i++) {
      const code = run.charCodeAt(i);
      if (code >= 48 && code <= 57) digits++;
      else separated = true;
    }
    const first = run.charCodeAt(0) === 43 ? run[1] : run[0];
    for (const entry of this.#digitDetectors) {
      if (digits < entry.min || this.#seen[entry.index] === 1) continue;
      if (entry.separated && !separated) continue;
      if (entry.leading !== undefined && !separated && !entry.leading.includes(first ?? '')) continue;
      this.#seen[entry.index] = 1;
      out.push(entry.index);
    }
  }
}
