import { defineDetector } from '../../src/engine/detector.js';
import { gitlabBodyValid, gitlabNegatives, gitlabPattern, gitlabSamples } from '../lib/gitlab.js';

export default defineDetector({
  id: 'gitlab-ci-job-token',
  description:
    'GitLab CI/CD job token: glcbt- + 20+ base64url characters (classic), or the longer routable form with a checksum suffix',
  category: 'secret',
  keywords: ['glcbt-'],
  pattern: gitlabPattern('glcbt-'),
  validate: gitlabBodyValid('glcbt-'),
  samples: {
    positive: [
      ...gitlabSamples('glcbt-', 'gitlab-ci-job-token'),
      `CI_JOB_TOKEN=${gitlabSamples('glcbt-', 'gitlab-ci-job-token-env')[0]}`,
    ],
    negative: gitlabNegatives('glcbt-', 'gitlab-ci-job-token', 'CI_JOB_TOKEN'),
  },
});
