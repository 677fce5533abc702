import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lowerHex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'sparkpost-api-key',
  what: "SparkPost API key",
  names: [words('sparkpost', 'api', 'key')],
  namesText: "SPARKPOST_API_KEY",
  keywords: ["sparkpost"],
  value: lowerHex(40),
  contexts: ["SPARKPOST_API_KEY={}", "\"sparkpostApiKey\": \"{}\""],
});
