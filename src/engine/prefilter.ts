import RE2 from 're2';
import { digitTriggerPattern } from './digit-trigger.js';
import type { Detector } from './detector.js';
import type { KeyAnchor } from './key-names.js';
import { BASE64_TRIGGER, LAYER_BASE64, LAYER_ESCAPE, LAYER_PERCENT, PERCENT_TRIGGER, escapeTrigger } from './layers/triggers.js';

/**
 * One linear pass that decides which detectors must run on a text: an `RE2.Set` holding, per detector, its
 * trigger pattern, or else its keywords and the exact shape of its digit trigger, plus one pattern for JSON keys that hold a sensitive
 * word. RE2 runs the whole set as one DFA over the UTF-8 bytes, so a clean text costs one native call
 * whatever the number of detectors.
 *
 * Contract: it never reports a false negative. A detector left out here cannot match the text; one reported
 * here may still find nothing. If RE2 cannot finish (its DFA runs out of memory), every detector is
 * reported: slower, never blind.
 */
export interface PrefilterResult {
  /** Indices (into the detector list) of detectors that must run. */
  readonly detectors: readonly number[];
  /** Keys of JSON members whose name holds a sensitive-word fragment. */
  readonly keys: readonly string[];
  /** Content layers worth decoding (`LAYER_BASE64 | LAYER_PERCENT | LAYER_ESCAPE`); 0 on most texts. */
  readonly layers: number;
}

type RE2Set = InstanceType<typeof RE2.Set>;

/**
 * Texts the `test` set flags are matched against two sets, the detectors known by keywords alone and every
 * other entry (shapes: counted runs, digit triggers, the JSON-key pattern, the layer gates). `match` reads a
 * whole text, random tokens and ids included, and in one set RE2 builds DFA states for the combinations of
 * keyword prefixes and counts those bytes meet, most of them new on every line: on lines with a finding
 * never seen before (after 300 others), one set measured 45-60 µs a line, the two 24-31 µs. Lines seen
 * before cost about 1 µs more in two sets (5 against 6 µs). The clean path (`test`) keeps one set, where a
 * second pass would cost every line.
 */
interface MatchGroup {
  readonly set: RE2Set;
  /** The entry index of each of the set's patterns. */
  readonly indices: readonly number[];
}

const SET_MEMORY = 64 * 1024 * 1024;
/** Match sets see only flagged texts; 16 MB measured no slower than 64 on fresh lines with a finding. */
const MATCH_SET_MEMORY = 16 * 1024 * 1024;
const NOTHING: PrefilterResult = { detectors: [], keys: [], layers: 0 };
const BASE64_ONLY: PrefilterResult = { detectors: [], keys: [], layers: LAYER_BASE64 };
const NEVER = '[^\\x00-\\x{10FFFF}]';
const ALL_LAYERS = LAYER_BASE64 | LAYER_PERCENT | LAYER_ESCAPE;

