import { prefixedBareDetector } from '../lib/bare-token.js';
import { base64url } from '../lib/value-shape.js';
import { randomAlnum } from '../lib/token-shape.js';

/**
 * Defined Networking (Managed Nebula) API keys start with `dnkey-`, the prefix its API documentation and clients
 * show. Defined publishes nothing about the rest; like every unpublished body in this catalog it is read as
 * base64url, whose `-` also covers the dash that separates the key's parts.
 */
export default prefixedBareDetector({
  id: 'defined-networking-api-key',
  what: 'Defined Networking (Managed Nebula) API key',
  prefixes: ['dnkey-'],
  body: base64url(40, 120),
  // The case is not published either: letters and digits, in any case, not a stand-in.
  validate: (body) => randomAlnum(body.replace(/[-_]/g, '')),
  note: 'the body format is not published, so a range',
  contexts: ['curl -H "Authorization: Bearer {}" https://api.defined.net/v1/hosts', 'DN_API_KEY={}'],
});
