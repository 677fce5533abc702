import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { ablyKey } from '../lib/provider-values.js';

export default keyedSecretDetector({
  id: 'ably-api-key',
  what: "Ably API key (<app id>.<key id>:<secret>)",
  names: [words('ably', 'api', 'key'), words('ably', 'key')],
  namesText: "ABLY_API_KEY or ABLY_KEY",
  keywords: ["ably_api", "ably-api", "ablyapi", "ably.api", "ably_key", "ably-key", "ablykey", "ably.key"],
  value: ablyKey,
  contexts: ["ABLY_API_KEY={}", "\"ablyKey\": \"{}\""],
});
