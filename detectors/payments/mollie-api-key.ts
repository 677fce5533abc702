import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { mollieKey } from '../lib/provider-values.js';

export default keyedSecretDetector({
  id: 'mollie-api-key',
  what: "Mollie API key (live_ or test_ + 30 alphanumerics)",
  names: [words('mollie', 'api', 'key'), words('mollie', 'key')],
  namesText: "MOLLIE_API_KEY",
  keywords: ["mollie"],
  value: mollieKey,
  contexts: ["MOLLIE_API_KEY={}", "\"mollieApiKey\": \"{}\""],
});
