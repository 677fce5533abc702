import { LAYER_BASE64, LAYER_ESCAPE, LAYER_PERCENT } from './triggers.js';
import { MAX_LAYER_DEPTH } from './bounds.js';
import { base64Runs, changedRegion, percentRuns, unescapeText } from './decode.js';
import { MAX_DEPTH_DETECTOR, MAX_SIZE_DETECTOR } from '../text-scrubber.js';
import type { Category } from '../detector.js';
import type { Finding, RankedFinding } from '../finding.js';
import type { WorkBudget } from './bounds.js';
import type { EncodedRun } from './decode.js';

/**
 * Decode-and-rescan. A decoded span is scrubbed as a text of its own, one layer deeper, by every rule
 * (detectors built-in and custom, known secrets, URLs, embedded JSON, key names, and further encodings), through
 * `probe`. When that changes anything, the outer text gets one finding, named after what was found inside and
 * marked with the layer (`decoded: 'base64'`), covering:
 * - base64 and percent-encoding: the whole encoded run (its characters do not map one to one to the decoded
 *   ones, and a partly kept run could still be decoded);
 * - backslash escapes: the escaped characters from the first changed decoded character to the last.
 */
export interface ProbeVerdict {
  readonly detector: string;
  readonly category: Category;
  /** The scrubbed text; equal to the input when nothing was found. */
  readonly text: string;
}

export type Probe = (decoded: string, depth: number) => ProbeVerdict;

/** Findings of decoded spans rank below the outer text's own: a raw match keeps its name. */
const DECODED_PRIORITY = 0;

export function decodedFindings(
  text: string,
  layers: number,
  depth: number,
  structured: boolean,
  probe: Probe,
  budget: WorkBudget,
  raw: readonly Finding[],
): RankedFinding[] {
  const out: RankedFinding[] = [];
  const runs: EncodedRun[] = [];
  // A run that a raw finding covers whole (a token that passes the base64 gate: `ghp_…`, `AKIA…`) goes anyway.
  const covered = (start: number, end: number): boolean => raw.some((finding) => finding.start <= start && finding.end >= end);
  if ((layers & LAYER_BASE64) !== 0) runs.push(...base64Runs(text, raw.length > 0 ? covered : undefined));
  if ((layers & LAYER_PERCENT) !== 0) runs.push(...percentRuns(text));
  for (const run of runs) {
    if (covered(run.start, run.end)) continue;
    const limit = cutOff(run.decoded.length, depth, budget);
    if (limit !== undefined) {
      out.push({ detector: limit, category: 'secret', start: run.start, end: run.end, priority: DECODED_PRIORITY, decoded: run.layer });
      continue;
    }
    const verdict = probe(run.decoded, depth + 1);
    if (verdict.text === run.decoded) continue;
    out.push({ detector: verdict.detector, category: verdict.category, start: run.start, end: run.end, priority: DECODED_PRIORITY, decoded: run.layer });
  }
  // JSON text has its escapes read by the structure layer, token by token; free text by this one.
  if ((layers & LAYER_ESCAPE) !== 0 && !structured) {
    const unescaped = unescapeText(text);
    if (unescaped !== null) {
      const limit = cutOff(unescaped.decoded.length, depth, budget);
      const verdict = limit === undefined ? probe(unescaped.decoded, depth + 1) : undefined;
      if (limit !== undefined) {
        out.push({ detector: limit, category: 'secret', start: 0, end: text.length, priority: DECODED_PRIORITY, decoded: 'escape' });
      } else if (verdict !== undefined && verdict.text !== unescaped.decoded) {
        const region = changedRegion(unescaped.decoded, verdict.text);
        const whole = region.start >= region.end;
        const start = whole ? 0 : unescaped.offsets[region.start]!;
        const end = whole ? text.length : unescaped.offsets[region.end]!;
        out.push({ detector: verdict.detector, category: verdict.category, start, end, priority: DECODED_PRIORITY, decoded: 'escape' });
      }
    }
  }
  return out;
}

/** Why a decoded span of `length` is not looked into (it is then withheld), or undefined when it is. */
function cutOff(length: number, depth: number, budget: WorkBudget): string | undefined {
  if (depth + 1 > MAX_LAYER_DEPTH) return MAX_DEPTH_DETECTOR;
  if (!budget.spend(length)) return MAX_SIZE_DETECTOR;
  return undefined;
}

