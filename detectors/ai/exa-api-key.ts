import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { UUID } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'exa-api-key',
  what: "Exa API key",
  names: [words('exa', 'api', 'key')],
  namesText: "EXA_API_KEY",
  keywords: ["exa_api", "exa-api", "exaapi", "exa.api"],
  value: UUID,
  contexts: ["EXA_API_KEY={}", "\"exaApiKey\": \"{}\""],
});
