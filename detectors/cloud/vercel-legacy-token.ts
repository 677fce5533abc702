import { defineDetector } from '../../src/engine/detector.js';
import { classes, isPlaceholder, looksFake } from '../lib/checks.js';
import { afterKey } from '../lib/context.js';
import { fake } from '../lib/sample.js';

/**
 * Vercel access tokens (24 base62 characters in the long-standing format) carry no documented prefix, so they are
 * recognised after VERCEL_TOKEN, VERCEL_API_TOKEN, VERCEL_ACCESS_TOKEN, NOW_TOKEN or the `--token` flag of a `vercel`
 * command. Newer prefixed tokens (vcp_, vci_, vca_, vcr_, vck_) are found anywhere by vercel-access-token; under
 * these key names they are accepted too.
 */
const KEY = String.raw`(?i:vercel[_-]?(?:api[_-]?|access[_-]?|auth[_-]?|org[_-]?|team[_-]?|deploy[_-]?)?token|now[_-]token|vercel\b[^\n"'\x60]{0,120}?\s--token)`;
const VALUE = String.raw`(?:[a-z]{2,4}_)?[A-Za-z0-9]{24,60}`;

export default defineDetector({
  id: 'vercel-legacy-token',
  description:
    'Vercel access token (legacy, 24 base62 characters) after VERCEL_TOKEN, VERCEL_API_TOKEN, VERCEL_ACCESS_TOKEN, NOW_TOKEN or `vercel … --token`',
  category: 'secret',
  keywords: ['vercel', 'now_token', 'now-token'],
  pattern: afterKey(KEY, VALUE, 'A-Za-z0-9_-'),
  validate: (secret) => {
    const body = secret.slice(secret.indexOf('_') + 1);
    return classes(body).count >= 2 && !isPlaceholder(body) && !looksFake(body);
  },
  priority: 30,
  samples: {
    positive: [
      `VERCEL_TOKEN=${fake('vercel-1', 24)}`,
      `npx vercel deploy --prod --token=${fake('vercel-2', 24)}`,
      `"vercelApiToken": "${fake('vercel-3', 24)}"`,
      `vercel pull --yes --environment=production --token ${fake('vercel-4', 24)}`,
    ],
    negative: [
      'VERCEL_TOKEN=${VERCEL_TOKEN}',
      'vercel deploy --token $VERCEL_TOKEN',
      `VERCEL_PROJECT_ID=prj_${fake('vercel-prj', 28)}`,
      'VERCEL_TOKEN=your_vercel_token_here',
      `VERCEL_TOKEN=${fake('vercel-short', 12)}`,
    ],
  },
});
