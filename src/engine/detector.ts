import { compilePattern } from './re2-compile.js';
import { ErrorCodes, LogveilError } from './errors.js';
import type { RE2Instance } from './re2-compile.js';
import type { RedactionStrategy } from './redaction-types.js';

export type Category = 'secret' | 'pii';

/**
 * A keywordless detector (numbers such as cards and phones) declares the digit run every match contains, so
 * that the shared prefilter can still decide in its single pass whether the detector needs to run.
 */
export interface DigitTrigger {
  /** Every match contains a run of at least this many digits, with one or two separators (`space - . ( ) /`) between digits. */
  readonly min: number;
  /** Every match's run holds a separator or starts with `+`: bare digit runs (epoch times, ids) never match. */
  readonly separated?: boolean;
  /** Allowed first digits of an unseparated run (`'23456'` for card issuers); separated runs always pass. */
  readonly leading?: string;
}

/** What a detector's validator is given: the text that will be redacted and the full regex match. */
export interface MatchContext {
  /** The whole regex match. */
  readonly match: string;
  /** The capture groups of the match, in order (index 1 is the first group). */
  readonly groups: readonly (string | undefined)[];
}

export interface DetectorSamples {
  /** Texts that must be found. Each must contain one of the keywords (or satisfy the digit trigger). */
  readonly positive: readonly string[];
  /** Look-alikes that must be left alone. */
  readonly negative: readonly string[];
}

/**
 * A detector whose match can span lines (a PEM block) says how such a block opens and closes, so that a
 * line-oriented door (the CLI, any stream read line by line) can hold the lines of an open block in a bounded
 * window and scan them as one text. Each is an RE2 pattern applied to one line.
 */
export interface MultilineBlock {
  /**
   * Found on the line that opens a block (`-----BEGIN RSA PRIVATE KEY-----`). Like every match, that line holds
   * one of the detector's keywords, which a door may test first.
   */
  readonly begin: string;
  /** Found on the line that closes it (`-----END RSA PRIVATE KEY-----`); a line holding both opens nothing. */
  readonly end: string;
  /**
   * What a line of the body looks like. Past the window's bound the block is scanned as it is, and the
   * following lines that match this (they may hold key material) are withheld until `end` or another line.
   * Without it, past the bound the block is scanned as it is and later lines are read one by one.
   */
  readonly body?: string;
}

export interface DetectorDefinition {
  /** kebab-case, stable, never reused. */
  readonly id: string;
  readonly description: string;
  readonly category: Category;
  /**
   * Literals, matched case-insensitively by the shared prefilter. Contract: every match of `pattern` contains
   * at least one of them. A detector without keywords must declare `digits`.
   */
  readonly keywords?: readonly string[];
  readonly digits?: DigitTrigger;
  /**
   * An RE2 pattern that every match of `pattern` also matches, used by the prefilter instead of `keywords`
   * and `digits` when those occur too often in clean logs (`://` is in every URL; a URL with credentials
   * has `://user:pass@`). It joins the shared prefilter pass, so keep it simple: literals and classes.
   */
  readonly trigger?: string;
  /** Set when a match can span lines: how a block opens and closes (see MultilineBlock). */
  readonly multiline?: MultilineBlock;
  /** RE2 syntax. The named group `secret`, when present, is what gets redacted; otherwise the whole match. */
  readonly pattern: string;
  /** Minimum Shannon entropy of the redacted text, in bits per UTF-16 code unit. */
  readonly entropy?: number;
  /** Checksum or shape check on the text that would be redacted. Must not throw; a throw counts as no match. */
  readonly validate?: (secret: string, context: MatchContext) => boolean;
  /** Overrides the redactor's policy for this detector. */
  readonly redaction?: RedactionStrategy;
  /** On overlapping findings the higher priority wins; specific formats 50 (default), generic context 10. */
  readonly priority?: number;
  /** Named presets the detector belongs to besides its category (`secrets` or `pii`), e.g. `network`. */
  readonly presets?: readonly string[];
  /** Off unless enabled by id or preset (for noisy or operator-facing data such as IP addresses). */
  readonly optIn?: boolean;
  readonly samples: DetectorSamples;
}

/** A definition that passed validation, with its regex compiled once. */
export interface Detector extends DetectorDefinition {
  readonly priority: number;
  readonly keywords: readonly string[];
  readonly regex: RE2Instance;
  /** Index of the capture group that holds the secret, or 0 for the whole match. */
  readonly secretGroup: number;
}

const ID_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(id: string, problem: string): never {
  throw new LogveilError(ErrorCodes.BAD_DETECTOR, `detector "${id}": ${problem}`);
}

function checkStringList(id: string, name: string, value: unknown): readonly string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    fail(id, `${name} must be an array of strings`);
  }
  return value as string[];
}

