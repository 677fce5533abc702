import { githubTokenDetector } from '../lib/github-token.js';

export default githubTokenDetector({
  id: 'github-server-to-server',
  prefix: 'ghs_',
  what: 'GitHub App installation (server-to-server) token, also the Actions GITHUB_TOKEN',
  stateless: true,
  context: 'GITHUB_TOKEN=',
});
