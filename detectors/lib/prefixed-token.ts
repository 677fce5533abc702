import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from './checks.js';
import { TOKEN_START } from './patterns.js';
import { fake } from './sample.js';
import type { Detector } from '../../src/engine/detector.js';

/**
 * The most common token format: a fixed prefix and a body of fixed length over one alphabet (`dop_v1_` + 64
 * lower-case hex, `shpat_` + 32 hex). The body must not look like a stand-in (`xxxx…`, all zeros). Samples are
 * generated from the format: the token alone and in the contexts given, and look-alikes that are too short,
 * too long or filled in by hand.
 */
export interface PrefixedTokenOptions {
  readonly id: string;
  /** What the token is, before the format (which this factory describes). */
  readonly what: string;
  readonly prefix: string;
  readonly length: number;
  /** The body's alphabet: an RE2 class for the pattern and its characters for generated samples. */
  readonly alphabet: { readonly pattern: string; readonly name: string; readonly characters: string };
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
