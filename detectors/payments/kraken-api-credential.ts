import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base64 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'kraken-api-credential',
  what: "Kraken API key (56 base64) or private key (88 base64)",
  names: [words('kraken', 'api?', 'key'), words('kraken', 'private', 'key'), words('kraken', 'api?', 'secret')],
  namesText: "KRAKEN_API_KEY or KRAKEN_PRIVATE_KEY",
  keywords: ['kraken'],
  value: base64(56, 88),
  contexts: ["KRAKEN_API_KEY={}", "\"krakenPrivateKey\": \"{}\""],
});
