import { prefixedBareDetector } from '../lib/bare-token.js';
import { lowerHex } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'promptlayer-api-key',
  what: 'PromptLayer API key',
  prefixes: ['pl_'],
  body: lowerHex(32),
  contexts: ['PROMPTLAYER_API_KEY={}', 'X-API-KEY: {}'],
});
