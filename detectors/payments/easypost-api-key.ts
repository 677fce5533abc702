import { prefixedBareDetector } from '../lib/bare-token.js';
import { base62 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'easypost-api-key',
  what: "EasyPost API key, production (EZAK) or test (EZTK)",
  prefixes: ["EZAK", "EZTK"],
  body: base62(54),
  contexts: ["EASYPOST_API_KEY={}", "curl -u {}: https://api.easypost.com/v2/shipments"],
});
