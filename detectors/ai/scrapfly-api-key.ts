import { prefixedBareDetector } from '../lib/bare-token.js';
import { lowerHex } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'scrapfly-api-key',
  what: 'Scrapfly API key, live or test',
  prefixes: ['scp-live-', 'scp-test-'],
  body: lowerHex(32),
  contexts: ['SCRAPFLY_KEY={}', 'GET https://api.scrapfly.io/scrape?key={}&url=https%3A%2F%2Facme.dev'],
});
