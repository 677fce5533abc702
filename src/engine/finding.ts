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
 * Keeps one finding per overlapping region: the higher declared priority wins, then the longer span, then the
 * earlier one. A losing finding that reaches beyond the winner is dropped, not trimmed: the winner's detector
 * knows the format's extent better than a generic one.
 */
export function resolveOverlaps(findings: RankedFinding[]): Finding[] {
  if (findings.length <= 1) return findings.map(strip);
  const ranked = [...findings].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: RankedFinding[] = [];
  for (const candidate of ranked) {
    if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start).map(strip);
}

function strip(finding: RankedFinding): Finding {
  return { detector: finding.detector, category: finding.category, start: finding.start, end: finding.end };
}
