import type { RankedFinding } from './finding.js';

/**
 * What logveil writes in place of a secret: `[REDACTED:<id>]`, with a hash suffix for `hash`, or a
 * logveil/llm placeholder `⟦EMAIL_1⟧` (letters and underscores, then a number: no secret has that shape).
 */
const MARKER = /\[REDACTED(?::[a-z0-9-]+)*\]|⟦[A-Z]+(?:_[A-Z]+)*_[1-9][0-9]{0,5}⟧/g;
const WORD = /[A-Za-z0-9]/;

/**
 * Keeps redaction idempotent: the text of an earlier marker is opaque. A finding is clipped to the parts of
 * it outside markers (so `password=[REDACTED:x]realsecret` still loses `realsecret`), and a leftover piece
 * with no letter or digit (the `:` after a marker) is dropped, since it cannot hold a secret.
 */
export function clipToUnmarked(text: string, findings: RankedFinding[]): RankedFinding[] {
  if (findings.length === 0 || (!text.includes('[REDACTED') && !text.includes('⟦'))) return findings;
  const markers: [number, number][] = [];
  MARKER.lastIndex = 0;
  for (let match = MARKER.exec(text); match !== null; match = MARKER.exec(text)) {
    markers.push([match.index, match.index + match[0].length]);
  }
  if (markers.length === 0) return findings;
  const clipped: RankedFinding[] = [];
  for (const finding of findings) {
    let start = finding.start;
    for (const [markerStart, markerEnd] of markers) {
      if (markerEnd <= start || markerStart >= finding.end) continue;
      if (markerStart > start) keep(text, { ...finding, start, end: markerStart }, clipped);
      start = Math.max(start, markerEnd);
    }
    if (start < finding.end) keep(text, { ...finding, start }, clipped);
  }
  return clipped;
}

function keep(text: string, piece: RankedFinding, out: RankedFinding[]): void {
  if (WORD.test(text.slice(piece.start, piece.end))) out.push(piece);
}
