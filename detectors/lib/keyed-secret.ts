import { defineDetector } from '../../src/engine/detector.js';
import { isPlaceholder } from './checks.js';
import { AFTER_KEY, KEY_START } from './provider-key.js';
import { ALNUM, BASE64URL, HEX, fake } from './sample.js';
import { randomAlnum } from './token-shape.js';
import type { Detector } from '../../src/engine/detector.js';

/**
 * Provider secrets with no shape of their own (32 hex, a UUID, 40 base62): a bare value is indistinguishable from
 * an id, a digest or a trace id, so these detectors only report it right after one of the provider's key names
 * (`LINODE_TOKEN=…`, `"rollbarAccessToken": "…"`, the `X-Rollbar-Access-Token` header) or another context the
 * provider documents (an authorization scheme, a URL parameter). Each description says so.
 */
export interface KeyedValue {
  /** RE2 for the value; it becomes the `secret` group. */
  readonly pattern: string;
  /** Body of an RE2 character class holding every character of the value: the next character must not be one. */
  readonly chars: string;
  /** How the description names the value: `32 hex characters`. */
  readonly name: string;
  /** A generated value of this shape, for samples. */
  readonly sample: (seed: string) => string;
}

const uuidOf = (seed: string): string => [8, 4, 4, 4, 12].map((length, index) => fake(`${seed}-${index}`, length, HEX)).join('-');

/** `length` hex characters (either case). */
export const hexValue = (length: number): KeyedValue => ({
  pattern: `[0-9a-fA-F]{${length}}`,
  chars: '0-9A-Za-z',
  name: `${length} hex characters`,
  sample: (seed) => fake(seed, length, HEX),
});

/** `length` base62 characters; `alphabet` narrows the sample's characters (`ALNUM_UPPER`). */
export const alnumValue = (length: number, pattern = '[0-9A-Za-z]', alphabet = ALNUM, name = 'alphanumeric'): KeyedValue => ({
  pattern: `${pattern}{${length}}`,
  chars: '0-9A-Za-z',
  name: `${length} ${name} characters`,
  sample: (seed) => fake(seed, length, alphabet),
});

/** Between `min` and `max` base64url characters (samples are `length` long). */
export const base64urlValue = (min: number, max: number, length: number): KeyedValue => ({
  pattern: `[A-Za-z0-9_-]{${min},${max}}`,
  chars: '0-9A-Za-z_-',
  name: `${min === max ? min : `${min}–${max}`} base64url characters`,
  sample: (seed) => fake(seed, length, BASE64URL),
});

/** A UUID (either case). */
export const uuidValue: KeyedValue = {
  pattern: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
  chars: '0-9A-Za-z-',
  name: 'a UUID',
  sample: uuidOf,
};

export interface KeyedSecretOptions {
  readonly id: string;
  /** What the secret is: `Linode personal access token`. */
  readonly what: string;
  /** RE2 fragment for the key names, matched case-insensitively (`linode[_.-]?(?:cli[_.-]?)?token`). */
  readonly key: string;
  /** How the description lists the key names and other contexts. */
  readonly names: string;
  /** Other documented contexts, each an RE2 fragment that ends right before the value (a header scheme, a URL). */
  readonly prefixes?: readonly string[];
  /** Prefilter literals (every match holds one), or a trigger pattern instead. */
  readonly keywords?: readonly string[];
  readonly trigger?: string;
  readonly value: KeyedValue;
  /** Where the secret is usually seen, with `{}` for the value; the first is a `NAME={}` form. */
  readonly contexts: readonly string[];
  /** More look-alikes (a neighbouring non-secret key of the same provider, the wrong charset). */
  readonly negatives?: readonly string[];
  /** Leave out the generated half-length look-alike (for values whose length is a wide range). */
  readonly noShortNegative?: boolean;
  /** Defaults to a random body holding letters and digits (dashes ignored), not a placeholder. */
  readonly validate?: (secret: string) => boolean;
}

export function keyedSecretDetector(options: KeyedSecretOptions): Detector {
  const { id, value, contexts } = options;
  const sample = (seed: string): string => value.sample(`${id}-${seed}`);
  const key = String.raw`${KEY_START}(?i:${options.key})${AFTER_KEY}`;
  const before = [key, ...(options.prefixes ?? [])].join('|');
  const first = contexts[0]!;
  const bare = sample('bare');
  return defineDetector({
    id,
    description: `${options.what} (${value.name}) after ${options.names}; it has no prefix of its own, so a bare value is not reported`,
    category: 'secret',
    ...(options.trigger === undefined ? { keywords: options.keywords ?? [] } : { trigger: options.trigger }),
    pattern: String.raw`(?:${before})(?P<secret>${value.pattern})(?:[^${value.chars}]|$)`,
    validate: options.validate ?? ((secret) => randomAlnum(secret.replace(/-/g, '')) && !isPlaceholder(secret)),
    priority: 25,
    samples: {
      positive: contexts.map((context, index) => context.replace('{}', sample(String(index + 1)))),
      negative: [
        bare,
        `request_id=${bare}`,
        first.replace('{}', '${SECRET_VALUE}'),
        first.replace('{}', '0'.repeat(bare.length)),
        ...(options.noShortNegative === true ? [] : [first.replace('{}', bare.slice(0, Math.floor(bare.length / 2)))]),
        ...(options.negatives ?? []),
      ],
    },
  });
}
