import { defineDetector } from '../../src/engine/detector.js';
import { gitlabBodyValid, gitlabNegatives, gitlabPattern, gitlabSamples } from '../lib/gitlab.js';

export default defineDetector({
  id: 'gitlab-agent-token',
  description:
    'GitLab agent for Kubernetes token: glagent- + 20+ base64url characters (classic), or the longer routable form with a checksum suffix',
  category: 'secret',
  keywords: ['glagent-'],
  pattern: gitlabPattern('glagent-'),
  validate: gitlabBodyValid('glagent-'),
  samples: {
    positive: [
      ...gitlabSamples('glagent-', 'gitlab-agent-token'),
      `GITLAB_AGENT_TOKEN=${gitlabSamples('glagent-', 'gitlab-agent-token-env')[0]}`,
    ],
    negative: gitlabNegatives('glagent-', 'gitlab-agent-token', 'GITLAB_AGENT_TOKEN'),
  },
});
