import { prefixedBareDetector } from '../lib/bare-token.js';
import { lowerHex } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'firecrawl-api-key',
  what: "Firecrawl API key",
  prefixes: ["fc-"],
  body: lowerHex(32),
  trigger: String.raw`fc-[0-9a-f]{8}`,
  contexts: ["FIRECRAWL_API_KEY={}", "Authorization: Bearer {}"],
});
