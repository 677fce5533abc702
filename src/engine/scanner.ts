import { resolveOverlaps } from './finding.js';
import { clipToUnmarked } from './markers.js';
import { shannonEntropy } from './entropy.js';
import { Prefilter } from './prefilter.js';
import RE2 from 're2';
import { execBytes, testBytes } from './re2-compile.js';
import { SecretSpans } from './secret-spans.js';
import { Utf8Scratch, charOffset } from './utf8.js';
import type { Detector, MatchContext } from './detector.js';
import type { Finding, RankedFinding } from './finding.js';
import type { KeyAnchor } from './key-names.js';
import type { KnownSecrets } from './known-secrets.js';
import type { ByteMatch, PlainMatch, RE2Instance } from './re2-compile.js';

export const KNOWN_SECRET_DETECTOR = 'known-secret';
/**
 * A rejected match (validator, entropy) may have swallowed a real one behind it, in what it took for the
 * value (`secret-1 genericToken := <value>`), so the search resumes where the rejected match's secret began
 * (or one byte after its start), not after its end. Each retry rescans the rest of the text, so they are
 * bounded per detector and text: past the bound, the search resumes after the rejected match, and hostile
 * input stays linear. Resuming at the secret rather than one byte on ends a chain such as `client_secret=`
 * followed by an earlier marker in one step (an OAuth form body line: 105 → 71 µs, with a 748-character
 * pattern whose submatch extraction costs ~5 µs a call).
 */
const RETRIES_AFTER_REJECTION = 16;
const KNOWN_SECRET_PRIORITY = 100;

export interface ScanResult {
  readonly findings: Finding[];
  /** JSON keys in the text that the key classifier may call sensitive. */
  readonly keys: readonly string[];
  /** How many detectors the prefilter sent to confirmation (0: nothing in the text resembles a secret). */
  readonly candidates: number;
  /** Content layers the prefilter says are worth decoding (see layers/triggers.ts). */
  readonly layers: number;
}

/**
 * Confirms the prefilter's candidates: each candidate detector's RE2 pattern runs over the text's UTF-8
 * bytes, then its entropy floor and validator; known secrets are matched by fingerprint; overlaps are settled
 * by priority. A validator that throws is reported through `onDetectorError` and its candidate counts as a
 * match: the validator exists to let harmless look-alikes through, so when it cannot judge, the text is
 * redacted (fail closed).
 */
export class Scanner {
  readonly detectors: readonly Detector[];
  readonly #prefilter: Prefilter;
  readonly #knownSecrets: KnownSecrets | undefined;
  readonly #onDetectorError: (detector: string, error: unknown) => void;
  readonly #scratch = new Utf8Scratch();
  readonly #plain: (RE2Instance | undefined)[] = [];
  readonly #spans: (SecretSpans | null | undefined)[] = [];

  constructor(
    detectors: readonly Detector[],
    knownSecrets: KnownSecrets | undefined,
    keyAnchors: readonly KeyAnchor[],
    onDetectorError: (detector: string, error: unknown) => void = () => {},
  ) {
    this.detectors = detectors;
    this.#prefilter = new Prefilter(detectors, keyAnchors);
    this.#knownSecrets = knownSecrets;
    this.#onDetectorError = onDetectorError;
  }

  /** `gateApart`: see Prefilter.scan. */
  scan(text: string, gateApart = false): ScanResult {
    const found: RankedFinding[] = [];
    const { bytes, ascii, release } = this.#scratch.encode(text);
    let candidates;
    try {
      candidates = this.#prefilter.scan(bytes, gateApart);
      for (const index of candidates.detectors) this.#confirm(index, text, bytes, ascii, found);
      if (this.#knownSecrets !== undefined && this.#knownSecrets.size > 0) {
        for (const match of this.#knownSecrets.scanBytes(bytes)) {
          const start = ascii ? match.start : charOffset(bytes, match.start);
          const end = ascii ? match.end : start + bytes.toString('utf8', match.start, match.end).length;
          found.push({ detector: KNOWN_SECRET_DETECTOR, category: 'secret', start, end, priority: KNOWN_SECRET_PRIORITY });
        }
      }
    } finally {
      release();
    }
    return { findings: resolveOverlaps(clipToUnmarked(text, found)), keys: candidates.keys, candidates: candidates.detectors.length, layers: candidates.layers };
  }

