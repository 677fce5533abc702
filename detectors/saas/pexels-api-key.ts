import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'pexels-api-key',
  what: 'Pexels API key',
  names: [words('pexels', 'api?', 'key')],
  namesText: 'PEXELS_API_KEY or pexelsKey',
  keywords: ['pexels'],
  value: base62(56),
  contexts: ['PEXELS_API_KEY={}', '"pexelsKey": "{}"'],
});
