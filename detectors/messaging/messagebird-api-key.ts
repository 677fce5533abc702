import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'messagebird-api-key',
  what: "MessageBird (Bird) API access key",
  names: [words('messagebird', 'api', 'key'), words('messagebird', 'access', 'key'), words('messagebird', 'key')],
  namesText: "MESSAGEBIRD_API_KEY or MESSAGEBIRD_ACCESS_KEY",
  keywords: ["messagebird"],
  value: base62(25),
  contexts: ["MESSAGEBIRD_API_KEY={}", "\"messagebirdAccessKey\": \"{}\""],
});
