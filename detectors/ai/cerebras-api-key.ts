import { prefixedBareDetector } from '../lib/bare-token.js';
import { lowerAlnum } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'cerebras-api-key',
  what: "Cerebras API key",
  prefixes: ["csk-"],
  body: lowerAlnum(40, 60),
  contexts: ["CEREBRAS_API_KEY={}", "Cerebras(api_key=\"{}\")"],
});
