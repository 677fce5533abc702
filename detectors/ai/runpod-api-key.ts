import { prefixedBareDetector } from '../lib/bare-token.js';
import { base62 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'runpod-api-key',
  what: "RunPod API key",
  prefixes: ["rpa_"],
  body: base62(32, 64),
  contexts: ["RUNPOD_API_KEY={}", "runpodctl config --apiKey {}"],
});
