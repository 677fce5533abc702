import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { circleciPattern, circleciToken } from '../lib/circleci.js';
import { HEX, fake } from '../lib/sample.js';

export default defineDetector({
  id: 'circleci-personal-token',
  description: 'CircleCI personal API token (new format): CCIPAT_ + base58 token id + _ + 40 hex characters',
  category: 'secret',
  keywords: ['CCIPAT_'],
  pattern: circleciPattern('CCIPAT'),
  validate: (secret) => !looksFake(secret.slice(-40)),
  samples: {
    positive: [
      circleciToken('CCIPAT', 'circleci-pat-1'),
      `CIRCLE_TOKEN=${circleciToken('CCIPAT', 'circleci-pat-2')}`,
      `curl -H "Circle-Token: ${circleciToken('CCIPAT', 'circleci-pat-3')}" https://circleci.com/api/v2/me`,
    ],
    negative: [
      `CCIPAT_${fake('circleci-pat-n', 22)}_${'0'.repeat(40)}`,
      `CCIPAT_${fake('circleci-pat-n2', 22)}_${fake('circleci-pat-n3', 30, HEX)}`,
      'CCIPAT_<token-id>_<secret>',
      'CIRCLE_TOKEN=${CIRCLECI_TOKEN}',
    ],
  },
});
