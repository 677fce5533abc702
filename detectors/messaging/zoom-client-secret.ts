import { SEP } from '../lib/provider-key.js';
import { base64urlValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Zoom app client secrets (32 alphanumeric) and webhook secret / verification tokens (22 base64url) have no prefix:
 * only found after a Zoom key name.
 */
export default keyedSecretDetector({
  id: 'zoom-client-secret',
  what: 'Zoom OAuth / Server-to-Server app client secret or webhook secret token',
  key: String.raw`zoom${SEP}(?:oauth${SEP}|app${SEP}|api${SEP}|sdk${SEP}|jwt${SEP}|s2s${SEP})?(?:client${SEP})?secret(?:${SEP}token)?|zoom${SEP}(?:webhook${SEP})?(?:secret|verification)${SEP}token`,
  names: 'ZOOM_CLIENT_SECRET, ZOOM_API_SECRET, ZOOM_WEBHOOK_SECRET_TOKEN',
  keywords: ['zoom'],
  value: base64urlValue(20, 40, 32),
  contexts: ['ZOOM_CLIENT_SECRET={}', '"zoomWebhookSecretToken": "{}"', 'ZOOM_API_SECRET: {}'],
  negatives: [`ZOOM_ACCOUNT_ID=${fake('zoom-account', 22)}`],
  validate: randomMixedCase,
});
