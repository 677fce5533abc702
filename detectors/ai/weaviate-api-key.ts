import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base64url } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'weaviate-api-key',
  what: "Weaviate Cloud API key",
  names: [words('weaviate', 'api', 'key'), words('weaviate', 'key')],
  namesText: "WEAVIATE_API_KEY",
  keywords: ["weaviate"],
  value: base64url(24, 100),
  contexts: ["WEAVIATE_API_KEY={}", "\"weaviateApiKey\": \"{}\""],
});
