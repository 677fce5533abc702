import { createHmac } from 'node:crypto';

/** What a mode is given to build one replacement. */
export interface ModeInput {
  readonly detector: string;
  /** The matched text. */
  readonly value: string;
  /** The policy's HMAC key, present when the policy has one. */
  readonly hashKey: Buffer | undefined;
}

/**
 * One redaction mode: how it replaces a finding and how its output is recognised afterwards. Everything
 * else (the `RedactionStrategy` type, option validation, the "already redacted" checks that keep a second
 * redaction from changing anything) is derived from this table, so a new mode is one entry here and cannot
 * be forgotten in one of those places.
 */
interface ModeEntry {
  /** The replacement text (empty for a mode that drops the field). */
  readonly replace: (input: ModeInput) => string;
  /**
   * Regex source matching a whole value this mode produced: such a value is never redacted again. Omitted
   * when the mode leaves nothing behind.
   */
  readonly marker?: string;
  /**
   * This mode's output as it appears inside a longer text, where it is opaque to later scans
   * (src/engine/markers.ts): a literal every occurrence starts with (a cheap test) and its regex source.
   * Omitted when the output cannot be told from ordinary text there (`********` in prose).
   */
  readonly inText?: { readonly prefix: string; readonly pattern: string };
  /** The mode needs `redaction.hashKey`. */
  readonly needsHashKey?: boolean;
  /** In structured input the whole field is dropped. */
  readonly removesField?: boolean;
}

/** `[REDACTED:<detector-id>]`, with more `:`-separated parts for `hash` and the engine's own markers. */
const PLACEHOLDER = String.raw`\[REDACTED(?::[a-z0-9-]+)*\]`;
const PLACEHOLDER_IN_TEXT = { prefix: '[REDACTED', pattern: PLACEHOLDER };
const placeholder = (detector: string): string => `[REDACTED:${detector}]`;

export const REDACTION_MODES = {
  /** `[REDACTED:<detector-id>]` (the default). */
  placeholder: { replace: ({ detector }) => placeholder(detector), marker: PLACEHOLDER, inText: PLACEHOLDER_IN_TEXT },
  /** `********`: fixed width, so the length of the secret is not revealed. Any run of 4+ stars counts as masked. */
  mask: { replace: () => '********', marker: String.raw`\*{4,}` },
  /** `[REDACTED:<detector-id>:<12 hex of HMAC-SHA-256>]`: the same secret always gives the same token. */
  hash: {
    replace: ({ detector, value, hashKey }) =>
      // Checked at construction; a missing key here would be an engine bug, so fail closed.
      hashKey === undefined ? placeholder(detector) : `[REDACTED:${detector}:${createHmac('sha256', hashKey).update(value, 'utf8').digest('hex').slice(0, 12)}]`,
    marker: PLACEHOLDER,
    inText: PLACEHOLDER_IN_TEXT,
    needsHashKey: true,
  },
  /** `****` and the last 4 characters, only for values of 12+ characters (else the placeholder). */
  partial: {
    // Showing the last 4 is only safe when they are a small part of the value.
    replace: ({ detector, value }) => (value.length >= 12 ? `****${value.slice(-4)}` : placeholder(detector)),
    marker: String.raw`\*{4,}[^*\s]{1,4}`,
  },
  /** Drops the field in structured input, the text in free text. */
  remove: { replace: () => '', removesField: true },
} as const satisfies Record<string, ModeEntry>;

export type RedactionModeName = keyof typeof REDACTION_MODES;

export const REDACTION_MODE_NAMES = Object.keys(REDACTION_MODES) as RedactionModeName[];

export function isRedactionMode(name: unknown): name is RedactionModeName {
  return typeof name === 'string' && Object.hasOwn(REDACTION_MODES, name);
}

/** The table entry of a mode, typed as the general entry (so optional flags read as `undefined`). */
export function redactionMode(name: RedactionModeName): ModeEntry {
  return REDACTION_MODES[name];
}

/** Markers of the structured walk that are not a mode's output: a back-reference. */
const WALK_MARKERS = [String.raw`\[Circular\]`];

const unique = (sources: readonly string[]): string[] => [...new Set(sources)];

const entries = REDACTION_MODE_NAMES.map(redactionMode);

/** A whole value that is already the output of a redaction: redacting it again must change nothing. */
export const WHOLE_VALUE_MARKER = new RegExp(
  `^(?:${unique([...entries.flatMap((entry) => (entry.marker === undefined ? [] : [entry.marker])), ...WALK_MARKERS]).join('|')})$`,
);

/**
 * logveil/llm's tokenize placeholders (`⟦EMAIL_1⟧`: letters and underscores, then a number; no secret has that
 * shape). Not a mode of this table, since only that door restores them, but opaque to every scan all the same:
 * a rescan must not let `generic-credential` take `token ⟦GITHUB_PAT_1⟧` for a credential.
 */
const PLACEHOLDER_MARKER = { prefix: '\u27e6', pattern: String.raw`\u27e6[A-Z]+(?:_[A-Z]+)*_[1-9][0-9]{0,5}\u27e7` };

const inText = [...entries.flatMap((entry) => (entry.inText === undefined ? [] : [entry.inText])), PLACEHOLDER_MARKER];

/** Literals every in-text marker starts with: a text holding none of them has no marker to respect. */
export const IN_TEXT_MARKER_PREFIXES: readonly string[] = unique(inText.map((marker) => marker.prefix));

/** Mode outputs that are opaque inside a text (global: callers reset `lastIndex`). */
export const IN_TEXT_MARKER = new RegExp(unique(inText.map((marker) => marker.pattern)).join('|'), 'g');
