import { defineDetector } from '../../src/engine/detector.js';
import { gitlabBodyValid, gitlabNegatives, gitlabPattern, gitlabSamples } from '../lib/gitlab.js';

export default defineDetector({
  id: 'gitlab-trigger-token',
  description:
    'GitLab pipeline trigger token: glptt- + 20+ base64url characters (classic), or the longer routable form with a checksum suffix',
  category: 'secret',
  keywords: ['glptt-'],
  pattern: gitlabPattern('glptt-'),
  validate: gitlabBodyValid('glptt-'),
  samples: {
    positive: [
      ...gitlabSamples('glptt-', 'gitlab-trigger-token'),
      `TRIGGER_TOKEN=${gitlabSamples('glptt-', 'gitlab-trigger-token-env')[0]}`,
    ],
    negative: gitlabNegatives('glptt-', 'gitlab-trigger-token', 'TRIGGER_TOKEN'),
  },
});
