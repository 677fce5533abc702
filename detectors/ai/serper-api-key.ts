import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { hex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'serper-api-key',
  what: "Serper API key",
  names: [words('serper', 'api', 'key'), words('serper', 'key')],
  namesText: "SERPER_API_KEY",
  keywords: ["serper"],
  value: hex(40),
  contexts: ["SERPER_API_KEY={}", "\"serperApiKey\": \"{}\""],
});
