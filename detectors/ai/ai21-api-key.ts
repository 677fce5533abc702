import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'ai21-api-key',
  what: "AI21 Labs API key",
  names: [words('ai21', 'api', 'key')],
  namesText: "AI21_API_KEY",
  keywords: ["ai21"],
  value: base62(32),
  contexts: ["AI21_API_KEY={}", "\"ai21ApiKey\": \"{}\""],
});