function escapeLiteral(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

/**
 * The tail of a JSON key that holds an anchor: the anchor, the rest of the key, `":`. Anchoring on the
 * fragment rather than on the key's opening quote keeps the DFA small (no key start to track inside every
 * string), and text followed by `":` without crossing a quote can only be a key.
 */
function sensitiveKeyPattern(anchors: readonly KeyAnchor[]): string {
  const parts = anchors.map(({ source, wholeWord }) =>
    // `prompt_tokens`, `tokenizer`: a lower-case letter right after a whole word makes it another word.
    wholeWord ? `(?i:${source})(?:[^a-z"\\\\][^"\\\\]*)?` : `(?i:${source})[^"\\\\]*`,
  );
  return `(?:${parts.join('|')})"\\s*:`;
}

/**
 * The set's patterns in its order: one per detector (its trigger, or its keywords and digit shape), the JSON-key
 * pattern, then the layer gates (see layers/triggers.ts). Exported for the leave-one-out measurement
 * (benchmarks/prefilter-leave-one-out.ts), which must measure exactly this set.
 */
export function prefilterPatterns(detectors: readonly Detector[], keyAnchors: readonly KeyAnchor[]): string[] {
  const patterns = detectors.map((detector) => {
    if (detector.trigger !== undefined) return detector.trigger;
    const alternatives = detector.keywords.map((keyword) => `(?i:${escapeLiteral(keyword)})`);
    if (detector.digits !== undefined) alternatives.push(digitTriggerPattern(detector.digits));
    return alternatives.join('|');
  });
  // With no anchors, a pattern that cannot match keeps the set's layout the same.
  const keyPattern = keyAnchors.length > 0 ? sensitiveKeyPattern(keyAnchors) : NEVER;
  return [...patterns, keyPattern, BASE64_TRIGGER, PERCENT_TRIGGER, escapeTrigger(keyAnchors)];
}

/** Names of prefilterPatterns' entries after the detectors' own, in order. */
export const PREFILTER_EXTRA_NAMES = ['json-key', 'layer:base64', 'layer:percent', 'layer:escape'] as const;

export class Prefilter {
  /** Every entry: answers `test`, whether a text needs more than the clean path. */
  readonly #set: RE2Set;
  /** The same entries but the base64 gate, in two sets (see MatchGroup): answer `match` on texts `#set` flagged. */
  readonly #matchGroups: readonly MatchGroup[];
  /** The base64 gate on its own: for the texts `#set` flagged, and for every text the gate-apart way. */
  readonly #base64: InstanceType<typeof RE2>;
  /** Every entry but the base64 gate, in one set: `test` for texts where the gate is tested apart (see scan). */
  #withoutGate: RE2Set | undefined;
  readonly #withoutGatePatterns: readonly string[];
  /** Whether texts other than span texts take the gate-apart way now (see #tally). */
  #apart = false;
  #gateOnlyShare = 0;
  readonly #keyIndex: number;
  readonly #hasKeys: boolean;
  readonly #all: readonly number[];

  /** `keyAnchors`: fragments of sensitive key names (see `sensitiveKeyAnchors`); empty when keys are not classified. */
  constructor(detectors: readonly Detector[], keyAnchors: readonly KeyAnchor[]) {
    this.#keyIndex = detectors.length;
    const patterns = prefilterPatterns(detectors, keyAnchors);
    this.#set = new RE2.Set(patterns, { maxMem: SET_MEMORY });
    const base64Slot = patterns.length - PREFILTER_EXTRA_NAMES.length + PREFILTER_EXTRA_NAMES.indexOf('layer:base64');
    const keywordsOnly = (index: number): boolean =>
      index < detectors.length && detectors[index]!.trigger === undefined && detectors[index]!.digits === undefined;
    const literal: number[] = [];
    const shaped: number[] = [];
    for (let index = 0; index < patterns.length; index++) {
      if (index !== base64Slot) (keywordsOnly(index) ? literal : shaped).push(index);
    }
    this.#matchGroups = [literal, shaped]
      .filter((indices) => indices.length > 0)
      .map((indices) => ({ set: new RE2.Set(indices.map((index) => patterns[index]!), { maxMem: MATCH_SET_MEMORY }), indices }));
    this.#base64 = new RE2(BASE64_TRIGGER, 'u');
    this.#withoutGatePatterns = patterns.map((pattern, index) => (index === base64Slot ? NEVER : pattern));
    this.#hasKeys = keyAnchors.length > 0;
    this.#all = detectors.map((_, index) => index);
  }

  /**
   * `bytes` is the UTF-8 encoding of the text; keys are returned decoded. Two ways to the same result:
   * - the whole set's `test`, then `match` only for flagged texts: cheapest where most texts are clean;
   * - `gateApart`: the other entries' `test` in one set without the base64 gate, and the gate tested on its
   *   own. Where random ids flag texts through the gate alone (model response and tool-call ids in log lines,
   *   call and session ids in spans), such a text then skips both `match` passes, and the whole set never
   *   counts through the ids: a fresh clean line with two such ids measured 75 µs the first way, 36 µs this
   *   way; a line without them pays about 1.1 µs more for the gate's own test.
   * Span texts always take the second way (`gateApart`); other texts take it while at least one in ten of the
   * recent ones was flagged by the gate alone (see #tally).
   */
  scan(bytes: Buffer, gateApart = false): PrefilterResult {
    let matched: number[];
    let layers = 0;
    try {
      if (gateApart || this.#apart) {
        if (!this.#testWithoutGate(bytes)) {
          const gateOnly = this.#base64.test(bytes as unknown as string);
          if (!gateApart) this.#tally(gateOnly);
          return gateOnly ? BASE64_ONLY : NOTHING;
        }
      } else if (!this.#set.test(bytes)) {
        // `test` first: on a clean text it measured about 200 ns (20%) cheaper than `match` for the same DFA
        // pass, and most texts are clean. A text with candidates pays for both, but `test` stops at its first match.
        this.#tally(false);
        return NOTHING;
      }
      // `match` must read the whole text, tokens included, and the base64 gate matches inside every random
      // token; while it counts, RE2 builds a new DFA state for nearly every byte. On lines with a finding
      // never seen before, `match` in one set took 297 µs a line with the gate and 105 µs without it
      // (instrumented, before the split into two sets); the gate alone, tested apart, stops at its first match.
      matched = this.#match(bytes);
      // Some entry matches; when no other does, it is the gate (random ids, mostly).
      if (matched.length === 0) {
        if (!gateApart) this.#tally(true);
        return BASE64_ONLY;
      }
      if (!gateApart) this.#tally(false);
      if (this.#base64.test(bytes as unknown as string)) layers = LAYER_BASE64;
    } catch {
      return { detectors: this.#all, keys: this.#keys(bytes), layers: ALL_LAYERS };
    }
    // Set indices come back in ascending order: layer gates, then the key pattern, sit at the end.
    while (matched.length > 0 && matched[matched.length - 1]! > this.#keyIndex) {
      layers |= 1 << (matched.pop()! - this.#keyIndex - 1);
    }
    if (matched.length === 0 || matched[matched.length - 1] !== this.#keyIndex) return { detectors: matched, keys: [], layers };
    matched.pop();
    return { detectors: matched, keys: this.#keys(bytes), layers };
  }

  /** Whether texts other than span texts take the gate-apart way now (for tests and diagnostics). */
  get testsGateApart(): boolean {
    return this.#apart;
  }

  /**
   * Follows the share of recent texts flagged by the base64 gate alone (an average that forgets with a weight
   * of 1/64 a text) and picks the way for the next text: the gate apart from one in ten, back to the whole
   * set under one in twenty (the gap keeps a share near the threshold from switching on every text).
   */
  #tally(gateOnly: boolean): void {
    this.#gateOnlyShare += ((gateOnly ? 1 : 0) - this.#gateOnlyShare) / 64;
    this.#apart = this.#apart ? this.#gateOnlyShare >= 0.05 : this.#gateOnlyShare >= 0.1;
  }

  #testWithoutGate(bytes: Buffer): boolean {
    // Built on first use: only span texts and the gate-apart way ask for it.
    this.#withoutGate ??= new RE2.Set(this.#withoutGatePatterns, { maxMem: SET_MEMORY });
    return this.#withoutGate.test(bytes);
  }

  /** Indices (into the whole entry list) of every entry but the base64 gate that matches, ascending. */
  #match(bytes: Buffer): number[] {
    const matched: number[] = [];
    for (const { set, indices } of this.#matchGroups) {
      for (const local of set.match(bytes)) matched.push(indices[local]!);
    }
    return this.#matchGroups.length > 1 ? matched.sort(ascending) : matched;
  }

  /**
   * Every key of the JSON text (the set only said that one holds an anchor): a quoted string followed by
   * optional whitespace and a colon. A false "key" (a value before a colon in broken JSON) only costs a lookup.
   */
  #keys(bytes: Buffer): string[] {
    if (!this.#hasKeys) return [];
    const text = bytes.toString('utf8');
    const keys: string[] = [];
    for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
      let close = colon - 1;
      while (close > 0 && isJsonSpace(text.charCodeAt(close))) close--;
      if (text.charCodeAt(close) !== 34) continue;
      const open = text.lastIndexOf('"', close - 1);
      // An escaped key (`\\"password\\":` inside a JSON string) ends in backslashes that are not part of it.
      let keyEnd = close;
      while (keyEnd > open + 1 && text.charCodeAt(keyEnd - 1) === 92) keyEnd--;
      if (open !== -1) keys.push(text.slice(open + 1, keyEnd));
    }
    return keys;
  }

}

function ascending(a: number, b: number): number {
  return a - b;
}

function isJsonSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
