import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { UUID } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'leonardo-api-key',
  what: "Leonardo.Ai API key",
  names: [words('leonardo', 'ai?', 'api', 'key')],
  namesText: "LEONARDO_API_KEY",
  keywords: ["leonardo"],
  value: UUID,
  contexts: ["LEONARDO_API_KEY={}", "\"leonardoApiKey\": \"{}\""],
});
