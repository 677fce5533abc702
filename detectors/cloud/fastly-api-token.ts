import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base64url } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'fastly-api-token',
  what: "Fastly API token",
  names: [words('fastly', 'api?', 'token'), words('fastly', 'api', 'key'), words('fastly', 'key')],
  namesText: "FASTLY_API_TOKEN, FASTLY_API_KEY or the Fastly-Key header",
  keywords: ["fastly"],
  value: base64url(32),
  contexts: ["FASTLY_API_TOKEN={}", "Fastly-Key: {}", "curl -H \"Fastly-Key: {}\" https://api.fastly.com/service"],
});
