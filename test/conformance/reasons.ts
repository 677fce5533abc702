import type { Area } from './cases/index.js';

/** The fix a failing pair waits for, by the area of its case (the wording `pending.ts` is generated with). */
export const AREA_REASONS: Record<Area, string> = {
  url: 'issue 11 item 1: URL userinfo and query parameters in the engine, for any text',
  'embedded-json': 'issue 11 item 1: strings holding JSON walked as structure, for any door',
  encoding: 'issue 11 item 1: decode-and-rescan (base64, percent-encoding, \\u and double escaping)',
  multiline: 'issue 11 item 2: multi-line blocks scanned whole by line-oriented doors',
  'free-text': 'issue 11 item 3: free-text credentials (whole value, short passwords after a key, typos)',
  'known-secrets': 'issue 11 item 4: known secrets in every form (lower-case %xx, double escaping, base64 edges)',
  structured: 'issue 11 "silent drops and slips": the structured walk agrees with the line walk',
  detector: 'a catalog detector misses this agent-log shape through this door (detectors/ or the door)',
  clean: 'false positive: a clean look-alike is changed or reported',
};

export const SCAN_ORDER_REASON = 'issue 11 "silent drops and slips": scan reports key-based findings at column 1 and out of order';

/** Doors that take text as text: a JSON line reaches their structured rules only once embedded JSON is walked. */
const TEXT_DOORS = new Set(['redactString', 'redactValue']);

/** The reason a newly failing pair is listed with (a reason already in pending.ts is kept). */
export function reasonFor(testCase: { readonly area: Area; readonly shape: string }, runner: string, problems: readonly string[]): string {
  if (runner === 'cli-scan' && problems.every((problem) => problem.startsWith('findings out of order'))) return SCAN_ORDER_REASON;
  if (testCase.shape === 'json-line' && TEXT_DOORS.has(runner) && testCase.area !== 'clean') return AREA_REASONS['embedded-json'];
  return AREA_REASONS[testCase.area];
}
