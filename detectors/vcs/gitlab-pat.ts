import { defineDetector } from '../../src/engine/detector.js';
import { gitlabBodyValid, gitlabNegatives, gitlabPattern, gitlabSamples } from '../lib/gitlab.js';

export default defineDetector({
  id: 'gitlab-pat',
  description:
    'GitLab personal, project or group access token: glpat- + 20+ base64url characters (classic), or the longer routable form with a checksum suffix',
  category: 'secret',
  keywords: ['glpat-'],
  pattern: gitlabPattern('glpat-'),
  validate: gitlabBodyValid('glpat-'),
  samples: {
    positive: [
      ...gitlabSamples('glpat-', 'gitlab-pat'),
      `GITLAB_TOKEN=${gitlabSamples('glpat-', 'gitlab-pat-env')[0]}`,
    ],
    negative: gitlabNegatives('glpat-', 'gitlab-pat', 'GITLAB_TOKEN'),
  },
});
