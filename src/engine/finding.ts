import type { Category } from './detector.js';

/** A detected secret or PII span. Never carries the matched text, only where it is. */
export interface Finding {
  readonly detector: string;
  readonly category: Category;
  /** UTF-16 offsets into the scanned text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /**
   * Set when the secret was found inside an encoded span (layers/decode.ts): the outermost encoding the span
   * was decoded from. The span then covers the encoded text, never the decoded value.
   */
  readonly decoded?: DecodedLayer;
}

export type DecodedLayer = 'base64' | 'percent' | 'escape';

/** A finding with the priority that decides overlaps; internal to the engine. */
export interface RankedFinding extends Finding {
  readonly priority: number;
}

/**
 * Merges overlapping findings into one span each, named after the finding that wins the region: the higher
 * declared priority, then the longer span, then the earlier one. Nothing any detector found is given back:
 * trimming or dropping the loser would leave the part of it that reaches beyond the winner in the output.
 */
export function resolveOverlaps(findings: RankedFinding[]): Finding[] {
  if (findings.length <= 1) return findings.map(strip);
  const byStart = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Finding[] = [];
  let winner = byStart[0]!;
  let start = winner.start;
  let end = winner.end;
  for (let i = 1; i < byStart.length; i++) {
    const next = byStart[i]!;
    if (next.start >= end) {
      merged.push(named(winner, start, end));
      winner = next;
      start = next.start;
      end = next.end;
      continue;
    }
    if (outranks(next, winner)) winner = next;
    end = Math.max(end, next.end);
  }
  merged.push(named(winner, start, end));
  return merged;
}

function outranks(a: RankedFinding, b: RankedFinding): boolean {
  return a.priority !== b.priority ? a.priority > b.priority : a.end - a.start > b.end - b.start;
}

function strip(finding: RankedFinding): Finding {
  return named(finding, finding.start, finding.end);
}

function named(winner: Finding, start: number, end: number): Finding {
  const finding: Finding = { detector: winner.detector, category: winner.category, start, end };
  return winner.decoded === undefined ? finding : { ...finding, decoded: winner.decoded };
}
