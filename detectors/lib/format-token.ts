import { defineDetector } from '../../src/engine/detector.js';
import { standaloneToken } from './patterns.js';
import type { Detector, MatchContext } from '../../src/engine/detector.js';

/**
 * A token whose format alone identifies it (a distinctive prefix, separators, a signature at a fixed place), so it
 * is reported bare, in free text. The pattern is the token between TOKEN_START and a character that cannot
 * continue it. Samples: the generated token alone and in the contexts given, and the look-alikes given.
 */
export interface FormatTokenOptions {
  readonly id: string;
  readonly description: string;
  /** Prefilter literals (every match holds one), or a trigger pattern instead. */
  readonly keywords?: readonly string[];
  readonly trigger?: string;
  /** RE2 for the token; it becomes the `secret` group. */
  readonly token: string;
  /** Body of an RE2 character class of the token's characters: the character after it must not be one. */
  readonly chars?: string;
  /** A generated token of this format, for samples. */
  readonly sample: (seed: string) => string;
  /** Where the token is usually seen, with `{}` for the token. */
  readonly contexts: readonly string[];
  readonly negatives: readonly string[];
  readonly validate?: (secret: string, context: MatchContext) => boolean;
}

export function formatTokenDetector(options: FormatTokenOptions): Detector {
  const sample = (seed: string): string => options.sample(`${options.id}-${seed}`);
  return defineDetector({
    id: options.id,
    description: options.description,
    category: 'secret',
    ...(options.trigger === undefined ? { keywords: options.keywords ?? [] } : { trigger: options.trigger }),
    pattern: standaloneToken(options.token, options.chars ?? '0-9A-Za-z_-'),
    ...(options.validate === undefined ? {} : { validate: options.validate }),
    samples: {
      positive: [sample('1'), ...options.contexts.map((context, index) => context.replace('{}', sample(String(index + 2))))],
      negative: options.negatives,
    },
  });
}
