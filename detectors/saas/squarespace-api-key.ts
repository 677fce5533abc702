import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { UUID } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'squarespace-api-key',
  what: "Squarespace API key",
  names: [words('squarespace', 'api?', 'key'), words('squarespace', 'access', 'token')],
  namesText: "SQUARESPACE_API_KEY",
  keywords: ['squarespace'],
  value: UUID,
  contexts: ["SQUARESPACE_API_KEY={}", "\"squarespaceApiKey\": \"{}\""],
});
