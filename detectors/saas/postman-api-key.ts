import { looksFake } from '../lib/checks.js';
import { formatTokenDetector } from '../lib/format-token.js';
import { HEX, fake } from '../lib/sample.js';

const key = (seed: string, tail = 34): string => `PMAK-${fake(`${seed}-a`, 24, HEX)}-${fake(`${seed}-b`, tail, HEX)}`;

export default formatTokenDetector({
  id: 'postman-api-key',
  description: 'Postman API key: PMAK- + 24 hex + - + 34 hex characters (found bare)',
  keywords: ['PMAK-'],
  token: 'PMAK-[0-9a-f]{24}-[0-9a-f]{34}',
  sample: key,
  contexts: ['POSTMAN_API_KEY={}', 'curl -H "X-Api-Key: {}" https://api.getpostman.com/me', 'postman login --with-api-key {}'],
  negatives: [`PMAK-${'0'.repeat(24)}-${'0'.repeat(34)}`, key('postman-short', 20), 'PMAK-<your-api-key>', 'POSTMAN_API_KEY=${POSTMAN_API_KEY}', `PMAK-${fake('postman-upper', 24, HEX).toUpperCase()}-${fake('postman-upper-b', 34, HEX).toUpperCase()}`],
  validate: (secret) => !looksFake(secret.slice(5).replace('-', '')),
});
