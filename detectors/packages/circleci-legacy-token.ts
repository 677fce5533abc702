import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { afterKey } from '../lib/context.js';
import { HEX, fake } from '../lib/sample.js';

/**
 * CircleCI personal and project tokens created before 2023 are 40 hex characters, the shape of a git SHA, so they are
 * only recognised after a CircleCI key name: CIRCLE_TOKEN, CIRCLECI_API_TOKEN, the Circle-Token header or the
 * circle-token query parameter.
 */
const KEY = String.raw`(?i:circle[_-]?(?:ci[_-]?)?(?:api[_-]?|cli[_-]?|personal[_-]?|project[_-]?|access[_-]?)?token)`;

export default defineDetector({
  id: 'circleci-legacy-token',
  description:
    'CircleCI API token in the legacy format (40 hex characters) after CIRCLE_TOKEN, CIRCLECI_TOKEN, the ' +
    'Circle-Token header or the circle-token query parameter',
  category: 'secret',
  keywords: ['circle'],
  pattern: afterKey(KEY, '[0-9a-f]{40}', '0-9A-Za-z'),
  validate: (secret) => !looksFake(secret),
  priority: 30,
  samples: {
    positive: [
      `CIRCLE_TOKEN=${fake('circleci-legacy-1', 40, HEX)}`,
      `curl -H "Circle-Token: ${fake('circleci-legacy-2', 40, HEX)}" https://circleci.com/api/v2/me`,
      `https://circleci.com/api/v1.1/me?circle-token=${fake('circleci-legacy-3', 40, HEX)}`,
    ],
    negative: [
      `CIRCLE_SHA1=${fake('circleci-legacy-sha', 40, HEX)}`,
      'CIRCLE_TOKEN=${CIRCLE_TOKEN}',
      `CIRCLE_TOKEN=${'0'.repeat(40)}`,
      `circle-token=${fake('circleci-legacy-long', 64, HEX)}`,
      `commit ${fake('circleci-legacy-commit', 40, HEX)}`,
    ],
  },
});
