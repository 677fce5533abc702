import { defineDetector } from '../../src/engine/detector.js';
import { gitlabBodyValid, gitlabNegatives, gitlabPattern, gitlabSamples } from '../lib/gitlab.js';

export default defineDetector({
  id: 'gitlab-deploy-token',
  description:
    'GitLab deploy token: gldt- + 20+ base64url characters (classic), or the longer routable form with a checksum suffix',
  category: 'secret',
  keywords: ['gldt-'],
  pattern: gitlabPattern('gldt-'),
  validate: gitlabBodyValid('gldt-'),
  samples: {
    positive: [
      ...gitlabSamples('gldt-', 'gitlab-deploy-token'),
      `CI_DEPLOY_PASSWORD=${gitlabSamples('gldt-', 'gitlab-deploy-token-env')[0]}`,
    ],
    negative: gitlabNegatives('gldt-', 'gitlab-deploy-token', 'CI_DEPLOY_PASSWORD'),
  },
});
