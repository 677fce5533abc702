import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { hex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'bittrex-api-credential',
  what: "Bittrex API key or secret",
  names: [words('bittrex', 'api?', 'key'), words('bittrex', 'api?', 'secret'), words('bittrex', 'secret', 'key')],
  namesText: "BITTREX_API_KEY or BITTREX_API_SECRET",
  keywords: ['bittrex'],
  value: hex(32),
  contexts: ["BITTREX_API_KEY={}", "\"bittrexApiSecret\": \"{}\""],
});
