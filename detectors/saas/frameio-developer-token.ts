import { prefixedBareDetector } from '../lib/bare-token.js';
import { base64url } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'frameio-developer-token',
  what: 'Frame.io developer token',
  prefixes: ['fio-u-'],
  body: base64url(64),
  contexts: ['FRAMEIO_TOKEN={}', 'Authorization: Bearer {}'],
});
