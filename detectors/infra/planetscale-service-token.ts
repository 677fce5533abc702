import { prefixedBareDetector } from '../lib/bare-token.js';
import { base64url } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'planetscale-service-token',
  what: "PlanetScale service token",
  prefixes: ["pscale_tkn_"],
  body: base64url(32, 64),
  contexts: ["PLANETSCALE_SERVICE_TOKEN={}", "Authorization: pscale-svc-id:{}"],
});
