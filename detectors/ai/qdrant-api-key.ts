import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base64url } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'qdrant-api-key',
  what: "Qdrant API key",
  names: [words('qdrant', 'api', 'key'), words('qdrant', 'key')],
  namesText: "QDRANT_API_KEY or QDRANT__SERVICE__API_KEY",
  keywords: ["qdrant"],
  value: base64url(24, 100),
  contexts: ["QDRANT_API_KEY={}", "\"qdrantApiKey\": \"{}\""],
});
