import { defineDetector } from '../../src/engine/detector.js';
import { classes, isPlaceholder, looksFake } from '../lib/checks.js';
import { CLOUDFLARE_KEY, CLOUDFLARE_TRIGGER } from '../lib/cloudflare.js';
import { afterKey } from '../lib/context.js';
import { BASE64URL, HEX, fake } from '../lib/sample.js';

/** Cloudflare API tokens are 40 base64url characters without a prefix: recognised after Cloudflare key names. */
export default defineDetector({
  id: 'cloudflare-api-token',
  description:
    'Cloudflare API token (40 base64url characters) after CLOUDFLARE_API_TOKEN, CF_API_TOKEN, cloudflare_api_key or ' +
    'a cloudflare key',
  category: 'secret',
  trigger: CLOUDFLARE_TRIGGER,
  pattern: afterKey(CLOUDFLARE_KEY, '[A-Za-z0-9_-]{40}', 'A-Za-z0-9_-'),
  validate: (secret) => {
    const kinds = classes(secret);
    return kinds.upper && kinds.lower && !isPlaceholder(secret) && !looksFake(secret);
  },
  priority: 30,
  samples: {
    positive: [
      `CLOUDFLARE_API_TOKEN=${fake('cf-token-1', 40, BASE64URL)}`,
      `cloudflare_api_key = "${fake('cf-token-2', 40, BASE64URL)}"`,
      `cloudflare: "${fake('cf-token-3', 40)}"`,
      `wrangler whoami CF_API_TOKEN: ${fake('cf-token-4', 40, BASE64URL)}`,
    ],
    negative: [
      'CLOUDFLARE_API_TOKEN=${CLOUDFLARE_API_TOKEN}',
      `CLOUDFLARE_ACCOUNT_ID=${fake('cf-token-account', 32, HEX)}`,
      `CLOUDFLARE_API_TOKEN=${fake('cf-token-sha', 40, HEX)}`,
      'CLOUDFLARE_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `cf_ray=${fake('cf-token-ray', 16, HEX)}-SJC`,
    ],
  },
});
