import { prefixedBareDetector } from '../lib/bare-token.js';
import { base64url } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'browserbase-api-key',
  what: "Browserbase API key",
  prefixes: ["bb_live_", "bb_test_"],
  body: base64url(20, 64),
  contexts: ["BROWSERBASE_API_KEY={}", "\"X-BB-API-Key\": \"{}\""],
});
