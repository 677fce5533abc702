import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'vonage-api-secret',
  what: "Vonage (Nexmo) API secret",
  names: [words('vonage', 'api', 'secret'), words('nexmo', 'api', 'secret'), words('vonage', 'secret'), words('nexmo', 'secret')],
  namesText: "VONAGE_API_SECRET or NEXMO_API_SECRET",
  keywords: ["vonage", "nexmo"],
  value: base62(16),
  contexts: ["VONAGE_API_SECRET={}", "\"nexmoApiSecret\": \"{}\""],
});
