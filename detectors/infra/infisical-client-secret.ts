import { defineDetector } from '../../src/engine/detector.js';
import { isPlaceholder, looksFake } from '../lib/checks.js';
import { afterKey } from '../lib/context.js';
import { HEX, fake } from '../lib/sample.js';

/**
 * The client secret of an Infisical machine identity (Universal Auth) has no prefix: it is recognised after its key
 * names INFISICAL_CLIENT_SECRET, INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET, infisicalClientSecret.
 */
const KEY = String.raw`(?i:infisical[_-]?(?:universal[_-]?auth[_-]?|machine[_-]?identity[_-]?)?client[_-]?secret)`;

export default defineDetector({
  id: 'infisical-client-secret',
  description:
    'Infisical machine identity (Universal Auth) client secret after its key name: INFISICAL_CLIENT_SECRET, ' +
    'INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET',
  category: 'secret',
  keywords: ['infisical'],
  pattern: afterKey(KEY, '[A-Za-z0-9_-]{32,128}', 'A-Za-z0-9_-'),
  validate: (secret) => !isPlaceholder(secret) && !looksFake(secret),
  priority: 30,
  samples: {
    positive: [
      `INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET=${fake('infisical-cs-1', 64, HEX)}`,
      `"infisicalClientSecret": "${fake('infisical-cs-2', 64, HEX)}"`,
    ],
    negative: [
      'INFISICAL_CLIENT_SECRET=${INFISICAL_CLIENT_SECRET}',
      'INFISICAL_CLIENT_SECRET=your-infisical-client-secret-goes-here',
      `INFISICAL_CLIENT_SECRET=${fake('infisical-cs-short', 16, HEX)}`,
      `INFISICAL_CLIENT_ID=${fake('infisical-cs-id', 64, HEX)}`,
      `client_secret_ttl=${fake('infisical-cs-ttl', 64, HEX)}`,
    ],
  },
});
