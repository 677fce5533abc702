import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { hex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'serpapi-api-key',
  what: "SerpApi API key",
  names: [words('serp', 'api', 'key'), words('serpapi', 'api?', 'key')],
  namesText: "SERPAPI_API_KEY or SERPAPI_KEY",
  keywords: ["serpapi", "serp_api", "serp-api"],
  value: hex(64),
  contexts: ["SERPAPI_API_KEY={}", "\"serpapi_key\": \"{}\""],
});
