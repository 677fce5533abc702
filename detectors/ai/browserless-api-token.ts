import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base64url } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'browserless-api-token',
  what: "Browserless API token",
  names: [words('browserless', 'api', 'token'), words('browserless', 'token'), words('browserless', 'api', 'key')],
  namesText: "BROWSERLESS_TOKEN or BROWSERLESS_API_KEY",
  keywords: ["browserless"],
  value: base64url(24, 64),
  contexts: ["BROWSERLESS_TOKEN={}", "\"browserlessApiKey\": \"{}\""],
});
