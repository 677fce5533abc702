import { defineDetector } from '../../src/engine/detector.js';
import { standaloneToken } from './patterns.js';
import type { Detector } from '../../src/engine/detector.js';
import type { StandaloneTokenOptions } from './bare-token.js';

/**
 * A token whose format alone identifies it (a distinctive prefix, separators, a signature at a fixed place), so it
 * is reported bare, in free text. Samples: the generated token alone and in the contexts given, and the
 * look-alikes given. `chars` defaults to letters, digits, `_` and `-`.
 */
export interface FormatTokenOptions extends StandaloneTokenOptions {
  /** A generated token of this format, for samples. */
  readonly sample: (seed: string) => string;
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