/**
 * Validates a detector definition and compiles its pattern with RE2. Throws a LogveilError naming the detector
 * and the problem (for a pattern RE2 cannot run, the construct: backreference, lookahead, lookbehind).
 */
export function defineDetector(definition: DetectorDefinition): Detector {
  const raw = definition as unknown as Record<string, unknown> | null;
  if (raw === null || typeof raw !== 'object') {
    throw new LogveilError(ErrorCodes.BAD_DETECTOR, 'a detector definition must be an object');
  }
  const id = typeof raw.id === 'string' ? raw.id : '';
  if (!ID_SHAPE.test(id)) {
    throw new LogveilError(
      ErrorCodes.BAD_DETECTOR,
      `detector id ${JSON.stringify(String(raw.id ?? '')).slice(0, 80)} must be kebab-case (a-z, 0-9, single dashes)`,
    );
  }
  if (typeof raw.description !== 'string' || raw.description.trim() === '') fail(id, 'description is required');
  if (raw.category !== 'secret' && raw.category !== 'pii') fail(id, 'category must be "secret" or "pii"');
  if (typeof raw.pattern !== 'string' || raw.pattern === '') fail(id, 'pattern must be a non-empty string');
  const keywords = checkStringList(id, 'keywords', raw.keywords);
  if (keywords.some((keyword) => keyword.length < 2)) fail(id, 'every keyword needs at least 2 characters');
  const digits = raw.digits as DigitTrigger | undefined;
  if (digits !== undefined && !(Number.isInteger(digits.min) && digits.min >= 2)) {
    fail(id, 'digits.min must be an integer of at least 2');
  }
  if (raw.trigger !== undefined && (typeof raw.trigger !== 'string' || raw.trigger === '')) fail(id, 'trigger must be a non-empty RE2 pattern');
  if (keywords.length === 0 && digits === undefined && raw.trigger === undefined) {
    fail(id, 'declare keywords, a digits trigger or a trigger pattern, so the prefilter can tell when the detector must run');
  }
  const multiline = raw.multiline as Record<string, unknown> | undefined;
  if (multiline !== undefined) {
    if (multiline === null || typeof multiline !== 'object') fail(id, 'multiline must be an object { begin, end, body? }');
    for (const name of ['begin', 'end', 'body']) {
      const value = multiline[name];
      if (value === undefined && name === 'body') continue;
      if (typeof value !== 'string' || value === '') fail(id, `multiline.${name} must be a non-empty RE2 pattern`);
      compilePattern(id, value);
    }
  }
  if (raw.entropy !== undefined && !(typeof raw.entropy === 'number' && raw.entropy >= 0 && raw.entropy <= 16)) {
    fail(id, 'entropy must be a number of bits per character between 0 and 16');
  }
  if (raw.validate !== undefined && typeof raw.validate !== 'function') fail(id, 'validate must be a function');
  if (raw.priority !== undefined && !Number.isFinite(raw.priority)) fail(id, 'priority must be a number');
  checkStringList(id, 'presets', raw.presets);
  const samples = raw.samples as Record<string, unknown> | undefined;
  if (samples === undefined || typeof samples !== 'object' || samples === null) {
    fail(id, 'samples { positive, negative } are required');
  }
  const positive = checkStringList(id, 'samples.positive', samples.positive);
  checkStringList(id, 'samples.negative', samples.negative);
  if (positive.length === 0 || !Array.isArray(samples.negative)) {
    fail(id, 'samples need at least one positive and a negative list');
  }

  const regex = compilePattern(id, definition.pattern);
  if (definition.trigger !== undefined) compilePattern(id, definition.trigger);
  const secretGroup = secretGroupIndex(definition.pattern);
  return {
    ...definition,
    keywords: keywords.map((keyword) => keyword.toLowerCase()),
    priority: definition.priority ?? 50,
    regex,
    secretGroup,
  };
}

/**
 * Position of the `secret` named group among all capturing groups. RE2 numbers groups by their opening
 * parenthesis, so counting the capturing openings before the named one gives its index.
 */
function secretGroupIndex(pattern: string): number {
  let index = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (char === '[') {
      // Skip a character class: parentheses inside it are literals.
      i++;
      if (pattern[i] === '^') i++;
      if (pattern[i] === ']') i++;
      while (i < pattern.length && pattern[i] !== ']') {
        if (pattern[i] === '\\') i++;
        i++;
      }
      continue;
    }
    if (char !== '(') continue;
    if (pattern[i + 1] !== '?') {
      index++;
      continue;
    }
    if (pattern.startsWith('(?P<', i) || (pattern.startsWith('(?<', i) && !/^\(\?<[=!]/.test(pattern.slice(i, i + 4)))) {
      index++;
      const nameStart = pattern.indexOf('<', i) + 1;
      const name = pattern.slice(nameStart, pattern.indexOf('>', nameStart));
      if (name === 'secret') return index;
    }
  }
  return 0;
}
