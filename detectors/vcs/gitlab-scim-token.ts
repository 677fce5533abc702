import { defineDetector } from '../../src/engine/detector.js';
import { gitlabBodyValid, gitlabNegatives, gitlabPattern, gitlabSamples } from '../lib/gitlab.js';

export default defineDetector({
  id: 'gitlab-scim-token',
  description:
    'GitLab SCIM OAuth access token: glsoat- + 20+ base64url characters (classic), or the longer routable form with a checksum suffix',
  category: 'secret',
  keywords: ['glsoat-'],
  pattern: gitlabPattern('glsoat-'),
  validate: gitlabBodyValid('glsoat-'),
  samples: {
    positive: [
      ...gitlabSamples('glsoat-', 'gitlab-scim-token'),
      `SCIM_TOKEN=${gitlabSamples('glsoat-', 'gitlab-scim-token-env')[0]}`,
    ],
    negative: gitlabNegatives('glsoat-', 'gitlab-scim-token', 'SCIM_TOKEN'),
  },
});
