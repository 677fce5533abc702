import { prefixedBareDetector } from '../lib/bare-token.js';
import { unpublishedBody } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'planetscale-oauth-token',
  what: "PlanetScale OAuth token",
  prefixes: ["pscale_oauth_"],
  body: unpublishedBody(32, 64),
  note: 'PlanetScale does not publish the alphabet',
  contexts: ["PLANETSCALE_OAUTH_TOKEN={}", "\"access_token\": \"{}\""],
});
