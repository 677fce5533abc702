import { prefixedBareDetector } from '../lib/bare-token.js';
import { unpublishedBody } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'planetscale-service-token',
  what: "PlanetScale service token",
  prefixes: ["pscale_tkn_"],
  body: unpublishedBody(32, 64),
  note: 'PlanetScale does not publish the alphabet',
  contexts: ["PLANETSCALE_SERVICE_TOKEN={}", "Authorization: pscale-svc-id:{}"],
});
