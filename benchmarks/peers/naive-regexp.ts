import { builtinDetectors } from '../../detectors/index.js';
import { shannonEntropy } from '../../src/engine/entropy.js';
import { literal } from './types.js';
import type { Detector } from '../../src/engine/detector.js';
import type { PeerAdapter, PeerOptions } from './types.js';

/**
 * The naive baseline: logveil's own default detectors, each pattern converted to a JavaScript RegExp and run one
 * after the other over the whole line (no prefilter, no JSON walk, no key-name classifier), with each detector's
 * entropy floor and validator applied to its matches, plus the registered secrets as literal patterns. It shows
 * what the engine's design (one prefilter pass, RE2, the structured walk) adds over the same patterns used plainly.
 */
export interface ConvertedDetector {
  readonly detector: Detector;
  readonly regex: RegExp;
}

/**
 * RE2 syntax → JavaScript: `(?P<name>` becomes `(?<name>`, and a case-insensitive group `(?i:...)` (which V8 in
 * Node 20 lacks) has each letter outside a class spelled `[aA]` and each letter or letter range inside a class given
 * its other case. Returns undefined for a pattern JavaScript still rejects (none in the catalog today).
 */
export function toJsRegExp(pattern: string): RegExp | undefined {
  let out = '';
  /** For each open group: whether it is case-insensitive. */
  const groups: boolean[] = [];
  let insensitive = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\') {
      out += pattern.slice(i, i + 2);
      i++;
      continue;
    }
    if (char === '[') {
      const end = classEnd(pattern, i);
      const body = pattern.slice(i, end + 1);
      out += insensitive > 0 ? caseFoldClass(body) : body;
      i = end;
      continue;
    }
    if (char === '(') {
      if (pattern.startsWith('(?i:', i)) {
        groups.push(true);
        insensitive++;
        out += '(?:';
        i += 3;
        continue;
      }
      if (pattern.startsWith('(?P<', i)) {
        groups.push(false);
        out += '(?<';
        i += 3;
        continue;
      }
      groups.push(false);
      out += char;
      continue;
    }
    if (char === ')') {
      if (groups.pop() === true) insensitive--;
      out += char;
      continue;
    }
    if (insensitive > 0 && /[A-Za-z]/.test(char)) {
      out += `[${char.toLowerCase()}${char.toUpperCase()}]`;
      continue;
    }
    out += char;
  }
  for (const flags of ['gdu', 'gd']) {
    try {
      return new RegExp(out, flags);
    } catch {
      // not valid in this mode: try the next
    }
  }
  return undefined;
}

/** Index of the `]` that closes the class opened at `start`. */
function classEnd(pattern: string, start: number): number {
  let i = start + 1;
  if (pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  for (; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']') return i;
  }
  return pattern.length - 1;
}

/** `[a-z_-]` → `[a-z_A-Z-]`: every letter and letter range also in its other case. */
function caseFoldClass(body: string): string {
  const inner = body.slice(1, -1);
  const negated = inner.startsWith('^');
  const items = negated ? inner.slice(1) : inner;
  let extra = '';
  for (let i = 0; i < items.length; i++) {
    if (items[i] === '\\') {
      i++;
      continue;
    }
    const from = items[i]!;
    if (items[i + 1] === '-' && i + 2 < items.length && items[i + 2] !== '\\') {
      const to = items[i + 2]!;
      if (/[a-z]/.test(from) && /[a-z]/.test(to)) extra += `${from.toUpperCase()}-${to.toUpperCase()}`;
      else if (/[A-Z]/.test(from) && /[A-Z]/.test(to)) extra += `${from.toLowerCase()}-${to.toLowerCase()}`;
      i += 2;
      continue;
    }
    if (/[a-z]/.test(from)) extra += from.toUpperCase();
    else if (/[A-Z]/.test(from)) extra += from.toLowerCase();
  }
  // A `-` that ends the class is a literal: keep it last, after the added ranges, or it would start a range.
  const trailingDash = items.endsWith('-') && !items.endsWith('\\-');
  const folded = trailingDash ? `${items.slice(0, -1)}${extra}-` : `${items}${extra}`;
  return `[${negated ? '^' : ''}${folded}]`;
}

export function convertDetectors(detectors: readonly Detector[]): { converted: ConvertedDetector[]; rejected: string[] } {
  const converted: ConvertedDetector[] = [];
  const rejected: string[] = [];
  for (const detector of detectors) {
    const regex = toJsRegExp(detector.pattern);
    if (regex === undefined) rejected.push(detector.id);
    else converted.push({ detector, regex });
  }
  return { converted, rejected };
}

/** Spans [start, end) that the detector accepts in `text`: the `secret` group (or whole match), entropy, validator. */
function spans(entry: ConvertedDetector, text: string, out: [number, number][]): void {
  const { detector, regex } = entry;
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    if (match[0] === '') {
      regex.lastIndex++;
      continue;
    }
    const span = match.indices?.[detector.secretGroup];
    const accepted = span !== undefined && span[0] < span[1] && accept(detector, text.slice(span[0], span[1]), match);
    if (accepted) out.push([span[0], span[1]]);
    // A rejected match may hide a real one behind it: retry where its secret began (at least one position
    // later), as the engine's scanner does.
    else regex.lastIndex = Math.max(match.index + 1, span?.[0] ?? 0);
  }
}

function accept(detector: Detector, secret: string, match: RegExpExecArray): boolean {
  if (detector.entropy !== undefined && shannonEntropy(secret) < detector.entropy) return false;
  if (detector.validate === undefined) return true;
  try {
    return detector.validate(secret, { match: match[0], groups: [...match] }) === true;
  } catch {
    return true;
  }
}

export function naiveRegExp({ knownSecrets }: PeerOptions, detectors: readonly Detector[] = builtinDetectors.filter((d) => d.optIn !== true)): PeerAdapter & { readonly rejected: readonly string[] } {
  const { converted, rejected } = convertDetectors(detectors);
  const known = knownSecrets.map((secret) => literal(secret));
  return {
    name: 'naive: same patterns, JS RegExp one by one',
    package: `logveil's ${converted.length} default detectors`,
    configuration: `${converted.length} patterns converted to JS RegExp (${rejected.length} rejected), each run over the whole line with its entropy floor and validator; known secrets as literal patterns; no prefilter`,
    takesKnownSecrets: true,
    rejected,
    redactLine(line) {
      const found: [number, number][] = [];
      for (const entry of converted) spans(entry, line, found);
      for (const regex of known) {
        regex.lastIndex = 0;
        for (const match of line.matchAll(regex)) found.push([match.index, match.index + match[0].length]);
      }
      if (found.length === 0) return line;
      found.sort((a, b) => a[0] - b[0]);
      let out = '';
      let at = 0;
      for (const [start, end] of found) {
        if (end <= at) continue;
        out += `${line.slice(at, Math.max(at, start))}[REDACTED]`;
        at = end;
      }
      return out + line.slice(at);
    },
  };
}
