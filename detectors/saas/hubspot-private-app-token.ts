import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const token = (seed: string, region = 'na1'): string =>
  `pat-${region}-${[8, 4, 4, 4, 12].map((length, index) => fake(`${seed}-${index}`, length, HEX)).join('-')}`;

export default defineDetector({
  id: 'hubspot-private-app-token',
  description: 'HubSpot private app / personal access token: pat- + data-center region (na1, eu1…) + - + a UUID',
  category: 'secret',
  keywords: ['pat-na', 'pat-eu', 'pat-ap'],
  pattern: String.raw`${TOKEN_START}(?P<secret>pat-(?:na|eu|ap)[0-9]{1,2}-${UUID})\b`,
  validate: (secret) => !looksFake(secret.slice(8).replace(/-/g, '')),
  samples: {
    positive: [token('hubspot-1'), `HUBSPOT_ACCESS_TOKEN=${token('hubspot-2', 'eu1')}`, `Authorization: Bearer ${token('hubspot-3', 'na2')}`],
    negative: [
      [8, 4, 4, 4, 12].map((length, index) => fake(`hubspot-uuid-${index}`, length, HEX)).join('-'),
      'pat-na1-00000000-0000-0000-0000-000000000000',
      `pat-na1-${fake('hubspot-short', 8, HEX)}`,
      'pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      '${HUBSPOT_ACCESS_TOKEN}',
    ],
  },
});
