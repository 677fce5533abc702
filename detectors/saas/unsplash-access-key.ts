import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base64url } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'unsplash-access-key',
  what: 'Unsplash API access key or secret key',
  names: [words('unsplash', 'access', 'key'), words('unsplash', 'secret', 'key'), words('unsplash', 'api?', 'key')],
  namesText: 'UNSPLASH_ACCESS_KEY or UNSPLASH_SECRET_KEY',
  keywords: ['unsplash'],
  value: base64url(43),
  contexts: ['UNSPLASH_ACCESS_KEY={}', '"unsplashSecretKey": "{}"'],
});
