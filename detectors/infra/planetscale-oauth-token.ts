import { prefixedBareDetector } from '../lib/bare-token.js';
import { base64url } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'planetscale-oauth-token',
  what: "PlanetScale OAuth token",
  prefixes: ["pscale_oauth_"],
  body: base64url(32, 64),
  contexts: ["PLANETSCALE_OAUTH_TOKEN={}", "\"access_token\": \"{}\""],
});
