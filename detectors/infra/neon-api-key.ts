import { prefixedBareDetector } from '../lib/bare-token.js';
import { lowerAlnum } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'neon-api-key',
  what: "Neon API key",
  prefixes: ["napi_"],
  body: lowerAlnum(40, 80),
  contexts: ["NEON_API_KEY={}", "curl -H \"Authorization: Bearer {}\" https://console.neon.tech/api/v2/projects"],
});
