import { defineDetector } from '../../src/engine/detector.js';
import { gitlabBodyValid, gitlabNegatives, gitlabPattern, gitlabSamples } from '../lib/gitlab.js';

export default defineDetector({
  id: 'gitlab-feed-token',
  description:
    'GitLab feed token: glft- + 20+ base64url characters (classic), or the longer routable form with a checksum suffix',
  category: 'secret',
  keywords: ['glft-'],
  pattern: gitlabPattern('glft-'),
  validate: gitlabBodyValid('glft-'),
  samples: {
    positive: [
      ...gitlabSamples('glft-', 'gitlab-feed-token'),
      `GITLAB_FEED_TOKEN=${gitlabSamples('glft-', 'gitlab-feed-token-env')[0]}`,
    ],
    negative: gitlabNegatives('glft-', 'gitlab-feed-token', 'GITLAB_FEED_TOKEN'),
  },
});
