import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { upperAlnum } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'confluent-api-key',
  what: "Confluent Cloud API key (the key half of the pair)",
  names: [words('confluent', 'cloud?', 'api', 'key'), words('confluent', 'key')],
  namesText: "CONFLUENT_CLOUD_API_KEY or confluent_api_key",
  keywords: ["confluent"],
  value: upperAlnum(16),
  contexts: ["CONFLUENT_CLOUD_API_KEY={}", "\"confluent_api_key\": \"{}\""],
});
