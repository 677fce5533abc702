import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector } from '../lib/keyed-secret.js';
import { BASE64, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Lightstep (ServiceNow Cloud Observability) access tokens have no prefix: only found after the
 * lightstep-access-token header (OTLP) or a Lightstep key name.
 */
export default keyedSecretDetector({
  id: 'lightstep-access-token',
  what: 'Lightstep / Cloud Observability access token',
  key: String.raw`lightstep${SEP}(?:access${SEP})?(?:token|key)|cloud${SEP}observability${SEP}(?:access${SEP})?token`,
  names: 'the lightstep-access-token header, LIGHTSTEP_ACCESS_TOKEN',
  keywords: ['lightstep', 'observability'],
  value: { pattern: '[A-Za-z0-9+/]{32,200}={0,2}', chars: '0-9A-Za-z+/=', name: '32–200 base64 characters', sample: (seed) => fake(seed, 84, BASE64) },
  contexts: ['LIGHTSTEP_ACCESS_TOKEN={}', 'OTEL_EXPORTER_OTLP_HEADERS=lightstep-access-token={}'],
  negatives: [`LIGHTSTEP_ACCESS_TOKEN=${fake('ls-short', 16, BASE64)}`],
  noShortNegative: true,
  validate: randomMixedCase,
});
