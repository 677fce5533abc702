import { JsonProcessor, OpenRedaction } from '@openredaction/openredaction';
import { installed, literal, parseJsonLine, perStringValue } from './types.js';
import type { PeerAdapter, PeerOptions } from './types.js';

/**
 * @openredaction/openredaction with its defaults (all 500+ patterns, context analysis) and the registered secrets
 * as custom patterns. `text` mode is its documented use, `detect(text).redacted`, on the whole line; `json` mode
 * is its JsonProcessor (`detect` + `redact` on the parsed record), which replaces every string field holding a
 * detection with `[REDACTED]` (the peers benchmark measured both and reports the better one; see docs/benchmarks.md).
 */
export function openRedaction({ knownSecrets }: PeerOptions, mode: 'text' | 'json' | 'strings' = 'text'): PeerAdapter {
  const shield = new OpenRedaction({
    customPatterns: knownSecrets.map((secret, i) => ({ type: `KNOWN_SECRET_${i}`, regex: literal(secret), priority: 100, placeholder: '[SECRET_{n}]', severity: 'high' as const })),
  });
  const json = new JsonProcessor();
  return {
    name: mode === 'json' ? '@openredaction/openredaction (JsonProcessor)' : mode === 'strings' ? '@openredaction/openredaction (per string)' : '@openredaction/openredaction',
    package: installed('@openredaction/openredaction'),
    configuration:
      mode === 'text'
        ? 'new OpenRedaction({ customPatterns: known secrets as literal patterns }) (defaults otherwise); detect(line).redacted'
        : 'new OpenRedaction({ customPatterns }); JsonProcessor.redact(record, JsonProcessor.detect(record, shield)) for JSON lines, detect(line).redacted for text',
    takesKnownSecrets: true,
    redactLine(line) {
      if (mode === 'strings') return perStringValue(line, (text) => shield.detect(text).redacted);
      if (mode === 'json') {
        const record = parseJsonLine(line);
        if (record !== undefined && record !== null && typeof record === 'object') return JSON.stringify(json.redact(record, json.detect(record, shield)));
      }
      return shield.detect(line).redacted;
    },
  };
}
