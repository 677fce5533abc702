import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector } from '../lib/keyed-secret.js';
import { HEX, fake } from '../lib/sample.js';

/**
 * Honeycomb Classic and configuration keys (22 alphanumeric, or 32 hex) have no prefix: only found after the
 * X-Honeycomb-Team header or a Honeycomb key name. Keys with an hc…_ prefix are honeycomb-ingest-key.
 */
export default keyedSecretDetector({
  id: 'honeycomb-api-key',
  what: 'Honeycomb configuration / classic API key',
  key: String.raw`x-honeycomb-team|honeycomb${SEP}(?:api${SEP}|write${SEP}|ingest${SEP}|config(?:uration)?${SEP}|team${SEP})?key|honeycomb${SEP}writekey`,
  names: 'the X-Honeycomb-Team header, HONEYCOMB_API_KEY, HONEYCOMB_WRITEKEY',
  keywords: ['honeycomb'],
  value: { pattern: '[0-9A-Za-z]{22}(?:[0-9A-Za-z]{10})?', chars: '0-9A-Za-z', name: '22 alphanumeric or 32 hex characters', sample: (seed) => fake(seed, 32, HEX) },
  contexts: ['HONEYCOMB_API_KEY={}', 'OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team={}', '"honeycombWriteKey": "{}"'],
  negatives: ["HONEYCOMB_DATASET=agent-traces"],
});
