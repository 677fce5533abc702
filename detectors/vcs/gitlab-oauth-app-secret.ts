import { defineDetector } from '../../src/engine/detector.js';
import { gitlabBodyValid, gitlabNegatives, gitlabPattern, gitlabSamples } from '../lib/gitlab.js';

export default defineDetector({
  id: 'gitlab-oauth-app-secret',
  description:
    'GitLab OAuth application secret: gloas- + 20+ base64url characters (classic), or the longer routable form with a checksum suffix',
  category: 'secret',
  keywords: ['gloas-'],
  pattern: gitlabPattern('gloas-'),
  validate: gitlabBodyValid('gloas-'),
  samples: {
    positive: [
      ...gitlabSamples('gloas-', 'gitlab-oauth-app-secret'),
      `GITLAB_OAUTH_SECRET=${gitlabSamples('gloas-', 'gitlab-oauth-app-secret-env')[0]}`,
    ],
    negative: gitlabNegatives('gloas-', 'gitlab-oauth-app-secret', 'GITLAB_OAUTH_SECRET'),
  },
});
