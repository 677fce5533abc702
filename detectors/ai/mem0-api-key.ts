import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { mem0Key } from '../lib/provider-values.js';

export default keyedSecretDetector({
  id: 'mem0-api-key',
  what: "Mem0 API key",
  names: [words('mem0', 'api', 'key')],
  namesText: "MEM0_API_KEY",
  keywords: ["mem0"],
  value: mem0Key,
  contexts: ["MEM0_API_KEY={}", "\"mem0ApiKey\": \"{}\""],
});
