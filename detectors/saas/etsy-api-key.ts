import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lowerAlnum } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'etsy-api-key',
  what: "Etsy API keystring or shared secret",
  names: [words('etsy', 'api?', 'key'), words('etsy', 'keystring'), words('etsy', 'shared', 'secret'), words('etsy', 'api', 'secret')],
  namesText: "ETSY_API_KEY, ETSY_KEYSTRING or ETSY_SHARED_SECRET",
  keywords: ['etsy'],
  value: lowerAlnum(10, 24),
  contexts: ["ETSY_API_KEY={}", "\"etsySharedSecret\": \"{}\""],
});
