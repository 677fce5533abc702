import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { circleciPattern, circleciToken } from '../lib/circleci.js';
import { HEX, fake } from '../lib/sample.js';

export default defineDetector({
  id: 'circleci-project-token',
  description: 'CircleCI project API token (new format): CCIPRJ_ + base58 token id + _ + 40 hex characters',
  category: 'secret',
  keywords: ['CCIPRJ_'],
  pattern: circleciPattern('CCIPRJ'),
  validate: (secret) => !looksFake(secret.slice(-40)),
  samples: {
    positive: [
      circleciToken('CCIPRJ', 'circleci-prj-1'),
      `https://circleci.com/api/v1.1/project/gh/acme/api?circle-token=${circleciToken('CCIPRJ', 'circleci-prj-2')}`,
    ],
    negative: [
      `CCIPRJ_${fake('circleci-prj-n', 22)}_${'f'.repeat(40)}`,
      `CCIPRJ_${fake('circleci-prj-n2', 22)}`,
      'CCIPRJ_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      '${CIRCLE_PROJECT_TOKEN}',
    ],
  },
});
