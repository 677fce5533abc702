import { prefixedBareDetector } from '../lib/bare-token.js';
import { base64url } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'yandex-cloud-api-key',
  what: 'Yandex Cloud API key',
  prefixes: ['AQVN'],
  body: base64url(35, 38),
  contexts: ['YC_API_KEY={}', 'Authorization: Api-Key {}'],
});
