import { defineDetector } from '../../src/engine/detector.js';
import { SEP, keyedValue } from '../lib/provider-key.js';
import { fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

/** Legacy Airtable API keys (key + 14 characters, 17 in all) have a weak prefix: only found after an Airtable key name. */
const KEY = String.raw`(?i:airtable${SEP}(?:api${SEP})?(?:key|token))`;

export default defineDetector({
  id: 'airtable-api-key',
  description: 'Airtable API key of the legacy form (17 alphanumeric characters, key…) after AIRTABLE_API_KEY, airtableToken',
  category: 'secret',
  keywords: ['airtable'],
  pattern: keyedValue(KEY, '[A-Za-z0-9]{17}', '[^A-Za-z0-9.]'),
  validate: randomAlnum,
  priority: 20,
  samples: {
    positive: [`AIRTABLE_API_KEY=key${fake('airtable-key-1', 14)}`, `"airtableToken": "${fake('airtable-key-2', 17)}"`],
    negative: [
      'AIRTABLE_API_KEY=${AIRTABLE_API_KEY}',
      'AIRTABLE_API_KEY=keyXXXXXXXXXXXXXX',
      `AIRTABLE_API_KEY=pat${fake('airtable-key-pat', 14)}.${fake('airtable-key-pat2', 12)}`,
      `AIRTABLE_API_KEY=${fake('airtable-key-long', 24)}`,
      'airtable_base_id=appAbCdEfGhIjKlMn',
    ],
  },
});
