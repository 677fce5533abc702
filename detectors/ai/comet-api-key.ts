import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'comet-api-key',
  what: "Comet ML API key",
  names: [words('comet', 'ml?', 'api', 'key'), words('comet', 'key')],
  namesText: "COMET_API_KEY",
  keywords: ["comet"],
  value: base62(25),
  contexts: ["COMET_API_KEY={}", "\"cometApiKey\": \"{}\""],
});
