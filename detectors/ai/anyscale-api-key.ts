import { prefixedBareDetector } from '../lib/bare-token.js';
import { lowerAlnum } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'anyscale-api-key',
  what: "Anyscale Endpoints API key",
  prefixes: ["esecret_"],
  body: lowerAlnum(20, 40),
  contexts: ["ANYSCALE_API_KEY={}", "OPENAI_API_KEY={}"],
});
