import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { CLOUDFLARE_KEY, CLOUDFLARE_TRIGGER } from '../lib/cloudflare.js';
import { afterKey } from '../lib/context.js';
import { HEX, fake } from '../lib/sample.js';

/** The Cloudflare global API key is 37 lowercase hex characters: recognised after Cloudflare key names and X-Auth-Key. */
export default defineDetector({
  id: 'cloudflare-global-api-key',
  description:
    'Cloudflare global API key (37 lowercase hex characters) after X-Auth-Key, CLOUDFLARE_API_KEY, CF_API_KEY, ' +
    'cloudflare_global_api_key or a cloudflare key',
  category: 'secret',
  trigger: CLOUDFLARE_TRIGGER,
  pattern: afterKey(CLOUDFLARE_KEY, '[0-9a-f]{37}', '0-9A-Za-z_-'),
  validate: (secret) => !looksFake(secret),
  priority: 30,
  samples: {
    positive: [
      `CLOUDFLARE_GLOBAL_API_KEY: ${fake('cf-global-1', 37, HEX)}`,
      `curl -H "X-Auth-Email: ops@acme.dev" -H "X-Auth-Key: ${fake('cf-global-2', 37, HEX)}" https://api.cloudflare.com/client/v4/zones`,
      `cloudflare: "${fake('cf-global-3', 37, HEX)}"`,
    ],
    negative: [
      'X-Auth-Key: ${CF_API_KEY}',
      `CLOUDFLARE_API_KEY=${fake('cf-global-sha', 40, HEX)}`,
      `CLOUDFLARE_ZONE_ID=${fake('cf-global-zone', 32, HEX)}`,
      `X-Auth-Key: ${'0'.repeat(37)}`,
      fake('cf-global-bare', 37, HEX),
    ],
  },
});
