import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { hex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'flickr-api-credential',
  what: "Flickr API key (32 hex) or secret (16 hex)",
  names: [words('flickr', 'api?', 'key'), words('flickr', 'api?', 'secret')],
  namesText: "FLICKR_API_KEY or FLICKR_API_SECRET",
  keywords: ['flickr'],
  value: { ...hex(32), pattern: '[0-9a-fA-F]{16}(?:[0-9a-fA-F]{16})?', name: '16 or 32 hex characters' },
  contexts: ["FLICKR_API_KEY={}", "\"flickrSecret\": \"{}\""],
});
