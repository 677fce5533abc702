import type { Category } from './detector.js';

/** A detected secret or PII span. Never carries the matched text, only where it is. */
export interface Finding {
  readonly detector: string;
  readonly category: Category;
  /** UTF-16 offsets into the scanned text, end exclusive. */
  readonly start: number;
  readonly end: number;
}

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
      merged.push({ detector: winner.detector, category: winner.category, start, end });
      winner = next;
      start = next.start;
      end = next.end;
      continue;
    }
    if (outranks(next, winner)) winner = next;
    end = Math.max(end, next.end);
  }
  merged.push({ detector: winner.detector, category: winner.category, start, end });
  return merged;
}

function outranks(a: RankedFinding, b: RankedFinding): boolean {
  return a.priority !== b.priority ? a.priority > b.priority : a.end - a.start > b.end - b.start;
}

function strip(finding: RankedFinding): Finding {
  return { detector: finding.detector, category: finding.category, start: finding.start, end: finding.end };
}
