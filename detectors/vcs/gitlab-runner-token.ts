import { defineDetector } from '../../src/engine/detector.js';
import { gitlabBodyValid, gitlabNegatives, gitlabPattern, gitlabSamples } from '../lib/gitlab.js';

export default defineDetector({
  id: 'gitlab-runner-token',
  description:
    'GitLab runner authentication token: glrt- + 20+ base64url characters (classic), or the longer routable form with a checksum suffix',
  category: 'secret',
  keywords: ['glrt-'],
  pattern: gitlabPattern('glrt-'),
  validate: gitlabBodyValid('glrt-'),
  samples: {
    positive: [
      ...gitlabSamples('glrt-', 'gitlab-runner-token'),
      `RUNNER_TOKEN=${gitlabSamples('glrt-', 'gitlab-runner-token-env')[0]}`,
    ],
    negative: gitlabNegatives('glrt-', 'gitlab-runner-token', 'RUNNER_TOKEN'),
  },
});
