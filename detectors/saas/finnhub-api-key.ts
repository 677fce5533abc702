import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lowerAlnum } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'finnhub-api-key',
  what: "Finnhub API key",
  names: [words('finnhub', 'api?', 'key'), words('finnhub', 'token')],
  namesText: "FINNHUB_API_KEY or FINNHUB_TOKEN",
  keywords: ['finnhub'],
  value: lowerAlnum(20),
  contexts: ["FINNHUB_API_KEY={}", "\"finnhubToken\": \"{}\""],
});
