import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'giphy-api-key',
  what: 'GIPHY API key',
  names: [words('giphy', 'api?', 'key')],
  namesText: 'GIPHY_API_KEY or giphyKey',
  keywords: ['giphy'],
  value: base62(32),
  contexts: ['GIPHY_API_KEY={}', '"giphyApiKey": "{}"'],
});
