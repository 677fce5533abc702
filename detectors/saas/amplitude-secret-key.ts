import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { hex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'amplitude-secret-key',
  what: "Amplitude secret key",
  names: [words('amplitude', 'secret', 'key?'), words('amplitude', 'api', 'secret')],
  namesText: "AMPLITUDE_SECRET_KEY",
  keywords: ["amplitude"],
  value: hex(32),
  contexts: ["AMPLITUDE_SECRET_KEY={}", "\"amplitudeSecret\": \"{}\""],
});
