import { prefixedBareDetector } from '../lib/bare-token.js';
import { lowerAlnum } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'readme-api-key',
  what: "ReadMe API key",
  prefixes: ["rdme_"],
  body: lowerAlnum(70),
  contexts: ["README_API_KEY={}", "rdme openapi --key={}"],
});
