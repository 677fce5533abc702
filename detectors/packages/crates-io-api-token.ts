import { prefixedBareDetector } from '../lib/bare-token.js';
import { base62 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'crates-io-api-token',
  what: 'crates.io API token',
  prefixes: ['cio'],
  body: base62(32),
  contexts: ['CARGO_REGISTRY_TOKEN={}', 'cargo publish --token {}'],
});
