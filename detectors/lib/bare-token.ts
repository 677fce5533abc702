import { defineDetector } from '../../src/engine/detector.js';
import { standaloneToken } from './patterns.js';
import { fake } from './sample.js';
import type { Detector, MatchContext } from '../../src/engine/detector.js';
import type { ValueShape } from './value-shape.js';

/**
 * What every factory of a standalone token (found bare, in free text) is told: `token` is the RE2 fragment of
 * the whole secret; it must not start or end inside a longer word, so the character before it is a token
 * boundary and the one after it is not one of `chars` (the characters the token may contain).
 */
export interface StandaloneTokenOptions {
  readonly id: string;
  readonly description: string;
  /** Distinctive literals (the prefix); or else a trigger (a literal, then classes). */
  readonly keywords?: readonly string[];
  readonly trigger?: string;
  readonly token: string;
  /** Body of a character class: every character the token may hold. */
  readonly chars?: string;
  /** Where the token is usually seen, with `{}` for the token. */
  readonly contexts: readonly string[];
  /** Look-alikes: too short or long, another charset, documented placeholders. */
  readonly negatives: readonly string[];
  readonly validate?: (secret: string, context: MatchContext) => boolean;
}

/**
 * A token whose shape is its own proof (a distinctive prefix, a fixed structure, an embedded checksum or JSON
 * header). `chars` defaults to letters, digits and `_`.
 */
export interface BareTokenOptions extends StandaloneTokenOptions {
  /** A fresh token from the format. */
  readonly make: (seed: string) => string;
  readonly priority?: number;
}

export function bareTokenDetector(options: BareTokenOptions): Detector {
  const chars = options.chars ?? '0-9A-Za-z_';
  const sample = (index: number | string): string => options.make(`${options.id}-${index}`);
  return defineDetector({
    id: options.id,
    description: options.description,
    category: 'secret',
    ...(options.keywords !== undefined ? { keywords: options.keywords } : {}),
    ...(options.trigger !== undefined ? { trigger: options.trigger } : {}),
    pattern: standaloneToken(options.token, chars),
    ...(options.validate !== undefined ? { validate: options.validate } : {}),
    ...(options.priority !== undefined ? { priority: options.priority } : {}),
    samples: {
      positive: [sample('bare'), `sent ${sample('sentence')} to the tool`, ...options.contexts.map((context, index) => context.replace('{}', sample(index)))],
      negative: ['${SECRET_VALUE}', ...options.negatives],
    },
  });
}

export interface PrefixedBareOptions {
  readonly id: string;
  /** What the token is: `Pulumi access token`. */
  readonly what: string;
  /** Every prefix the provider issues (`sq_`, `sqp_`); the first one is used in samples. Literal text. */
  readonly prefixes: readonly string[];
  readonly body: ValueShape;
  readonly contexts: readonly string[];
  readonly negatives?: readonly string[];
  /** Checks the body (after the prefix); default: the shape's randomness check. */
  readonly validate?: (body: string) => boolean;
  readonly priority?: number;
  /** Added to the description (what the prefix means, where a detail comes from). */
  readonly note?: string;
  /**
   * Replaces the prefixes as the prefilter's test when a prefix is also a common word part (`fc-` in `rfc-`,
   * `as-` in `alias-`): the literal, then the first characters of the body.
   */
  readonly trigger?: string;
}

const escape = (literal: string): string => literal.replace(/[.$*+?()[\]{}|^\\]/g, '\\$&');

/** A literal prefix (one of a few) and a body of one shape: found bare. Look-alikes are generated from the format. */
export function prefixedBareDetector(options: PrefixedBareOptions): Detector {
  const { body, prefixes } = options;
  const prefix = prefixes[0]!;
  const check = options.validate ?? body.valid;
  const long = (seed: string): string => prefix + fake(seed, (body.max ?? 0) + 6, body.alphabet);
  return bareTokenDetector({
    id: options.id,
    description: `${options.what}: ${prefixes.join(' or ')} + ${body.name}${options.note ? ` (${options.note})` : ''}`,
    ...(options.trigger !== undefined ? { trigger: options.trigger } : { keywords: prefixes }),
    token: `(?:${prefixes.map(escape).join('|')})${body.pattern}`,
    chars: `_${body.chars}`,
    make: (seed) => prefix + body.make(seed),
    contexts: options.contexts,
    validate: (secret) => {
      const used = prefixes.find((candidate) => secret.toLowerCase().startsWith(candidate.toLowerCase())) ?? prefix;
      return check(secret.slice(used.length));
    },
    negatives: [
      prefix + 'x'.repeat(body.max ?? 40),
      prefix + body.short(`${options.id}-short`),
      ...(body.max !== undefined ? [long(`${options.id}-long`)] : []),
      `${prefix}<your-token>`,
      `${prefix}...`,
      ...(options.negatives ?? []),
    ],
    ...(options.priority !== undefined ? { priority: options.priority } : {}),
  });
}
