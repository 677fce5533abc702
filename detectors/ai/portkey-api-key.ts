import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base64url } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'portkey-api-key',
  what: "Portkey API key",
  names: [words('portkey', 'api', 'key'), words('x', 'portkey', 'api', 'key')],
  namesText: "PORTKEY_API_KEY or the x-portkey-api-key header",
  keywords: ["portkey"],
  value: base64url(24, 64),
  contexts: ["PORTKEY_API_KEY={}", "x-portkey-api-key: {}"],
});
