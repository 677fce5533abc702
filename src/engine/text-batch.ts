import { looksLikeJson } from './layers/bounds.js';
import type { Finding } from './finding.js';

/**
 * The batched scan of many short strings (the name, attribute values and event names of one span) as a
 * single text.
 *
 * Each scan call has a fixed cost (a UTF-8 conversion and an RE2 call, about 1.5 µs), which for a span of 20
 * short attributes is 20 times what the text itself costs; one call over the strings joined by line breaks
 * costs about as much as one. Texts the joined scan finds nothing in are clean. Joining cannot hide a
 * finding: every detector must find its secret between neighbouring lines (the detector harness checks each
 * sample inside an `env dump`, one value per line), and known secrets match anywhere. Flagged strings are
 * then scrubbed one by one, so an artefact of the joining (a match across a line break) costs time, never
 * correctness: such a finding marks every string, and each is scrubbed on its own.
 *
 * Key names and escapes are judged on the joined text too: when it is not clean for them (a JSON key the
 * classifier calls sensitive, an escaped quote), every string that is JSON or holds a backslash is flagged,
 * since only its own scrub can tell which of them the key belongs to.
 */
export interface JoinedScan {
  readonly findings: readonly Finding[];
  /** Nothing found, no sensitive key, no escape the layers must read. */
  readonly clean: boolean;
}

/** Flags per text (1: scrub it on its own), or null when the joined scan found nothing. */
export function flagTexts(texts: readonly string[], scan: (joined: string) => JoinedScan): Uint8Array | null {
  const count = texts.length;
  if (count === 0) return null;
  const joined = count === 1 ? texts[0]! : texts.join('\n');
  const result = scan(joined);
  if (result.clean) return null;
  const dirty = new Uint8Array(count);
  const starts: number[] = [];
  let offset = 0;
  for (const text of texts) {
    starts.push(offset);
    offset += text.length + 1;
  }
  let index = 0;
  for (const finding of result.findings) {
    // Findings come sorted by offset, so the text index only moves forward.
    while (index + 1 < count && starts[index + 1]! <= finding.start) index++;
    let last = index;
    while (last + 1 < count && starts[last + 1]! <= finding.end - 1) last++;
    if (last !== index) return dirty.fill(1);
    dirty[index] = 1;
  }
  for (let i = 0; i < count; i++) {
    const text = texts[i]!;
    if (dirty[i] === 0 && (looksLikeJson(text) || text.includes('\\'))) dirty[i] = 1;
  }
  return dirty;
}
