import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { SEP, keyedValue } from '../lib/provider-key.js';
import { HEX, fake } from '../lib/sample.js';

/** Legacy HubSpot API keys (hapikey) are UUIDs: only found after hapikey= or a HubSpot key name. */
const KEY = String.raw`(?i:hapikey|hubspot${SEP}(?:api${SEP}|private${SEP}app${SEP}|access${SEP})?(?:key|token))`;
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const uuid = (seed: string): string =>
  [8, 4, 4, 4, 12].map((length, index) => fake(`${seed}-${index}`, length, HEX)).join('-');

export default defineDetector({
  id: 'hubspot-api-key',
  description: 'HubSpot API key of the legacy form (a UUID) after hapikey= or HUBSPOT_API_KEY, hubspotKey',
  category: 'secret',
  keywords: ['hapikey', 'hubspot'],
  pattern: keyedValue(KEY, UUID, '[^0-9A-Za-z-]'),
  validate: (secret) => !looksFake(secret.replace(/-/g, '')),
  priority: 25,
  samples: {
    positive: [
      `GET https://api.hubapi.com/contacts/v1/lists?hapikey=${uuid('hubspot-key-1')}`,
      `HUBSPOT_API_KEY=${uuid('hubspot-key-2')}`,
      `const hubspotKey = "${uuid('hubspot-key-3').toUpperCase()}"`,
    ],
    negative: [
      `hubspot_portal_id=${uuid('hubspot-key-portal')}`,
      'HUBSPOT_API_KEY=${HUBSPOT_API_KEY}',
      'hapikey=00000000-0000-0000-0000-000000000000',
      `request_id=${uuid('hubspot-key-req')}`,
      'hapikey=demo',
    ],
  },
});