  #confirm(index: number, text: string, bytes: Buffer, ascii: boolean, out: RankedFinding[]): void {
    const detector = this.detectors[index]!;
    const regex = this.#unindexed(index);
    const spans = this.#secretSpans(index);
    regex.lastIndex = 0;
    let retries = RETRIES_AFTER_REJECTION;
    for (let hit = nextHit(detector, regex, spans, bytes); hit !== null; hit = nextHit(detector, regex, spans, bytes)) {
      if (hit.end === hit.start) {
        regex.lastIndex = hit.start + 1;
        continue;
      }
      const span = hit.span;
      const found = span === undefined ? undefined : this.#accept(detector, text, bytes, ascii, span, hit.context);
      if (found !== undefined) {
        out.push(found);
        // The character a token's pattern consumes after it, to know the token ended (RE2 has no lookahead),
        // may be the one that starts the next token (`AIza…,AIza…`): resume at the end of the secret.
        const end = span![1];
        if (end > hit.start && end < regex.lastIndex) regex.lastIndex = end;
      } else if (retries-- > 0) regex.lastIndex = Math.max(hit.start + 1, span?.[0] ?? 0);
    }
  }

  /** The detector's secret-span finder (see secret-spans.ts), made on first use; null when its pattern has none. */
  #secretSpans(index: number): SecretSpans | null {
    let spans = this.#spans[index];
    if (spans === undefined) {
      spans = SecretSpans.of(this.detectors[index]!) ?? null;
      this.#spans[index] = spans;
    }
    return spans;
  }

  /**
   * The detector's regex without the `d` flag, compiled on first use. Offsets of every group (`d`) cost about
   * 1.6 µs per match in node-re2's result objects, more than the search itself on a log line; the secret's
   * offset is found in the match instead (see secretSpan).
   */
  #unindexed(index: number): RE2Instance {
    let regex = this.#plain[index];
    if (regex === undefined) {
      const indexed = this.detectors[index]!.regex;
      regex = indexed.hasIndices ? new RE2(indexed.source, indexed.flags.replace('d', '')) : indexed;
      this.#plain[index] = regex;
    }
    return regex;
  }

  /** The finding a match makes, or undefined when its span is empty or its entropy or validator rejects it. */
  #accept(detector: Detector, text: string, bytes: Buffer, ascii: boolean, span: readonly [number, number], context: MatchContext): RankedFinding | undefined {
    if (span[0] === span[1]) return undefined;
    const start = ascii ? span[0] : charOffset(bytes, span[0]);
    const end = ascii ? span[1] : start + bytes.toString('utf8', span[0], span[1]).length;
    const secret = text.slice(start, end);
    if (detector.entropy !== undefined && shannonEntropy(secret) < detector.entropy) return undefined;
    if (detector.validate !== undefined && !this.#validate(detector, secret, context)) return undefined;
    return { detector: detector.id, category: detector.category, start, end, priority: detector.priority };
  }

  #validate(detector: Detector, secret: string, context: MatchContext): boolean {
    try {
      return detector.validate!(secret, context) === true;
    } catch (error) {
      this.#onDetectorError(detector.id, error);
      return true;
    }
  }
}

/** One match of a detector's pattern: byte offsets of the match and of its secret (undefined: no secret). */
interface Hit {
  readonly start: number;
  readonly end: number;
  readonly span: readonly [number, number] | undefined;
  readonly context: MatchContext;
}

/**
 * The next match of `regex` from its `lastIndex`, which it leaves at the match's end (0 when there is none).
 * With `spans` (a top-level secret group) the match and its secret come from DFA-only calls (see
 * secret-spans.ts); other patterns' matches, and one whose start or secret `spans` cannot place, from `exec`.
 */
