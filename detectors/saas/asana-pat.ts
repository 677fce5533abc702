import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { DIGITS, HEX, fake } from '../lib/sample.js';

/**
 * Asana personal access tokens: `1/<user gid>:<32 hex>` (older) and `2/<user gid>/<app gid>:<32 hex>`. The
 * whole token is redacted.
 */
const v1 = (seed: string): string => `1/12${fake(`${seed}-u`, 14, DIGITS)}:${fake(seed, 32, HEX)}`;
const v2 = (seed: string): string => `2/12${fake(`${seed}-u`, 14, DIGITS)}/12${fake(`${seed}-a`, 14, DIGITS)}:${fake(seed, 32, HEX)}`;

export default defineDetector({
  id: 'asana-pat',
  description: 'Asana personal access token: 1/<user id>:<32 hex> or 2/<user id>/<app id>:<32 hex>',
  category: 'secret',
  trigger: '[0-9]:[0-9a-f]{32}',
  pattern: String.raw`${TOKEN_START}(?P<secret>[12]/[0-9]{10,20}(?:/[0-9]{10,20})?:[0-9a-f]{32})\b`,
  validate: (secret) => !looksFake(secret.slice(-32)),
  samples: {
    positive: [v2('asana-1'), `ASANA_ACCESS_TOKEN=${v1('asana-2')}`, `Authorization: Bearer ${v2('asana-3')}`],
    negative: [
      `2/12${fake('asana-n', 14, DIGITS)}/12${fake('asana-n2', 14, DIGITS)}:${'0'.repeat(32)}`,
      `3/12${fake('asana-n3', 14, DIGITS)}:${fake('asana-n4', 32, HEX)}`,
      `1/2024:${fake('asana-n5', 32, HEX)}`,
      `2/12${fake('asana-n6', 14, DIGITS)}:${fake('asana-n7', 20, HEX)}`,
      '${ASANA_ACCESS_TOKEN}',
    ],
  },
});
