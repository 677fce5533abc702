import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { basetenKey } from '../lib/provider-values.js';

export default keyedSecretDetector({
  id: 'baseten-api-key',
  what: "Baseten API key",
  names: [words('baseten', 'api', 'key')],
  namesText: "BASETEN_API_KEY",
  keywords: ["baseten"],
  value: basetenKey,
  contexts: ["BASETEN_API_KEY={}", "\"basetenApiKey\": \"{}\""],
});
