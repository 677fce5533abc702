import { defineDetector } from '../../src/engine/detector.js';
import { classes, isPlaceholder, looksFake } from '../lib/checks.js';
import { afterKey } from '../lib/context.js';
import { BASE64URL, fake } from '../lib/sample.js';

/**
 * Netlify tokens issued before late 2023 have no prefix (43 base64url characters for personal access tokens):
 * recognised after NETLIFY_AUTH_TOKEN, NETLIFY_API_TOKEN, NETLIFY_ACCESS_TOKEN or netlifyToken.
 */
const KEY = String.raw`(?i:netlify[_-]?(?:auth[_-]?|api[_-]?|access[_-]?|personal[_-]?|deploy[_-]?)?token)`;

export default defineDetector({
  id: 'netlify-legacy-token',
  description: 'Netlify access token without a prefix (legacy format) after NETLIFY_AUTH_TOKEN, NETLIFY_API_TOKEN...',
  category: 'secret',
  keywords: ['netlify'],
  pattern: afterKey(KEY, '[A-Za-z0-9_=-]{40,46}', 'A-Za-z0-9_=-'),
  validate: (secret) => classes(secret).count >= 2 && !isPlaceholder(secret) && !looksFake(secret),
  priority: 30,
  samples: {
    positive: [
      `NETLIFY_AUTH_TOKEN=${fake('netlify-legacy-1', 43, BASE64URL)}`,
      `"netlifyToken": "${fake('netlify-legacy-2', 43, BASE64URL)}"`,
    ],
    negative: [
      'NETLIFY_AUTH_TOKEN=${NETLIFY_AUTH_TOKEN}',
      `NETLIFY_SITE_ID=${fake('netlify-legacy-site', 36)}`,
      `NETLIFY_AUTH_TOKEN=${fake('netlify-legacy-short', 20, BASE64URL)}`,
      'netlify_token: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
});
