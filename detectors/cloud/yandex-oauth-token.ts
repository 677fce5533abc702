import { prefixedBareDetector } from '../lib/bare-token.js';
import { base64url } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'yandex-oauth-token',
  what: 'Yandex OAuth token',
  prefixes: ['y0_', 'y1_', 'y2_', 'y3_'],
  body: base64url(55),
  contexts: ['YC_TOKEN={}', 'Authorization: OAuth {}'],
});
