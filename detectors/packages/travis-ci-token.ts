import { defineDetector } from '../../src/engine/detector.js';
import { classes, looksFake } from '../lib/checks.js';
import { afterKey } from '../lib/context.js';
import { fake } from '../lib/sample.js';

/**
 * Travis CI API tokens are 22 random characters with no prefix: recognised after TRAVIS_TOKEN, TRAVIS_API_TOKEN,
 * travis_ci_token and similar key names.
 */
const KEY = String.raw`(?i:travis[_-]?(?:ci[_-]?)?(?:api[_-]?|access[_-]?|auth[_-]?|github[_-]?|pro[_-]?)?token)`;

export default defineDetector({
  id: 'travis-ci-token',
  description: 'Travis CI API token (22 random characters) after TRAVIS_TOKEN, TRAVIS_API_TOKEN, travisToken...',
  category: 'secret',
  keywords: ['travis'],
  pattern: afterKey(KEY, '[A-Za-z0-9_-]{20,40}', 'A-Za-z0-9_-'),
  validate: (secret) => classes(secret).count >= 2 && !looksFake(secret),
  priority: 30,
  samples: {
    positive: [
      `TRAVIS_TOKEN=${fake('travis-1', 22)}`,
      `travis login --pro --github-token x && travis_api_token: ${fake('travis-2', 22)}`,
      `"travisToken": "${fake('travis-3', 22)}"`,
    ],
    negative: [
      'TRAVIS_TOKEN=${TRAVIS_TOKEN}',
      'TRAVIS_TOKEN=xxxxxxxxxxxxxxxxxxxxxx',
      `TRAVIS_COMMIT=${fake('travis-sha', 40, '0123456789abcdef')}`,
      'travis_token: your_travis_token_here',
      `TRAVIS_TOKEN=${fake('travis-short', 12)}`,
    ],
  },
});
