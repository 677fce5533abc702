import { findSensitiveValues, scrub } from '@zapier/secret-scrubber';
import { installed, parseJsonLine } from './types.js';
import type { PeerAdapter, PeerOptions } from './types.js';

/**
 * @zapier/secret-scrubber as its README recommends: `scrub(input, [...findSensitiveValues(input), ...known])`.
 * `findSensitiveValues` collects the values under sensitive keys and the credentials in URLs; `scrub` removes every
 * occurrence of those values and of the registered ones (raw, percent-encoded, JSON-escaped) anywhere in the
 * record. A plain-text line is wrapped as `{ msg }` so that the same heuristics see it.
 */
export function zapierSecretScrubber({ knownSecrets }: PeerOptions): PeerAdapter {
  const known = [...knownSecrets];
  return {
    name: '@zapier/secret-scrubber',
    package: installed('@zapier/secret-scrubber'),
    configuration: 'scrub(record, [...findSensitiveValues(record), ...knownSecrets]) on the parsed line; plain text as { msg: line }',
    takesKnownSecrets: true,
    redactLine(line) {
      const record = parseJsonLine(line);
      if (record === undefined || record === null || typeof record !== 'object') {
        const wrapped = { msg: line };
        return scrub(wrapped, [...findSensitiveValues(wrapped), ...known]).msg;
      }
      return JSON.stringify(scrub(record, [...findSensitiveValues(record), ...known]));
    },
  };
}
