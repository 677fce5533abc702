import { prefixedBareDetector } from '../lib/bare-token.js';
import { base64url } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'jina-api-key',
  what: "Jina AI API key",
  prefixes: ["jina_"],
  body: base64url(40, 80),
  contexts: ["JINA_API_KEY={}", "Authorization: Bearer {}"],
});
