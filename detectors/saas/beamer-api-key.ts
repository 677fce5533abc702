import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base64url } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'beamer-api-key',
  what: "Beamer API key",
  names: [words('beamer', 'api?', 'key')],
  namesText: "BEAMER_API_KEY",
  keywords: ['beamer'],
  value: base64url(40, 64),
  contexts: ["BEAMER_API_KEY={}", "\"beamerApiKey\": \"{}\""],
});
