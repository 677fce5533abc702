import { prefixedBareDetector } from '../lib/bare-token.js';
import { base62 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'tavily-api-key',
  what: "Tavily API key",
  prefixes: ["tvly-dev-", "tvly-prod-", "tvly-"],
  body: base62(24, 48),
  contexts: ["TAVILY_API_KEY={}", "{\"api_key\": \"{}\", \"query\": \"weather\"}"],
  note: "dev- or prod- may follow tvly-",
});
