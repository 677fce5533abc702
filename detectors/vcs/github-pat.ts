import { githubTokenDetector } from '../lib/github-token.js';

export default githubTokenDetector({
  id: 'github-pat',
  prefix: 'ghp_',
  what: 'GitHub personal access token (classic)',
  context: 'GITHUB_TOKEN=',
});
