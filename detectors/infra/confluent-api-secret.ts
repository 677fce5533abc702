import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base64 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'confluent-api-secret',
  what: "Confluent Cloud API secret",
  names: [words('confluent', 'cloud?', 'api', 'secret'), words('confluent', 'secret')],
  namesText: "CONFLUENT_CLOUD_API_SECRET or confluent_api_secret",
  keywords: ["confluent"],
  value: base64(64),
  contexts: ["CONFLUENT_CLOUD_API_SECRET={}", "\"confluentApiSecret\": \"{}\""],
});
