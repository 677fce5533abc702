import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from './checks.js';
import { TOKEN_START } from './patterns.js';
import { ALNUM, HEX, fake } from './sample.js';
import type { Detector } from '../../src/engine/detector.js';

/**
 * The most common token format: a fixed prefix and a body of fixed length over one alphabet (`dop_v1_` + 64
 * lower-case hex, `shpat_` + 32 hex). The body must not look like a stand-in (`xxxx…`, all zeros). Samples are
 * generated from the format: the token alone and in the contexts given, and look-alikes that are too short,
 * too long or filled in by hand.
 */
export interface TokenAlphabet {
  /** An RE2 character class for the pattern. */
  readonly pattern: string;
  /** How the description names it. */
  readonly name: string;
  /** Its characters, for generated samples. */
  readonly characters: string;
}

export const LOWER_HEX: TokenAlphabet = { pattern: '[0-9a-f]', name: 'lower-case hex', characters: HEX };
export const ANY_CASE_HEX: TokenAlphabet = { pattern: '[0-9a-fA-F]', name: 'hex', characters: HEX };
export const BASE62: TokenAlphabet = { pattern: '[0-9A-Za-z]', name: 'base62', characters: ALNUM };
export const LOWER_BASE32: TokenAlphabet = { pattern: '[a-z2-7]', name: 'lower-case base32 (a-z, 2-7)', characters: 'abcdefghijklmnopqrstuvwxyz234567' };

export interface PrefixedTokenOptions {
  readonly id: string;
  /** What the token is, before the format (which this factory describes). */
  readonly what: string;
  readonly prefix: string;
  readonly length: number;
  readonly alphabet: TokenAlphabet;
  /** Where the token is usually seen, with `{}` for the token: `DIGITALOCEAN_TOKEN={}`. */
  readonly contexts: readonly string[];
  /** More look-alikes for this format (another version prefix, the wrong case). */
  readonly negatives?: readonly string[];
}

export function prefixedTokenDetector(options: PrefixedTokenOptions): Detector {
  const { id, prefix, length, alphabet } = options;
  const token = (seed: string, size = length): string => prefix + fake(`${id}-${seed}`, size, alphabet.characters);
  return defineDetector({
    id,
    description: `${options.what}: ${prefix} + ${length} ${alphabet.name} characters`,
    category: 'secret',
    keywords: [prefix],
    pattern: String.raw`${TOKEN_START}(?P<secret>${prefix.replace(/[.$]/g, '\\$&')}${alphabet.pattern}{${length}})\b`,
    validate: (secret) => !looksFake(secret.slice(prefix.length)),
    samples: {
      positive: [token('1'), ...options.contexts.map((context, index) => context.replace('{}', token(String(index + 2))))],
      negative: [
        prefix + '0'.repeat(length),
        prefix + 'x'.repeat(length),
        token('short', length - 8),
        token('long', length + 8),
        `${prefix}<your-token>`,
        ...(options.negatives ?? []),
      ],
    },
  });
}
