import { SEP, keyedValue } from './provider-key.js';

/**
 * Datadog API and application keys are bare hex of a fixed length (32 and 40: the shapes of an md5 and a git
 * SHA), so they are only recognised after a Datadog key name: `DD_API_KEY=…`, `datadogAppKey: …`, the
 * `DD-APPLICATION-KEY` header. `kind` is the RE2 fragment for the middle word (`api`, `(?:app|application)`).
 */
export function datadogKeyPattern(kind: string, length: number): string {
  return keyedValue(String.raw`(?i:(?:dd|datadog)${SEP}${kind}${SEP}key)`, `[0-9a-fA-F]{${length}}`, '[^0-9A-Za-z]');
}

/** Prefilter keywords: `dd` and the kind's short word in every separator style, or the provider's name. */
export function datadogKeywords(word: string): string[] {
  return [`dd_${word}`, `dd-${word}`, `dd${word}`, `dd.${word}`, 'datadog'];
}
