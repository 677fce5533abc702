import { SEP } from '../lib/provider-key.js';
import { alnumValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Logz.io shipping and API tokens are 32 alphanumeric characters: only found after a Logz.io key name.
 */
export default keyedSecretDetector({
  id: 'logzio-token',
  what: 'Logz.io shipping or API token',
  key: String.raw`logz(?:${SEP}io)?${SEP}(?:shipping${SEP}|api${SEP}|metrics${SEP}|logs${SEP}|traces${SEP})?token`,
  names: 'LOGZIO_TOKEN, LOGZIO_SHIPPING_TOKEN, LOGZIO_API_TOKEN',
  trigger: String.raw`(?i:logz[_.-]?io|logz[_.-]?(?:shipping|api|metrics|logs|traces)?[_.-]?token)`,
  value: alnumValue(32),
  contexts: ['LOGZIO_SHIPPING_TOKEN={}', '"logzioApiToken": "{}"'],
  validate: randomMixedCase,
});
