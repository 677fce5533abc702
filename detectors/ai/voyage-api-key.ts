import { prefixedBareDetector } from '../lib/bare-token.js';
import { base64url } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'voyage-api-key',
  what: "Voyage AI API key",
  prefixes: ["pa-"],
  body: base64url(32, 64),
  trigger: String.raw`pa-[A-Za-z0-9_-]{8}`,
  contexts: ["VOYAGE_API_KEY={}", "voyageai.Client(api_key=\"{}\")"],
});
