import { prefixedBareDetector } from '../lib/bare-token.js';
import { base64url } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'duffel-access-token',
  what: "Duffel access token, live or test",
  prefixes: ["duffel_live_", "duffel_test_"],
  body: base64url(43),
  contexts: ["DUFFEL_ACCESS_TOKEN={}", "Authorization: Bearer {}"],
});
