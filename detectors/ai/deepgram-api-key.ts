import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { hex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'deepgram-api-key',
  what: "Deepgram API key",
  names: [words('deepgram', 'api', 'key'), words('deepgram', 'key')],
  namesText: "DEEPGRAM_API_KEY",
  keywords: ["deepgram"],
  value: hex(40),
  contexts: ["DEEPGRAM_API_KEY={}", "\"deepgramApiKey\": \"{}\""],
});
