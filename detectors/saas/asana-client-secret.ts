import { defineDetector } from '../../src/engine/detector.js';
import { SEP, keyedValue } from '../lib/provider-key.js';
import { ALNUM_LOWER, fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

const KEY = String.raw`(?i:asana${SEP}(?:oauth${SEP})?client${SEP}secret)`;

export default defineDetector({
  id: 'asana-client-secret',
  description: 'Asana OAuth client secret (32 lower-case alphanumeric characters) after ASANA_CLIENT_SECRET, asanaClientSecret',
  category: 'secret',
  keywords: ['asana'],
  pattern: keyedValue(KEY, '[a-z0-9]{32}', '[^A-Za-z0-9]'),
  validate: randomAlnum,
  priority: 25,
  samples: {
    positive: [`ASANA_CLIENT_SECRET=${fake('asana-cs-1', 32, ALNUM_LOWER)}`, `"asanaClientSecret": "${fake('asana-cs-2', 32, ALNUM_LOWER)}"`],
    negative: [
      'ASANA_CLIENT_SECRET=${ASANA_CLIENT_SECRET}',
      `ASANA_CLIENT_ID=${fake('asana-cs-id', 16, '0123456789')}`,
      `ASANA_CLIENT_SECRET=${fake('asana-cs-short', 20, ALNUM_LOWER)}`,
      'ASANA_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
});
