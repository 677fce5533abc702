import { prefixedBareDetector } from '../lib/bare-token.js';
import { base62 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'prefect-api-key',
  what: "Prefect Cloud API key",
  prefixes: ["pnu_"],
  body: base62(36),
  contexts: ["PREFECT_API_KEY={}", "prefect cloud login --key {}"],
});
