import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base64url } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'heap-api-key',
  what: "Heap API key",
  names: [words('heap', 'api', 'key')],
  namesText: "HEAP_API_KEY",
  keywords: ["heap_api", "heap-api", "heapapi", "heap.api"],
  value: base64url(20, 64),
  contexts: ["HEAP_API_KEY={}", "\"heapApiKey\": \"{}\""],
});
