import { prefixedBareDetector } from '../lib/bare-token.js';
import { base62 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'apify-api-token',
  what: "Apify API token",
  prefixes: ["apify_api_"],
  body: base62(36),
  contexts: ["APIFY_TOKEN={}", "GET https://api.apify.com/v2/acts?token={}"],
});
