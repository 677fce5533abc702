import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lobKey } from '../lib/provider-values.js';

export default keyedSecretDetector({
  id: 'lob-api-key',
  what: "Lob API key (live_ or test_ + 35 hex)",
  names: [words('lob', 'api', 'key'), words('lob', 'secret', 'key')],
  namesText: "LOB_API_KEY",
  keywords: ["lob_api", "lob-api", "lobapi", "lob.api", "lob_secret"],
  value: lobKey,
  contexts: ["LOB_API_KEY={}", "\"lobApiKey\": \"{}\""],
});
