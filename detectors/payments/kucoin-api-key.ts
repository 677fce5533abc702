import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { hex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'kucoin-api-key',
  what: "KuCoin API key",
  names: [words('kucoin', 'api?', 'key')],
  namesText: "KUCOIN_API_KEY",
  keywords: ['kucoin'],
  value: { ...hex(24), pattern: '[0-9a-f]{24}' },
  contexts: ["KUCOIN_API_KEY={}", "\"kucoinApiKey\": \"{}\""],
});
