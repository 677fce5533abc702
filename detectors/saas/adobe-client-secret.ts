import { prefixedBareDetector } from '../lib/bare-token.js';
import { base64url } from '../lib/value-shape.js';
import { randomAlnum } from '../lib/token-shape.js';

/**
 * Adobe Developer Console client secrets (OAuth server-to-server and web credentials): `p8e-` and 32 base64url
 * characters, as the Console shows them. Adobe does not document the shape, so the body only has to hold letters
 * and digits and not be a stand-in (some bodies are one case only).
 */
export default prefixedBareDetector({
  id: 'adobe-client-secret',
  what: 'Adobe Developer Console client secret',
  prefixes: ['p8e-'],
  body: base64url(32),
  validate: (body) => randomAlnum(body.replace(/[-_]/g, '')),
  note: 'the form the Console issues',
  contexts: ['ADOBE_CLIENT_SECRET={}', 'curl -d "client_id=x&client_secret={}&grant_type=client_credentials" https://ims-na1.adobelogin.com/ims/token/v3'],
});
