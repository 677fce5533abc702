import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'nytimes-api-key',
  what: "New York Times API key",
  names: [words('nytimes', 'api?', 'key'), words('nyt', 'api', 'key')],
  namesText: "NYTIMES_API_KEY or NYT_API_KEY",
  keywords: ['nytimes', 'nyt'],
  value: base62(32),
  contexts: ["NYTIMES_API_KEY={}", "\"nytApiKey\": \"{}\""],
});
