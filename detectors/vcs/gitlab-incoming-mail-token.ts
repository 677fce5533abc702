import { defineDetector } from '../../src/engine/detector.js';
import { gitlabBodyValid, gitlabNegatives, gitlabPattern, gitlabSamples } from '../lib/gitlab.js';

export default defineDetector({
  id: 'gitlab-incoming-mail-token',
  description:
    'GitLab incoming email token: glimt- + 20+ base64url characters (classic), or the longer routable form with a checksum suffix',
  category: 'secret',
  keywords: ['glimt-'],
  pattern: gitlabPattern('glimt-'),
  validate: gitlabBodyValid('glimt-'),
  samples: {
    positive: [
      ...gitlabSamples('glimt-', 'gitlab-incoming-mail-token'),
      `INCOMING_MAIL_TOKEN=${gitlabSamples('glimt-', 'gitlab-incoming-mail-token-env')[0]}`,
    ],
    negative: gitlabNegatives('glimt-', 'gitlab-incoming-mail-token', 'INCOMING_MAIL_TOKEN'),
  },
});
