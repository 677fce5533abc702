import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base64url } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'arize-api-key',
  what: "Arize API key",
  names: [words('arize', 'api', 'key'), words('arize', 'key')],
  namesText: "ARIZE_API_KEY",
  keywords: ["arize"],
  value: base64url(20, 120),
  contexts: ["ARIZE_API_KEY={}", "\"arizeApiKey\": \"{}\""],
});
