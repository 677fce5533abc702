import { prefixedBareDetector } from '../lib/bare-token.js';
import { randomAlnum } from '../lib/token-shape.js';
import { base64url } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'frameio-developer-token',
  what: 'Frame.io developer token',
  prefixes: ['fio-u-'],
  // Frame.io documents neither the body's letter case nor whether `=` can occur inside it: both are accepted.
  body: { ...base64url(64), pattern: '[0-9A-Za-z_=-]{64}', chars: '0-9A-Za-z_=-', name: '64 base64url characters (or =)' },
  validate: (body) => randomAlnum(body.replace(/[_=-]/g, '')),
  contexts: ['FRAMEIO_TOKEN={}', 'Authorization: Bearer {}'],
});
