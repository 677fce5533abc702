import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { UUID } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'kucoin-api-secret',
  what: "KuCoin API secret",
  names: [words('kucoin', 'api?', 'secret'), words('kucoin', 'secret', 'key')],
  namesText: "KUCOIN_API_SECRET",
  keywords: ['kucoin'],
  value: UUID,
  contexts: ["KUCOIN_API_SECRET={}", "\"kucoinApiSecret\": \"{}\""],
});
