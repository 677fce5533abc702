import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { skKey } from '../lib/provider-values.js';

export default keyedSecretDetector({
  id: 'stability-api-key',
  what: "Stability AI API key (sk- + 48 alphanumerics, the shape of other sk- keys)",
  names: [words('stability', 'ai?', 'api', 'key'), words('stability', 'key')],
  namesText: "STABILITY_API_KEY",
  keywords: ["stability"],
  value: skKey,
  contexts: ["STABILITY_API_KEY={}", "\"stabilityApiKey\": \"{}\""],
});
