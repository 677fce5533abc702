import { prefixedBareDetector } from '../lib/bare-token.js';
import { unpublishedBody } from '../lib/value-shape.js';

/**
 * Defined Networking (Managed Nebula) API keys start with `dnkey-`, the prefix its API documentation and clients
 * show. Defined publishes nothing about the rest, so the key is taken to its end.
 */
export default prefixedBareDetector({
  id: 'defined-networking-api-key',
  what: 'Defined Networking (Managed Nebula) API key',
  prefixes: ['dnkey-'],
  body: unpublishedBody(40, 120),
  note: 'the body format is not published',
  contexts: ['curl -H "Authorization: Bearer {}" https://api.defined.net/v1/hosts', 'DN_API_KEY={}'],
});
