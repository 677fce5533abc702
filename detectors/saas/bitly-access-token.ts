import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lowerHex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'bitly-access-token',
  what: 'Bitly generic access token',
  names: [words('bitly', 'access?', 'token'), words('bitly', 'api', 'key')],
  namesText: 'BITLY_ACCESS_TOKEN, BITLY_TOKEN or BITLY_API_KEY',
  keywords: ['bitly'],
  value: lowerHex(40),
  contexts: ['BITLY_ACCESS_TOKEN={}', 'bitly_token: "{}"'],
});
