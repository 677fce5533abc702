// The keyed-secret factory of the second catalog round: a key-name pattern built from words, one value shape.
import { defineDetector } from '../../src/engine/detector.js';
import { SEP, keyedValue } from './provider-key.js';
import type { Detector } from '../../src/engine/detector.js';
import type { ValueShape } from './value-shape.js';

/**
 * A provider secret with no distinctive shape of its own (bare hex, base62, a UUID): found only right after
 * one of the provider's key names (`MIXPANEL_API_SECRET=…`, `"fastlyApiToken": "…"`, `Fastly-Key: …`). The
 * description says so, because such a value standing bare in a sentence is left to the generic detectors.
 */
export interface KeyedSecretOptions {
  readonly id: string;
  /** What the secret is: `Mixpanel project API secret`. */
  readonly what: string;
  /** Key names, each an RE2 fragment built with `words` (matched case-insensitively, `x-` prefix allowed). */
  readonly names: readonly string[];
  /** How the description lists the key names: `MIXPANEL_API_SECRET or mixpanelApiSecret`. */
  readonly namesText: string;
  /** Prefilter literals: every key name holds one (the provider's name, in lower case). */
  readonly keywords: readonly string[];
  readonly value: ValueShape;
  /** Where it is seen, with `{}` for the value; the first one is reused for the generated look-alikes. */
  readonly contexts: readonly string[];
  readonly negatives?: readonly string[];
  readonly validate?: (value: string) => boolean;
  readonly priority?: number;
}

/**
 * Words of a key name joined by an optional separator (`_`, `-`, `.` or none, so camelCase too); a word ending
 * in `?` is optional: `words('mixpanel', 'api?', 'secret')` matches MIXPANEL_API_SECRET and mixpanelSecret.
 */
export function words(...parts: string[]): string {
  return parts
    .map((part, index) => {
      const last = index === parts.length - 1;
      if (!part.endsWith('?')) return last ? part : `${part}${SEP}`;
      const word = part.slice(0, -1);
      return last ? `(?:${SEP}${word})?` : `(?:${word}${SEP})?`;
    })
    .join('');
}

export function keyedSecretDetector(options: KeyedSecretOptions): Detector {
  const { id, value } = options;
  const key = String.raw`(?i:(?:x${SEP})?(?:${options.names.join('|')}))`;
  const sample = (index: number | string): string => value.make(`${id}-${index}`);
  const first = options.contexts[0]!;
  return defineDetector({
    id,
    description: `${options.what} (${value.name}) after ${options.namesText}: no shape of its own, so it needs its key name`,
    category: 'secret',
    keywords: options.keywords,
    pattern: keyedValue(key, value.pattern, `[^${value.chars}]`),
    validate: options.validate ?? value.valid,
    priority: options.priority ?? 25,
    samples: {
      positive: options.contexts.map((context, index) => context.replace('{}', sample(index))),
      negative: [
        first.replace('{}', '${SECRET_VALUE}'),
        first.replace('{}', value.short(`${id}-short`)),
        first.replace('{}', sample('zero').replace(/[0-9A-Za-z]/g, '0')),
        first.replace('{}', '<your-key>'),
        `trace_id=${sample('unkeyed')}`,
        ...(options.negatives ?? []),
      ],
    },
  });
}
