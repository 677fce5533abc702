import { defineDetector } from '../../src/engine/detector.js';
import { gitlabBodyValid, gitlabNegatives, gitlabPattern, gitlabSamples } from '../lib/gitlab.js';

export default defineDetector({
  id: 'gitlab-feature-flag-token',
  description:
    'GitLab feature flags client token: glffct- + 20+ base64url characters (classic), or the longer routable form with a checksum suffix',
  category: 'secret',
  keywords: ['glffct-'],
  pattern: gitlabPattern('glffct-'),
  validate: gitlabBodyValid('glffct-'),
  samples: {
    positive: [
      ...gitlabSamples('glffct-', 'gitlab-feature-flag-token'),
      `UNLEASH_INSTANCE_ID=${gitlabSamples('glffct-', 'gitlab-feature-flag-token-env')[0]}`,
    ],
    negative: gitlabNegatives('glffct-', 'gitlab-feature-flag-token', 'UNLEASH_INSTANCE_ID'),
  },
});