function nextHit(detector: Detector, regex: RE2Instance, spans: SecretSpans | null, bytes: Buffer): Hit | null {
  const from = regex.lastIndex;
  if (spans !== null) {
    if (!testBytes(regex, bytes)) return null;
    const end = regex.lastIndex;
    const start = spans.start(regex, bytes, from);
    if (start !== undefined) {
      const span = start === end ? undefined : spans.locate(bytes, start, end);
      if (span !== undefined && spans.groupsKnown) return { start, end, span, context: new LazyContext(() => spans.groups(bytes, start, end, span)) };
      if (start === end || span !== undefined) return { start, end, span, context: new LazyContext(() => decodeGroups(execFrom(regex, bytes, start))) };
    }
    regex.lastIndex = from;
  }
  const match = execBytes(regex, bytes);
  if (match === null) return null;
  const whole = match[0];
  const start = match.index;
  const span = whole === undefined || whole.length === 0 ? undefined : secretSpan(detector, bytes, match);
  return { start, end: whole === undefined ? start : start + whole.length, span, context: new LazyContext(() => decodeGroups(match)) };
}

/** The match of `regex` that starts at `start`, for a validator that reads groups; `lastIndex` is kept. */
function execFrom(regex: RE2Instance, bytes: Buffer, start: number): PlainMatch | null {
  const kept = regex.lastIndex;
  regex.lastIndex = start;
  const match = execBytes(regex, bytes);
  regex.lastIndex = kept;
  return match;
}

/** A match's groups as strings (undefined for a group that took no part), as validators read them. */
function decodeGroups(match: PlainMatch | null): (string | undefined)[] {
  const groups: (string | undefined)[] = [];
  for (let i = 0; i < (match?.length ?? 0); i++) groups.push(match![i]?.toString('utf8'));
  return groups;
}

/**
 * A validator's view of its match, found and decoded on first read: most validators look at the secret
 * alone, and decoding every group of every confirmed match was a tenth of a line with a finding. `find` gives
 * the groups from the spans when they are known (see SecretSpans.groupsKnown), else from `exec`.
 */
class LazyContext implements MatchContext {
  readonly #find: () => (string | undefined)[];
  #groups: (string | undefined)[] | undefined;

  constructor(find: () => (string | undefined)[]) {
    this.#find = find;
  }

  get groups(): readonly (string | undefined)[] {
    this.#groups ??= this.#find();
    return this.#groups;
  }

  get match(): string {
    return this.groups[0] ?? '';
  }
}

/**
 * Byte offsets of the secret group of a match found without `d`: the whole match for group 0, else where the
 * group's bytes sit in the match. When they occur there more than once (a short group), the detector's own
 * regex (with `d`) is run again from the match's start, which finds the same leftmost match, and says.
 * Undefined when the group took no part in the match.
 */
function secretSpan(detector: Detector, bytes: Buffer, match: PlainMatch): readonly [number, number] | undefined {
  const group = detector.secretGroup;
  const secret = match[group];
  if (secret === undefined) return undefined;
  if (group === 0) return [match.index, match.index + secret.length];
  const whole = match[0]!;
  const at = whole.indexOf(secret);
  if (at !== -1 && secret.length > 0 && whole.indexOf(secret, at + 1) === -1) return [match.index + at, match.index + at + secret.length];
  const indexed = indexedRegex(detector);
  indexed.lastIndex = match.index;
  const again = execBytes(indexed, bytes) as ByteMatch | null;
  return again === null ? undefined : again.indices[group];
}

const INDEXED = new WeakMap<Detector, RE2Instance>();

/** The detector's regex with `d`. A custom detector may bring one compiled without: that copy is made once. */
function indexedRegex(detector: Detector): RE2Instance {
  if (detector.regex.hasIndices) return detector.regex;
  let regex = INDEXED.get(detector);
  if (regex === undefined) {
    regex = new RE2(detector.regex.source, `${detector.regex.flags}d`);
    INDEXED.set(detector, regex);
  }
  return regex;
}
