import { prefixedBareDetector } from '../lib/bare-token.js';
import { base62 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'llamacloud-api-key',
  what: 'LlamaCloud (LlamaIndex, LlamaParse) API key',
  prefixes: ['llx-'],
  body: base62(40, 60),
  contexts: ['LLAMA_CLOUD_API_KEY={}', 'LlamaParse(api_key="{}")'],
});
