import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { hex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'amplitude-api-key',
  what: "Amplitude API key",
  names: [words('amplitude', 'api', 'key')],
  namesText: "AMPLITUDE_API_KEY",
  keywords: ["amplitude"],
  value: hex(32),
  contexts: ["AMPLITUDE_API_KEY={}", "\"amplitudeApiKey\": \"{}\""],
});
